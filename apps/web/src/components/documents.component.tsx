import { useState } from 'preact/hooks';
import { call, client, downloadDocument, upload as send } from '../api/api.client';
import type { DossierFile, DossierView, SessionUser } from '../api/api.types';
import { formatDateTime } from '../format';
import { messageOf, useAsync } from '../use-async.hook';
import { LoadState } from './status.component';
import { atDesk, formatSize, holdsStep } from './documents.rules';
import { FileDrop } from './file-drop.component';
import { FileViewer } from './file-viewer.component';

const KIND: Record<DossierFile['kind'], string> = {
  desk: 'Bản quét tại Một cửa',
  portal: 'Nộp trực tuyến',
  working: 'Tài liệu xử lý',
};

/**
 * The dossier's files: each component with its files (reception attaches scans and checks them against the paper),
 * the working documents of the steps (the step's holder attaches them), and an in-page viewer.
 */
export function DocumentsPanel({ dossier: d, user }: { dossier: DossierView; user: SessionUser }) {
  const code = { code: d.code };
  const state = useAsync(
    () => call(client.GET('/api/v1/dossiers/{code}/documents', { params: { path: code } })),
    [d.code, d.version],
  );
  const [shown, setShown] = useState<DossierFile>();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string }>();
  const desk = atDesk(user, d);

  const run = async (work: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setMessage(undefined);
    try {
      await work();
      setMessage({ ok: true, text: done });
      state.reload();
    } catch (err) {
      setMessage({ ok: false, text: messageOf(err) });
    } finally {
      setBusy(false);
    }
  };
  const upload = (files: File[], component?: string) => {
    const form = new FormData();
    if (component) form.append('component', component);
    for (const f of files) form.append('files', f, f.name);
    return run(
      () => send(`/api/v1/dossiers/${encodeURIComponent(d.code)}/documents`, form),
      `Đã đính kèm ${files.length} tệp.`,
    );
  };
  const check = (file: DossierFile, checked: boolean) =>
    run(
      () =>
        call(
          client.PUT('/api/v1/dossiers/{code}/documents/{id}/check', {
            params: { path: { ...code, id: file.id } },
            body: { checked },
          }),
        ),
      checked ? 'Đã xác nhận tệp khớp bản giấy.' : 'Đã bỏ xác nhận.',
    );

  if (!state.data) return <LoadState state={state} />;
  const docs = state.data;
  const fileRow = (f: DossierFile) => (
    <li key={f.id} data-testid="dossier-file">
      <span class="break">{f.fileName}</span>
      <small class="muted">
        {' '}
        · {KIND[f.kind]} · {formatSize(f.size)} · {formatDateTime(f.attachedAt)}
        {f.attachedBy ? ` · ${f.attachedBy}` : ''}
      </small>
      <div class="actions">
        <button type="button" class="btn btn-link" onClick={() => setShown(f)}>
          Xem
        </button>
        <button
          type="button"
          class="btn btn-link"
          onClick={() =>
            void downloadDocument(
              call(
                client.GET('/api/v1/dossiers/{code}/documents/{id}/content', {
                  params: { path: { ...code, id: f.id }, query: { download: '1' } },
                  parseAs: 'blob',
                }),
              ),
              f.fileName,
            )
          }
        >
          Tải về
        </button>
        {f.component !== null && desk && (
          <label>
            <input
              type="checkbox"
              checked={f.checkedAt !== null}
              disabled={busy}
              onChange={(e) => void check(f, e.currentTarget.checked)}
            />{' '}
            Đã đối chiếu bản giấy
          </label>
        )}
        {f.component !== null && !desk && f.checkedAt && <small class="muted">Đã đối chiếu</small>}
      </div>
    </li>
  );

  return (
    <div class="documents">
      <p class="muted">
        {docs.digitised ? 'Hồ sơ đã được số hóa đầy đủ.' : 'Hồ sơ chưa số hóa đủ các thành phần đã nộp.'} Tối
        đa {formatSize(docs.limits.maxFileBytes)} một tệp, {formatSize(docs.limits.maxDossierBytes)} một hồ
        sơ.
      </p>
      {message && (
        <p class={`alert ${message.ok ? 'alert-ok' : 'alert-error'}`} role={message.ok ? 'status' : 'alert'}>
          {message.text}
        </p>
      )}
      {shown && <FileViewer code={d.code} file={shown} onClose={() => setShown(undefined)} />}
      <ol class="components">
        {docs.components
          .filter((c) => c.handed || c.files.length > 0)
          .map((c, i) => (
            <li key={c.name} data-testid="component">
              <strong class="break">{c.name}</strong>{' '}
              <span class={`badge ${c.digitised ? 'badge-on_time' : 'badge-due-soon'}`}>
                {c.digitised ? 'Đã số hóa' : 'Chưa số hóa'}
              </span>
              {c.files.length > 0 && <ul class="docs">{c.files.map(fileRow)}</ul>}
              {desk && (
                <FileDrop
                  id={`component-${i}`}
                  label="Đính kèm bản quét"
                  busy={busy}
                  onFiles={(files) => void upload(files, c.name)}
                />
              )}
            </li>
          ))}
      </ol>
      <h3>Tài liệu xử lý</h3>
      {docs.working.length === 0 ? (
        <p class="muted">Chưa có.</p>
      ) : (
        <ul class="docs">{docs.working.map(fileRow)}</ul>
      )}
      {holdsStep(user, d) && (
        <FileDrop
          id="working-files"
          label="Đính kèm tài liệu xử lý của bước này"
          busy={busy}
          onFiles={(files) => void upload(files)}
        />
      )}
    </div>
  );
}

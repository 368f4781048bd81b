import { useState } from 'preact/hooks';
import { ApiError, call, client, openDocument, upload } from '../api/api.client';
import type { ResultRecord } from '../api/api.types';
import { formatDate, formatDateTime, vnDay } from '../format';
import { DateInput } from './date-input.component';
import { messageOf, useAsync } from '../use-async.hook';

const KIND = { result: 'Kết quả giải quyết', refusal: 'Văn bản từ chối giải quyết' } as const;

/** The dossier's result, or null while none is recorded (the api's 404 RESULT_NOT_FOUND). */
const loadResult = (code: string): Promise<ResultRecord | null> =>
  call(client.GET('/api/v1/dossiers/{code}/result', { params: { path: { code } } })).catch(
    (error: unknown) => {
      if (error instanceof ApiError && error.code === 'RESULT_NOT_FOUND') return null;
      throw error;
    },
  );

/**
 * The electronic result: what was recorded (number, date, signer, signed when) with the signed PDF to open, and, to
 * the one who may record it (`form`), the form: generated from the template, or a PDF uploaded.
 */
export function ResultPanel({
  code,
  form,
  onDone,
}: {
  code: string;
  form: 'result' | 'refusal' | null;
  onDone: (message: string) => void;
}) {
  const state = useAsync(() => loadResult(code), [code]);
  const [error, setError] = useState<string>();
  const record = state.data;
  const open = () => {
    setError(undefined);
    openDocument(() =>
      call(
        client.GET('/api/v1/dossiers/{code}/result/file', { params: { path: { code } }, parseAs: 'blob' }),
      ),
    ).catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <div data-testid="result-panel">
      {record ? (
        <dl class="facts">
          <div class="wide">
            <dt>{KIND[record.kind]}</dt>
            <dd>
              Số {record.number}, ngày {formatDate(`${record.documentDate}T00:00:00+07:00`)}
            </dd>
          </div>
          <div>
            <dt>Người ký</dt>
            <dd>
              {record.signerTitle} {record.signerName}
            </dd>
          </div>
          <div>
            <dt>Ký số lúc</dt>
            <dd>{formatDateTime(record.signedAt)}</dd>
          </div>
        </dl>
      ) : (
        state.data === null && <p class="muted">Chưa có kết quả điện tử.</p>
      )}
      {record && (
        <button type="button" class="btn" onClick={open}>
          Xem kết quả đã ký số (PDF)
        </button>
      )}
      {error && (
        <p class="error-text" role="alert">
          {error}
        </p>
      )}
      {form && (form === 'result' || !record) && (
        <ResultForm
          code={code}
          kind={form}
          again={!!record}
          onDone={() => {
            state.reload();
            onDone(form === 'refusal' ? 'Đã ban hành văn bản từ chối, ký số.' : 'Đã ghi kết quả, ký số.');
          }}
        />
      )}
    </div>
  );
}

function ResultForm({
  code,
  kind,
  again,
  onDone,
}: {
  code: string;
  kind: 'result' | 'refusal';
  again: boolean;
  onDone: () => void;
}) {
  const [number, setNumber] = useState('');
  const [documentDate, setDocumentDate] = useState(vnDay(new Date()));
  const [signerName, setSignerName] = useState('');
  const [signerTitle, setSignerTitle] = useState('');
  const [decision, setDecision] = useState('');
  const [file, setFile] = useState<File>();
  const [source, setSource] = useState<'template' | 'upload'>('template');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!documentDate) return setError('Nhập ngày ban hành theo dạng ngày/tháng/năm (dd/mm/yyyy).');
    if (!number.trim() || !signerName.trim() || !signerTitle.trim())
      return setError('Nhập số văn bản, người ký và chức vụ.');
    if (source === 'template' && kind === 'result' && !decision.trim())
      return setError('Nhập nội dung kết quả để in vào văn bản.');
    if (source === 'upload' && !file) return setError('Chọn tệp PDF kết quả.');
    const particulars = {
      kind,
      number: number.trim(),
      documentDate,
      signerName: signerName.trim(),
      signerTitle: signerTitle.trim(),
      ...(decision.trim() && kind === 'result' ? { decision: decision.trim() } : {}),
    };
    setBusy(true);
    setError(undefined);
    try {
      if (source === 'upload' && file)
        await upload(`/api/v1/dossiers/${encodeURIComponent(code)}/result/pdf`, file, particulars);
      else
        await call(
          client.POST('/api/v1/dossiers/{code}/result', { params: { path: { code } }, body: particulars }),
        );
      onDone();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <details class="transfer" open={!again}>
      <summary>
        {kind === 'refusal'
          ? 'Ban hành văn bản từ chối (ký số)'
          : again
            ? 'Ghi lại kết quả'
            : 'Ghi kết quả (ký số)'}
      </summary>
      <form class="comment-form" onSubmit={submit} noValidate>
        <label for="result-number">Số văn bản</label>
        <input
          id="result-number"
          maxLength={64}
          value={number}
          onInput={(e) => setNumber(e.currentTarget.value)}
        />
        <label for="result-date">Ngày ban hành</label>
        <DateInput id="result-date" value={documentDate} onValue={setDocumentDate} />
        <label for="result-signer">Người ký</label>
        <input
          id="result-signer"
          maxLength={200}
          value={signerName}
          onInput={(e) => setSignerName(e.currentTarget.value)}
        />
        <label for="result-signer-title">Chức vụ người ký</label>
        <input
          id="result-signer-title"
          maxLength={200}
          value={signerTitle}
          onInput={(e) => setSignerTitle(e.currentTarget.value)}
        />
        <fieldset>
          <legend>Văn bản</legend>
          <label>
            <input
              type="radio"
              name="result-source"
              checked={source === 'template'}
              onChange={() => setSource('template')}
            />{' '}
            Tạo từ mẫu
          </label>
          <label>
            <input
              type="radio"
              name="result-source"
              checked={source === 'upload'}
              onChange={() => setSource('upload')}
            />{' '}
            Tải lên tệp PDF
          </label>
        </fieldset>
        {source === 'template' && kind === 'result' && (
          <>
            <label for="result-decision">Nội dung kết quả</label>
            <textarea
              id="result-decision"
              rows={3}
              maxLength={4000}
              value={decision}
              onInput={(e) => setDecision(e.currentTarget.value)}
            />
          </>
        )}
        {kind === 'refusal' && <p class="muted">Lý do từ chối được lấy từ thao tác từ chối giải quyết.</p>}
        {source === 'upload' && (
          <>
            <label for="result-file">Tệp PDF (tối đa 10 MB)</label>
            <input
              id="result-file"
              type="file"
              accept="application/pdf"
              onChange={(e) => setFile(e.currentTarget.files?.[0])}
            />
          </>
        )}
        {error && (
          <p class="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Ký số và lưu
        </button>
      </form>
    </details>
  );
}

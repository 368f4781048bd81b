import { useEffect, useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierFile } from '../api/api.types';
import { messageOf } from '../use-async.hook';
import { viewerKind } from './documents.rules';

/**
 * A file of the dossier shown in the page: fetched with the session's token and shown from a blob URL (an image,
 * or a PDF in the browser's own viewer), which is let go when the viewer closes.
 */
export function FileViewer({
  code,
  file,
  onClose,
}: {
  code: string;
  file: DossierFile;
  onClose: () => void;
}) {
  const [href, setHref] = useState<string>();
  const [error, setError] = useState<string>();
  const kind = viewerKind(file.mimeType);

  useEffect(() => {
    let url: string | undefined;
    let live = true;
    const path = { code, id: file.id };
    call(
      client.GET('/api/v1/dossiers/{code}/documents/{id}/content', { params: { path }, parseAs: 'blob' }),
    ).then(
      (blob) => {
        if (!live) return;
        url = URL.createObjectURL(new Blob([blob], { type: file.mimeType }));
        setHref(url);
      },
      (err: unknown) => live && setError(messageOf(err)),
    );
    return () => {
      live = false;
      if (url) URL.revokeObjectURL(url);
    };
  }, [code, file.id]);

  return (
    <section class="card file-viewer" aria-label={`Xem tệp ${file.fileName}`} data-testid="file-viewer">
      <div class="page-head">
        <h3 class="grow break">{file.fileName}</h3>
        <button type="button" class="btn btn-link" onClick={onClose}>
          Đóng
        </button>
      </div>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {!error && !href && <p class="muted">Đang tải tệp…</p>}
      {href && kind === 'image' && <img src={href} alt={file.fileName} />}
      {href && kind === 'pdf' && <iframe src={href} title={file.fileName} />}
      {href && kind === null && <p class="muted">Không xem trước được loại tệp này; hãy tải về.</p>}
    </section>
  );
}

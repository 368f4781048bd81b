import { useEffect, useState } from 'preact/hooks';
import { lookup, LookupError, type PublicDossier } from './citizen.api';
import { fromAddress } from './citizen.text';
import { DossierCard } from './dossier-card.component';
import { LookupForm } from './lookup-form.component';

const ERRORS: Record<string, string> = {
  NOT_FOUND: 'Không tìm thấy hồ sơ với mã hồ sơ và mã tra cứu này. Ông/bà kiểm tra lại giấy tiếp nhận.',
  RATE_LIMITED: 'Ông/bà đã tra cứu quá nhiều lần. Vui lòng thử lại sau ít phút.',
};

const errorText = (error: unknown): string =>
  error instanceof LookupError
    ? (ERRORS[error.code] ?? 'Không tra cứu được hồ sơ lúc này. Vui lòng thử lại sau.')
    : 'Không kết nối được tới hệ thống. Vui lòng kiểm tra kết nối mạng.';

/** The citizen's page: the code and key (from the receipt's QR code, typed or scanned), then the dossier. */
export function CitizenPage() {
  const [query, setQuery] = useState(() => fromAddress(location.search));
  const [dossier, setDossier] = useState<PublicDossier | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = (code: string, key: string) => {
    setQuery({ code, key });
    setBusy(true);
    setError(null);
    lookup(code, key)
      .then(setDossier)
      .catch((e: unknown) => {
        setDossier(null);
        setError(errorText(e));
      })
      .finally(() => setBusy(false));
  };

  useEffect(() => {
    if (query.code && query.key) search(query.code, query.key);
  }, []);

  return (
    <main class="citizen">
      <header>
        <h1>Tra cứu hồ sơ thủ tục hành chính</h1>
        <p>Nhập mã hồ sơ và mã tra cứu in trên giấy tiếp nhận, hoặc quét mã QR trên giấy.</p>
      </header>
      <LookupForm initial={query} busy={busy} onSearch={search} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {dossier && <DossierCard dossier={dossier} code={query.code} lookupKey={query.key} />}
    </main>
  );
}

import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { call, client, openDocument } from '../api/api.client';
import type { ProcedureDetail, ReceiveResult } from '../api/api.types';
import { formatDateTime } from '../format';
import { label, STATUS } from '../labels';
import { Link } from '../router';
import { messageOf } from '../use-async.hook';
import { Fees } from './fees.component';

const FORM: Record<string, { form: string; text: string }> = {
  accepted: { form: '01', text: 'In giấy tiếp nhận và hẹn trả kết quả' },
  awaiting_documents: { form: '02', text: 'In phiếu yêu cầu bổ sung hồ sơ' },
  refused: { form: '03', text: 'In phiếu từ chối tiếp nhận' },
};

/** A form of the dossier (01–06) as PDF in a new tab; the api wants the token, so it is fetched first. */
export function PrintButton({ code, form, text }: { code: string; form: string; text: string }) {
  const [error, setError] = useState<string>();
  const print = () => {
    setError(undefined);
    openDocument(() =>
      call(
        client.GET('/api/v1/dossiers/{code}/forms/{form}', {
          params: { path: { code, form: `${form}.pdf` } },
          parseAs: 'blob',
        }),
      ),
    ).catch((e: unknown) => setError(messageOf(e)));
  };
  return (
    <>
      <button type="button" class="btn" onClick={print}>
        {text}
      </button>
      {error && (
        <span class="error-text" role="alert">
          {error}
        </span>
      )}
    </>
  );
}

export function ReceiptPanel({
  result,
  procedure,
  onNext,
  notice,
}: {
  result: ReceiveResult;
  /** What happened after the receipt (the desk's forward), shown under its facts. */
  notice?: ComponentChildren;
  /** The procedure received: its fees are collected now or recorded later on the dossier's page. */
  procedure?: ProcedureDetail;
  onNext: () => void;
}) {
  const form = FORM[result.status] ?? FORM.accepted;
  return (
    <section class="card receipt" aria-labelledby="receipt-title">
      <h1 id="receipt-title" tabIndex={-1} ref={(el) => el?.focus()}>
        {result.status === 'refused'
          ? 'Đã lập phiếu từ chối'
          : result.status === 'awaiting_documents'
            ? 'Đã lập phiếu yêu cầu bổ sung'
            : 'Đã tiếp nhận hồ sơ'}
      </h1>
      <dl class="facts">
        <div>
          <dt>Mã hồ sơ</dt>
          <dd class="code" data-testid="receipt-code">
            {result.code}
          </dd>
        </div>
        <div>
          <dt>Mã tra cứu (đưa cho công dân)</dt>
          <dd class="code" data-testid="receipt-lookup-key">
            {result.lookupKey}
          </dd>
        </div>
        <div>
          <dt>Trạng thái</dt>
          <dd>{label(STATUS, result.status)}</dd>
        </div>
        <div>
          <dt>Thời điểm nhận</dt>
          <dd>{formatDateTime(result.receivedAt)}</dd>
        </div>
        {result.appointmentAt && (
          <div>
            <dt>Hẹn trả kết quả</dt>
            <dd>
              <strong>{formatDateTime(result.appointmentAt)}</strong>
              {result.provisionalYears && result.provisionalYears.length > 0 && (
                <span class="muted"> (theo lịch dự kiến năm {result.provisionalYears.join(', ')})</span>
              )}
            </dd>
          </div>
        )}
      </dl>
      {notice}
      {result.status === 'accepted' && procedure && (
        <Fees fees={procedure.fees ?? []} payment={procedure.payment ?? 'before_result'} />
      )}
      <div class="actions">
        <PrintButton code={result.code} form={form.form} text={form.text} />
        <Link class="btn" href={`/ho-so/${encodeURIComponent(result.code)}`}>
          Mở hồ sơ
        </Link>
        <button type="button" class="btn btn-primary" onClick={onNext}>
          Tiếp nhận hồ sơ khác
        </button>
      </div>
    </section>
  );
}

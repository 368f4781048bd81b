import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { DossierView, FeeStatement, PaymentMethod, SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { formatDateTime, formatDong } from '../format';
import { COLLECTOR_KIND, label, PAYMENT_METHOD, PAYMENT_TIMING } from '../labels';
import { messageOf } from '../use-async.hook';

const CLOSED = ['refused', 'withdrawn', 'stopped'];

/** Reception of the receiving unit records a payment while something is due and the dossier still takes one. */
export const mayRecordPayment = (d: DossierView, p: FeeStatement, user: SessionUser): boolean =>
  hasRole(user, 'reception') &&
  user.unit === d.receivingUnit &&
  p.collected &&
  p.due > 0 &&
  !CLOSED.includes(d.status) &&
  (d.status !== 'done' || p.timing === 'after_result');

/** The dossier's fees, what is paid and due, every payment, and the desk's form to record one. */
export function Payments({
  dossier,
  user,
  onPaid,
}: {
  dossier: DossierView;
  user: SessionUser;
  onPaid: () => void;
}) {
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<PaymentMethod>('cash');
  const [receipt, setReceipt] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const p = dossier.fees;
  const payments = dossier.payments ?? [];
  if (!p) return null;

  const submit = async (e: Event) => {
    e.preventDefault();
    const value = Number((amount || String(p.due)).replace(/\./g, ''));
    if (!Number.isInteger(value) || value <= 0) return setError('Số tiền phải là số nguyên lớn hơn 0.');
    if (!receipt.trim()) return setError('Nhập số biên lai.');
    setBusy(true);
    setError(undefined);
    try {
      await call(
        client.POST('/api/v1/dossiers/{code}/payments', {
          params: { path: { code: dossier.code } },
          body: {
            amount: value,
            method,
            receiptNumber: receipt.trim(),
            ...(note.trim() ? { note: note.trim() } : {}),
          },
        }),
      );
      setAmount('');
      setReceipt('');
      setNote('');
      onPaid();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="payments">
      {p.feesTotal === 0 ? (
        <p class="muted">Thủ tục không thu phí, lệ phí.</p>
      ) : (
        <dl class="facts stacked">
          {p.fees.map((f) => (
            <div key={f.name}>
              <dt class="break">{f.name}</dt>
              <dd>{formatDong(f.amount)}</dd>
            </div>
          ))}
          <div>
            <dt>Thời điểm nộp</dt>
            <dd>{label(PAYMENT_TIMING, p.timing)}</dd>
          </div>
          <div>
            <dt>Đã nộp</dt>
            <dd data-testid="paid-amount">{formatDong(p.paidAmount)}</dd>
          </div>
          <div>
            <dt>Còn phải nộp</dt>
            <dd data-testid="due-amount">
              <strong>{formatDong(p.due)}</strong>
            </dd>
          </div>
        </dl>
      )}
      {payments.length > 0 && (
        <ul class="docs" data-testid="payments">
          {payments.map((x) => (
            <li key={x.id}>
              {formatDong(x.amount)} · {label(PAYMENT_METHOD, x.method)}
              <small class="muted">
                {' '}
                ·{' '}
                {x.receiptNumber
                  ? `biên lai ${x.receiptNumber}`
                  : `giao dịch ${x.portalTransactionId ?? ''}`}{' '}
                · {formatDateTime(x.paidAt)}
                {x.receivedBy ? ` · ${x.receivedBy}` : ''}
              </small>
            </li>
          ))}
        </ul>
      )}
      {dossier.resultCollector && (
        <p data-testid="result-collector">
          Người nhận kết quả: {label(COLLECTOR_KIND, dossier.resultCollector.kind)}
          {dossier.resultCollector.fullName ? ` – ${dossier.resultCollector.fullName}` : ''}
          {dossier.resultCollector.idNumber ? ` (giấy tờ số ${dossier.resultCollector.idNumber})` : ''}
          {dossier.resultCollector.postalReference
            ? ` – bưu gửi ${dossier.resultCollector.postalReference}`
            : ''}
        </p>
      )}
      {mayRecordPayment(dossier, p, user) && (
        <form class="payment-form" onSubmit={submit} noValidate>
          <h3>Ghi nhận khoản thu</h3>
          <div class="field">
            <label for="payment-amount">Số tiền (đồng) *</label>
            <input
              id="payment-amount"
              inputMode="numeric"
              placeholder={String(p.due)}
              value={amount}
              onInput={(e) => setAmount(e.currentTarget.value)}
            />
          </div>
          <div class="field">
            <label for="payment-method">Hình thức</label>
            <select
              id="payment-method"
              value={method}
              onChange={(e) => setMethod(e.currentTarget.value as PaymentMethod)}
            >
              {['cash', 'bank_transfer', 'card'].map((m) => (
                <option key={m} value={m}>
                  {label(PAYMENT_METHOD, m)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for="payment-receipt">Số biên lai *</label>
            <input id="payment-receipt" value={receipt} onInput={(e) => setReceipt(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="payment-note">Ghi chú (bắt buộc khi thu quá số còn phải nộp)</label>
            <input id="payment-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
          </div>
          {error && (
            <p class="alert alert-error" role="alert">
              {error}
            </p>
          )}
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy ? 'Đang ghi…' : 'Ghi nhận đã thu'}
          </button>
        </form>
      )}
    </div>
  );
}

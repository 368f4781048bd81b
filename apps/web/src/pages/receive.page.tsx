import { useRef, useState } from 'preact/hooks';
import { ApiError, call, client } from '../api/api.client';
import type { Applicant, ReceiveBody, ReceiveResult } from '../api/api.types';
import { type ApplicantErrors, checkApplicant } from '../applicant.rules';
import { DocumentChecklist, toggled } from '../components/document-checklist.component';
import { ApplicantFieldset } from '../components/applicant-fieldset.component';
import { LoadState } from '../components/status.component';
import { ProcedureFacts } from '../components/procedure-facts.component';
import { ProcedurePicker } from '../components/procedure-picker.component';
import { ReceiptPanel } from '../components/receipt.component';
import { deskFirstStep } from '../components/forward.rules';
import { type DeskForward, forwardOnceStarted } from '../components/desk-forward';
import { useUnitName } from '../api/units.store';
import { messageOf, useAsync } from '../use-async.hook';

type Decision = 'accept' | 'request_supplement' | 'refuse';

const EMPTY: Applicant = { fullName: '', idNumber: '', phone: '', email: '', address: '' };

const SUBMIT_TEXT: Record<Decision, string> = {
  accept: 'Tiếp nhận và lập giấy hẹn',
  request_supplement: 'Lập phiếu yêu cầu bổ sung',
  refuse: 'Lập phiếu từ chối',
};

interface Errors extends ApplicantErrors {
  procedure?: string;
  documents?: string;
  reason?: string;
  form?: string;
}

export function ReceivePage() {
  const procedures = useAsync(() => call(client.GET('/api/v1/procedures')), []);
  const [code, setCode] = useState('');
  const detail = useAsync(
    () =>
      code
        ? call(client.GET('/api/v1/procedures/{code}', { params: { path: { code } } }))
        : Promise.resolve(undefined),
    [code],
  );
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [channel, setChannel] = useState<ReceiveBody['channel']>('in_person');
  const [resultDelivery, setResultDelivery] = useState<ReceiveBody['resultDelivery']>('desk');
  const [applicant, setApplicant] = useState<Applicant>(EMPTY);
  const [summary, setSummary] = useState('');
  const [decision, setDecision] = useState<Decision>('accept');
  const [reason, setReason] = useState('');
  const [extraMissing, setExtraMissing] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ReceiveResult>();
  const [forwardNow, setForwardNow] = useState(true);
  const [forward, setForward] = useState<DeskForward | 'pending'>();
  const form = useRef<HTMLFormElement>(null);
  const unitName = useUnitName();
  // When the procedure's first step is the desk's own, the dossier can be accepted and forwarded in one move.
  const deskStep = detail.data ? deskFirstStep(detail.data.steps) : null;
  const forwarding = decision === 'accept' && !!deskStep && forwardNow;

  const docs = detail.data?.documents ?? [];
  const missingRequired = docs.filter((d) => d.required && !ticked.has(d.name)).map((d) => d.name);

  const pickProcedure = (next: string) => {
    setCode(next);
    setTicked(new Set());
    setErrors({});
  };

  const validate = (): Errors => {
    const e: Errors = checkApplicant(applicant);
    if (!code) e.procedure = 'Chọn thủ tục hành chính.';
    const missing = [
      ...missingRequired,
      ...extraMissing
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean),
    ];
    if (code && decision === 'accept' && missingRequired.length > 0)
      e.documents = `Còn thiếu giấy tờ bắt buộc: ${missingRequired.join('; ')}. Đánh dấu đủ hoặc chọn "Yêu cầu bổ sung".`;
    if (decision === 'request_supplement' && missing.length === 0)
      e.documents = 'Hồ sơ đã đủ giấy tờ: hãy ghi rõ nội dung cần bổ sung.';
    if (decision !== 'accept' && reason.trim().length < 3) e.reason = 'Nhập lý do (ít nhất 3 ký tự).';
    return e;
  };

  const submit = async (ev: Event) => {
    ev.preventDefault();
    const e = validate();
    setErrors(e);
    if (Object.keys(e).length > 0) {
      requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    setBusy(true);
    try {
      const body = {
        procedureCode: code,
        channel,
        resultDelivery,
        applicant: {
          fullName: applicant.fullName.trim(),
          idNumber: applicant.idNumber.trim(),
          phone: applicant.phone.trim(),
          address: applicant.address.trim(),
          ...(applicant.email?.trim() ? { email: applicant.email.trim() } : {}),
        },
        documents: docs
          .filter((d) => ticked.has(d.name))
          .map(({ name, originals, copies }) => ({ name, originals, copies })),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        decision,
        ...(decision !== 'accept' ? { reason: reason.trim() } : {}),
        ...(decision === 'request_supplement'
          ? {
              missingItems: [
                ...missingRequired,
                ...extraMissing
                  .split('\n')
                  .map((s) => s.trim())
                  .filter(Boolean),
              ],
            }
          : {}),
      };
      const receipt = await call(client.POST('/api/v1/dossiers', { body }));
      setResult(receipt);
      if (forwarding && receipt.status === 'accepted') {
        setForward('pending');
        setForward(await forwardOnceStarted(receipt.code, deskStep.id));
      }
    } catch (err) {
      const missing = err instanceof ApiError && err.code === 'MISSING_DOCUMENTS';
      setErrors({
        form: missing ? 'Máy chủ báo thiếu giấy tờ bắt buộc: kiểm tra lại danh mục.' : messageOf(err),
      });
    } finally {
      setBusy(false);
    }
  };

  const reset = () => {
    setResult(undefined);
    setForward(undefined);
    setApplicant(EMPTY);
    setTicked(new Set());
    setSummary('');
    setReason('');
    setResultDelivery('desk');
    setExtraMissing('');
    setDecision('accept');
    setErrors({});
    // The receipt is gone: the keyboard starts again at the top of the new form, not on the page's body.
    requestAnimationFrame(() => document.getElementById('procedure-search')?.focus());
  };

  if (result) {
    const notice =
      forward === 'pending' ? (
        <p class="alert" role="status">
          Đang chuyển xử lý…
        </p>
      ) : forward && 'forwarded' in forward ? (
        <p class="alert alert-ok" role="status">
          Đã chuyển xử lý: {forward.forwarded.step?.name ?? 'bước tiếp theo'}
          {forward.forwarded.step ? ` · ${unitName(forward.forwarded.step.owner.unit)}` : ''}.
        </p>
      ) : forward ? (
        <p class="alert alert-warn" role="status">
          Chưa chuyển xử lý được ({forward.error}). Hồ sơ ở mục Chờ chuyển xử lý của Hàng chờ hôm nay.
        </p>
      ) : null;
    return <ReceiptPanel result={result} procedure={detail.data} onNext={reset} notice={notice} />;
  }

  return (
    <section>
      <h1>Tiếp nhận hồ sơ</h1>
      <LoadState state={procedures} />
      <form ref={form} class="receive" onSubmit={submit} noValidate>
        <fieldset class="card">
          <legend>1. Thủ tục hành chính</legend>
          <ProcedurePicker
            procedures={(procedures.data ?? []).filter((p) => p.inEffect)}
            value={code}
            onPick={pickProcedure}
            error={errors.procedure}
          />
          {code && <LoadState state={detail} />}
          {detail.data && <ProcedureFacts procedure={detail.data} />}
          {detail.data && (
            <DocumentChecklist
              legend="Thành phần hồ sơ (đánh dấu giấy tờ đã nhận)"
              documents={docs}
              ticked={ticked}
              onToggle={(name) => setTicked((t) => toggled(t, name))}
              error={errors.documents}
              prefix="doc"
            />
          )}
        </fieldset>

        <ApplicantFieldset
          applicant={applicant}
          onChange={setApplicant}
          errors={errors}
          channel={channel}
          onChannel={(value) => setChannel(value as ReceiveBody['channel'])}
          summary={summary}
          onSummary={setSummary}
        />

        <fieldset class="card">
          <legend>3. Kết quả kiểm tra hồ sơ</legend>
          <div class="field">
            <label for="resultDelivery">Nơi nhận kết quả</label>
            <select
              id="resultDelivery"
              value={resultDelivery}
              onChange={(e) => setResultDelivery(e.currentTarget.value as ReceiveBody['resultDelivery'])}
            >
              <option value="desk">Tại Bộ phận Một cửa</option>
              <option value="post">Qua dịch vụ bưu chính công ích</option>
            </select>
          </div>
          <div class="radios">
            {(Object.keys(SUBMIT_TEXT) as Decision[]).map((d) => (
              <label key={d} class="check">
                <input
                  type="radio"
                  name="decision"
                  value={d}
                  checked={decision === d}
                  onChange={() => setDecision(d)}
                />
                {d === 'accept'
                  ? 'Hồ sơ đầy đủ, hợp lệ: tiếp nhận'
                  : d === 'request_supplement'
                    ? 'Chưa đầy đủ: yêu cầu bổ sung'
                    : 'Không đủ điều kiện: từ chối'}
              </label>
            ))}
          </div>
          {decision === 'request_supplement' && (
            <div class="field">
              <label for="extraMissing">Nội dung cần bổ sung thêm (mỗi dòng một mục)</label>
              <textarea
                id="extraMissing"
                rows={2}
                value={extraMissing}
                onInput={(e) => setExtraMissing(e.currentTarget.value)}
              />
              {missingRequired.length > 0 && (
                <small class="muted">Kèm theo các giấy tờ bắt buộc chưa đánh dấu ở trên.</small>
              )}
            </div>
          )}
          {decision !== 'accept' && (
            <div class={`field${errors.reason ? ' field-invalid' : ''}`}>
              <label for="reason">Lý do *</label>
              <textarea
                id="reason"
                rows={2}
                value={reason}
                aria-invalid={errors.reason ? true : undefined}
                aria-describedby={errors.reason ? 'reason-error' : undefined}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
              {errors.reason && (
                <small id="reason-error" class="error-text">
                  {errors.reason}
                </small>
              )}
            </div>
          )}
          {decision === 'accept' && deskStep && (
            <label class="check">
              <input
                type="checkbox"
                checked={forwardNow}
                onChange={(e) => setForwardNow(e.currentTarget.checked)}
              />
              Chuyển xử lý ngay sau khi tiếp nhận (không dừng ở bước «{deskStep.name}»)
            </label>
          )}
          {errors.form && (
            <p class="alert alert-error" role="alert">
              {errors.form}
            </p>
          )}
          {Object.keys(errors).length > 0 && !errors.form && (
            <p class="alert alert-error" role="alert">
              Hồ sơ chưa hợp lệ: xem các ô được đánh dấu.
            </p>
          )}
          <button type="submit" class="btn btn-primary" disabled={busy}>
            {busy
              ? 'Đang lưu…'
              : forwarding
                ? 'Tiếp nhận, lập giấy hẹn và chuyển xử lý'
                : SUBMIT_TEXT[decision]}
          </button>
        </fieldset>
      </form>
    </section>
  );
}

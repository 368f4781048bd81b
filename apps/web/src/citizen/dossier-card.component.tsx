import { type PublicDossier, resultUrl } from './citizen.api';
import { money, statusText, stepText, vietnameseTime } from './citizen.text';
import { RatingForm } from './rating-form.component';

/** Everything the key holder may see of the dossier, in the order a citizen asks: where is it, when, what to do. */
export function DossierCard({
  dossier: d,
  code,
  lookupKey,
}: {
  dossier: PublicDossier;
  code: string;
  lookupKey: string;
}) {
  return (
    <article class="dossier" aria-label={`Hồ sơ ${d.code}`}>
      <section>
        <h2>Hồ sơ {d.code}</h2>
        <p class="procedure">{d.procedure.name}</p>
        <p class={`status status-${d.status}`} data-status={d.status}>
          {statusText(d.status)}
        </p>
        <dl>
          <dt>Ngày hẹn trả kết quả</dt>
          <dd data-field="appointment">{appointment(d)}</dd>
          <dt>Nơi tiếp nhận</dt>
          <dd>{d.receivingUnit}</dd>
          <dt>Ngày tiếp nhận</dt>
          <dd>{vietnameseTime(d.receivedAt)}</dd>
          {d.currentStep && (
            <>
              <dt>Đang xử lý</dt>
              <dd>{d.currentStep.name}</dd>
            </>
          )}
        </dl>
      </section>
      {d.supplement && (
        <section class="notice" aria-label="Yêu cầu bổ sung">
          <h3>Ông/bà cần bổ sung</h3>
          {d.supplement.reason && <p>{d.supplement.reason}</p>}
          <ul>
            {d.supplement.items.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <p class="hint">Mang giấy tờ tới {d.receivingUnit} hoặc nộp bổ sung trên Cổng Dịch vụ công.</p>
        </section>
      )}
      {d.apology && (
        <section class="notice" aria-label="Thư xin lỗi">
          <h3>Thư xin lỗi và hẹn lại ngày trả kết quả</h3>
          <p>{d.apology.text}</p>
        </section>
      )}
      <Result dossier={d} code={code} lookupKey={lookupKey} />
      <section aria-label="Phí, lệ phí">
        <h3>Phí, lệ phí</h3>
        {d.fees.length === 0 ? (
          <p>Không thu phí, lệ phí.</p>
        ) : (
          <ul>
            {d.fees.map((f) => (
              <li key={f.name}>
                {f.name}: {money(f.amount)}
              </li>
            ))}
          </ul>
        )}
        {d.feesTotal > 0 && (
          <p>
            Tổng: {money(d.feesTotal)} — {d.paid ? 'đã nộp' : 'chưa nộp'}
          </p>
        )}
      </section>
      <section aria-label="Quá trình xử lý">
        <h3>Quá trình xử lý</h3>
        <ol class="steps">
          {d.timeline.map((e, i) => (
            <li key={i}>
              <span>{stepText(e)}</span>
              <time>{vietnameseTime(e.at)}</time>
            </li>
          ))}
        </ol>
      </section>
      {d.status === 'done' && <RatingForm code={code} lookupKey={lookupKey} />}
    </article>
  );
}

// A supplement restarts the statutory clock (Decree 118/2025): the date is set again once the papers are in.
const WAITING = new Set(['awaiting_supplement', 'awaiting_documents']);

function appointment(d: PublicDossier): string {
  if (WAITING.has(d.status)) return 'Được hẹn lại khi ông/bà nộp đủ hồ sơ bổ sung';
  return d.appointmentAt ? vietnameseTime(d.appointmentAt) : 'Chưa có';
}

function Result({
  dossier: d,
  code,
  lookupKey,
}: {
  dossier: PublicDossier;
  code: string;
  lookupKey: string;
}) {
  if (!d.collection && !d.result) return null;
  return (
    <section class="notice" aria-label="Kết quả">
      <h3>Kết quả giải quyết</h3>
      {d.result && (
        <p>
          Văn bản số {d.result.number}, {vietnameseTime(d.result.issuedAt)}, {d.result.signer} ký.
        </p>
      )}
      {d.collection &&
        (d.collection.byPost ? (
          <p>Kết quả được gửi tới ông/bà qua dịch vụ bưu chính công ích.</p>
        ) : (
          <p>
            Mời ông/bà nhận kết quả tại {d.collection.place}, trong giờ làm việc, từ{' '}
            {vietnameseTime(d.collection.readySince)}. Mang theo giấy tiếp nhận và giấy tờ tùy thân.
          </p>
        ))}
      {d.result?.downloadable && (
        <a class="button" href={resultUrl(code, lookupKey)} download>
          Tải kết quả điện tử (PDF có chữ ký số)
        </a>
      )}
    </section>
  );
}

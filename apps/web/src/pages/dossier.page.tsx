import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { ControlSheetRow, DossierView, ProcedureDetail, SessionUser } from '../api/api.types';
import { hasRole } from '../api/session.store';
import { useUnitName } from '../api/units.store';
import { ActionPanel } from '../components/action-form.component';
import { AssignPanel } from '../components/assign.component';
import { Branches } from '../components/branches.component';
import { DeadlineBadges } from '../components/badges.component';
import { Comments } from '../components/comments.component';
import { DocumentsPanel } from '../components/documents.component';
import { DossierConsultations } from '../components/dossier-consultations.component';
import { Payments } from '../components/payments.component';
import { PrintButton } from '../components/receipt.component';
import { ResultPanel } from '../components/result.component';
import { formsFor } from '../forms.rules';
import { resultFormFor } from '../result.rules';
import { LoadState } from '../components/status.component';
import { Timeline } from '../components/timeline.component';
import { mayOfferTransfer, TransferPanel } from '../components/transfer.component';
import { formatDateTime } from '../format';
import { ACTION, CHANNEL, label, statusLabel } from '../labels';
import { Link } from '../router';
import { useAsync } from '../use-async.hook';

interface Loaded {
  dossier: DossierView;
  history: ControlSheetRow[];
  procedure: ProcedureDetail;
}

async function loadAll(code: string): Promise<Loaded> {
  const params = { path: { code } };
  const [dossier, history] = await Promise.all([
    call(client.GET('/api/v1/dossiers/{code}', { params })),
    call(client.GET('/api/v1/dossiers/{code}/history', { params })),
  ]);
  const procedure = await call(
    client.GET('/api/v1/procedures/{code}', { params: { path: { code: dossier.procedure.code } } }),
  );
  return { dossier, history, procedure };
}

export function DossierPage({ code, user }: { code: string; user: SessionUser }) {
  const state = useAsync(() => loadAll(code), [code]);
  const [notice, setNotice] = useState<string>();
  const unitName = useUnitName();

  if (!state.data)
    return (
      <section>
        <h1>Hồ sơ {code}</h1>
        <LoadState state={state} />
      </section>
    );
  const { dossier: d, history, procedure } = state.data;
  const after = (message: string) => {
    setNotice(message);
    state.reload();
  };
  // A fork step has no owner of its own: its branches are assigned one by one (Branches).
  const canAssign = !!d.step?.owner.unit && hasRole(user, 'head') && d.step.owner.unit === user.unit;

  return (
    <article class="dossier">
      <div class="page-head">
        <div class="grow">
          <h1>
            Hồ sơ <span class="code">{d.code}</span>
          </h1>
          <p class="clamp" title={d.procedure.name}>
            {d.procedure.code} · {d.procedure.name}
          </p>
        </div>
        <div class="head-status">
          <span class="status">{statusLabel(d.status, d.portalStatus === 10)}</span>
          <DeadlineBadges dossier={d} />
        </div>
      </div>
      {notice && (
        <p class="alert alert-ok" role="status">
          {notice}
        </p>
      )}

      <div class="columns">
        <div class="col-main">
          <section class="card" aria-labelledby="step-title">
            <h2 id="step-title">Bước hiện tại</h2>
            {d.step ? (
              <dl class="facts">
                <div class="wide">
                  <dt>Bước</dt>
                  <dd>{d.step.name}</dd>
                </div>
                {d.step.owner.unit && (
                  <>
                    <div class="wide">
                      <dt>Đơn vị xử lý</dt>
                      <dd>{unitName(d.step.owner.unit)}</dd>
                    </div>
                    <div>
                      <dt>Người xử lý</dt>
                      <dd>{d.step.assigneeName ?? 'Chưa phân công'}</dd>
                    </div>
                    <div>
                      <dt>Hạn xử lý bước</dt>
                      <dd data-testid="step-due">{formatDateTime(d.step.dueAt)}</dd>
                    </div>
                  </>
                )}
              </dl>
            ) : (
              <p>{statusLabel(d.status, d.portalStatus === 10)}</p>
            )}
            <Branches
              dossier={d}
              user={user}
              documents={procedure.documents}
              steps={procedure.steps}
              onDone={after}
            />
            <ActionPanel
              dossier={d}
              documents={procedure.documents}
              steps={procedure.steps}
              handsOver={(action) =>
                procedure.steps.some(
                  (s) =>
                    s.id === d.step?.id &&
                    s.transitions.some((t) => t.event === action && t.target === 'done'),
                )
              }
              onDone={(_, action) => after(`Đã thực hiện: ${label(ACTION, action)}.`)}
            />
            {canAssign && <AssignPanel dossier={d} onDone={() => after('Đã phân công lại.')} />}
            {mayOfferTransfer(d, user) && (
              <TransferPanel dossier={d} onDone={() => after('Đã chuyển hồ sơ đến cơ quan có thẩm quyền.')} />
            )}
          </section>

          <section class="card" aria-labelledby="files-title">
            <h2 id="files-title">Tệp hồ sơ</h2>
            <DocumentsPanel dossier={d} user={user} />
          </section>
          <section class="card" aria-labelledby="result-title">
            <h2 id="result-title">Kết quả giải quyết</h2>
            <ResultPanel
              code={d.code}
              form={resultFormFor(d, procedure.steps, history, user)}
              onDone={after}
            />
          </section>

          <section class="card" aria-labelledby="timeline-title">
            <h2 id="timeline-title">Quá trình xử lý</h2>
            <Timeline rows={history} steps={procedure.steps} />
          </section>

          <section class="card" aria-labelledby="consultations-title">
            <h2 id="consultations-title">Xin ý kiến đơn vị khác</h2>
            <DossierConsultations dossier={d} user={user} onAsked={() => after('Đã gửi xin ý kiến.')} />
          </section>

          <section class="card" aria-labelledby="comments-title">
            <h2 id="comments-title">Ý kiến trao đổi</h2>
            <Comments code={d.code} rows={history} onAdded={() => after('Đã gửi ý kiến.')} />
          </section>
        </div>

        <aside class="col-side">
          <section class="card" aria-labelledby="applicant-title">
            <h2 id="applicant-title">Người nộp</h2>
            <dl class="facts stacked">
              <div>
                <dt>Họ và tên</dt>
                <dd class="break">{d.applicant.fullName}</dd>
              </div>
              <div>
                <dt>Số định danh</dt>
                <dd>{d.applicant.idNumber}</dd>
              </div>
              {d.applicant.phone && (
                <div>
                  <dt>Điện thoại</dt>
                  <dd>{d.applicant.phone}</dd>
                </div>
              )}
              {d.applicant.email && (
                <div>
                  <dt>Email</dt>
                  <dd class="break">{d.applicant.email}</dd>
                </div>
              )}
              <div>
                <dt>Địa chỉ</dt>
                <dd class="break">{d.applicant.address}</dd>
              </div>
            </dl>
            {d.personalData === 'verification' && (
              <p class="muted" data-testid="verification-fields">
                Đơn vị phối hợp xác minh chỉ xem họ tên, số định danh và địa chỉ của người nộp.
              </p>
            )}
          </section>
          <section class="card" aria-labelledby="dates-title">
            <h2 id="dates-title">Thời hạn</h2>
            <dl class="facts stacked">
              <div>
                <dt>Tiếp nhận</dt>
                <dd>
                  {formatDateTime(d.receivedAt)} · {label(CHANNEL, d.channel)}
                </dd>
              </div>
              <div>
                <dt>Bắt đầu tính hạn</dt>
                <dd>{formatDateTime(d.clockStartedAt)}</dd>
              </div>
              <div>
                <dt>Hẹn trả kết quả</dt>
                <dd>
                  <strong>{formatDateTime(d.appointmentAt)}</strong>
                  {d.extended ? ' (đã gia hạn)' : ''}
                  {d.appointmentProvisional && (
                    <span class="muted" title="Tính theo lịch làm việc dự kiến, chưa có thông báo chính thức">
                      {' '}
                      (theo lịch dự kiến năm {d.provisionalYears.join(', ')})
                    </span>
                  )}
                </dd>
              </div>
              {d.receiptAppointmentAt && d.receiptAppointmentAt !== d.appointmentAt && (
                <div>
                  <dt>Hẹn trên giấy tiếp nhận</dt>
                  <dd>{formatDateTime(d.receiptAppointmentAt)}</dd>
                </div>
              )}
              {d.finishedAt && (
                <div>
                  <dt>Kết thúc</dt>
                  <dd>{formatDateTime(d.finishedAt)}</dd>
                </div>
              )}
            </dl>
          </section>
          <section class="card" aria-labelledby="fees-title">
            <h2 id="fees-title">Phí, lệ phí</h2>
            <Payments dossier={d} user={user} onPaid={() => after('Đã ghi nhận khoản thu.')} />
          </section>
          <section class="card" aria-labelledby="docs-title">
            <h2 id="docs-title">Giấy tờ đã nhận</h2>
            {d.documents.length === 0 ? (
              <p class="muted">Không có.</p>
            ) : (
              <ul class="docs">
                {d.documents.map((doc) => (
                  <li key={doc.name}>
                    <span class="break">{doc.name}</span>
                    <small class="muted">
                      {' '}
                      · {doc.originals} bản chính, {doc.copies} bản sao
                    </small>
                  </li>
                ))}
              </ul>
            )}
            {d.summary && <p class="quote">{d.summary}</p>}
          </section>
          <section class="card" aria-labelledby="forms-title">
            <h2 id="forms-title">Biểu mẫu</h2>
            <div class="actions stacked">
              {formsFor(d, history).map(({ form, text }) => (
                <PrintButton key={form} code={d.code} form={form} text={text} />
              ))}
              <Link class="btn btn-link" href={`/thu-tuc/${d.procedure.code}`}>
                Xem quy trình thủ tục
              </Link>
            </div>
          </section>
        </aside>
      </div>
    </article>
  );
}

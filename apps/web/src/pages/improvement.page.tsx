import { useState } from 'preact/hooks';
import { call, client, downloadDocument } from '../api/api.client';
import type {
  BottleneckReport,
  OfficerReport,
  SessionUser,
  StepFigureReport,
  StepTrendReport,
} from '../api/api.types';
import { hasRole } from '../api/session.store';
import { useUnitName } from '../api/units.store';
import { DateInput } from '../components/date-input.component';
import { StepTrendChart } from '../components/step-trend-chart.component';
import { overAllotted, shareText, workingTimeText } from '../improvement.rules';
import { vnDay } from '../format';
import { useAsync, messageOf } from '../use-async.hook';
import { ImprovementTabs } from '../components/improvement-tabs.component';
import { OfficerTable } from '../components/officer-table.component';
import { periodError } from '../date-input.rules';

interface Figures {
  steps: StepFigureReport;
  bottlenecks: BottleneckReport;
  trend: StepTrendReport;
  /** A head's officers (only a head reads figures per officer). */
  officers?: OfficerReport;
}

/** Where time goes in each procedure: the step table against the ISO tables, the bottlenecks, the monthly trend. */
export function ImprovementPage({ user }: { user: SessionUser }) {
  const today = vnDay(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 4)}-01-01`);
  const [to, setTo] = useState(today);
  const [procedureCode, setProcedureCode] = useState('');
  const [figures, setFigures] = useState<Figures>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const procedures = useAsync(() => call(client.GET('/api/v1/procedures')), []);
  const unitName = useUnitName();

  const query = () => ({ from, to, ...(procedureCode ? { procedureCode } : {}) });
  const valid = () => {
    const problem = periodError(from, to);
    if (problem) setError(problem);
    return !problem;
  };
  const show = async (e: Event) => {
    e.preventDefault();
    if (!valid()) return;
    setBusy(true);
    setError(undefined);
    try {
      const params = { params: { query: query() } };
      const [steps, bottlenecks, trend, officers] = await Promise.all([
        call(client.GET('/api/v1/improvement/steps', params)),
        call(client.GET('/api/v1/improvement/bottlenecks', params)),
        call(client.GET('/api/v1/improvement/trend', params)),
        hasRole(user, 'head') ? call(client.GET('/api/v1/improvement/officers', params)) : undefined,
      ]);
      setFigures({
        steps: steps as StepFigureReport,
        bottlenecks: bottlenecks as BottleneckReport,
        trend,
        officers,
      });
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (what: 'steps' | 'bottlenecks' | 'officers') => {
    if (!valid()) return;
    setError(undefined);
    const file = call(
      client.GET(`/api/v1/improvement/${what}`, {
        params: { query: { ...query(), format: 'xlsx' } },
        parseAs: 'blob',
      }),
    );
    const name = { steps: 'thoi-gian-cac-buoc', bottlenecks: 'nut-that', officers: 'theo-can-bo' }[what];
    downloadDocument(file, `${name}-${from}-${to}.xlsx`).catch((err: unknown) => setError(messageOf(err)));
  };

  return (
    <section>
      <h1>Cải tiến quy trình</h1>
      <ImprovementTabs />
      <p class="muted">
        Thời gian thực tế của từng bước so với quy trình ISO, tính bằng thời gian làm việc theo lịch của trung
        tâm, từ phiếu kiểm soát quá trình giải quyết hồ sơ.
      </p>
      <form class="card filters" onSubmit={show} noValidate>
        <div class="field">
          <label for="from">Từ ngày</label>
          <DateInput id="from" value={from} onValue={setFrom} />
        </div>
        <div class="field">
          <label for="to">Đến ngày</label>
          <DateInput id="to" value={to} onValue={setTo} />
        </div>
        <div class="field">
          <label for="procedure">Thủ tục</label>
          <select
            id="procedure"
            value={procedureCode}
            onChange={(e) => setProcedureCode(e.currentTarget.value)}
          >
            <option value="">Tất cả thủ tục</option>
            {(procedures.data ?? []).map((p) => (
              <option key={p.code} value={p.code}>
                {p.code} – {p.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Xem số liệu
        </button>
        <button type="button" class="btn" onClick={() => exportAs('steps')}>
          Xuất Excel các bước
        </button>
        <button type="button" class="btn" onClick={() => exportAs('bottlenecks')}>
          Xuất Excel nút thắt
        </button>
        {hasRole(user, 'head') && (
          <button type="button" class="btn" onClick={() => exportAs('officers')}>
            Xuất Excel theo cán bộ
          </button>
        )}
      </form>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {figures && <Bottlenecks report={figures.bottlenecks} />}
      {figures && (
        <section class="card">
          <h2>Tỷ lệ chuyển bước trễ hạn theo tháng</h2>
          <StepTrendChart report={figures.trend} />
        </section>
      )}
      {figures && <StepTable report={figures.steps} unitName={unitName} />}
      {figures?.officers && <OfficerTable report={figures.officers} />}
    </section>
  );
}

function Bottlenecks({ report }: { report: BottleneckReport }) {
  return (
    <section class="card" aria-labelledby="bottlenecks">
      <h2 id="bottlenecks">Các bước gây trễ hạn nhiều nhất</h2>
      {report.bottlenecks.length === 0 ? (
        <p class="muted">Không có hồ sơ trễ hạn trong kỳ.</p>
      ) : (
        <ol class="bottlenecks">
          {report.bottlenecks.map((b) => (
            <li key={`${b.procedureCode}-${b.version}-${b.stepId}`}>
              <strong>
                {b.procedureCode} – {b.procedureName}
              </strong>
              <p>{b.sentence}.</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function StepTable({ report, unitName }: { report: StepFigureReport; unitName: (id: string) => string }) {
  return (
    // Wider than a phone: the table scrolls sideways, and a keyboard reaches the scroll too.
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng thời gian từng bước">
      <table class="report">
        <caption>
          Thời gian từng bước từ {report.from.split('-').reverse().join('/')} đến{' '}
          {report.to.split('-').reverse().join('/')}
        </caption>
        <thead>
          <tr>
            <th scope="col">Thủ tục</th>
            <th scope="col">Bước</th>
            <th scope="col">Đơn vị</th>
            <th scope="col" class="num">
              ISO
            </th>
            <th scope="col" class="num">
              Số lần
            </th>
            <th scope="col" class="num">
              Trung vị
            </th>
            <th scope="col" class="num">
              P90
            </th>
            <th scope="col" class="num">
              Trễ
            </th>
            <th scope="col" class="num">
              Chờ nhận việc
            </th>
            <th scope="col" class="num">
              Xử lý
            </th>
            <th scope="col" class="num">
              Trả lại
            </th>
            <th scope="col" class="num">
              Bổ sung
            </th>
            <th scope="col" class="num">
              Hồ sơ trễ tại bước
            </th>
          </tr>
        </thead>
        <tbody>
          {report.steps.length === 0 && (
            <tr>
              <td colSpan={13} class="muted">
                Không có lần chuyển bước nào trong kỳ ở các đơn vị bạn được xem.
              </td>
            </tr>
          )}
          {report.steps.map((f) => (
            <tr key={`${f.procedureCode}-${f.version}-${f.stepId}`}>
              <td class="nowrap" title={f.procedureName}>
                {f.procedureCode} (v{f.version})
              </td>
              <td class="wrap">{f.stepName}</td>
              <td class="wrap">{unitName(f.unit)}</td>
              <td class="num">{workingTimeText(f.allottedMinutes)}</td>
              <td class="num">{f.handOvers}</td>
              <td
                class={overAllotted(f) ? 'num over-iso' : 'num'}
                title={overAllotted(f) ? 'Vượt thời gian theo quy trình ISO' : undefined}
              >
                {workingTimeText(f.medianMinutes)}
              </td>
              <td class="num">{workingTimeText(f.p90Minutes)}</td>
              <td class="num">{shareText(f.lateShare)}</td>
              <td class="num">{workingTimeText(f.waitMedianMinutes)}</td>
              <td class="num">{workingTimeText(f.workMedianMinutes)}</td>
              <td class="num">{shareText(f.sendBackRate)}</td>
              <td class="num">{shareText(f.supplementRate)}</td>
              <td class="num">
                {f.lateDossiers} ({shareText(f.lateDossierShare)})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

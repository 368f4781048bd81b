import type { SimulatedStep, SimulationFigures, SimulationResult } from '../api/api.types';
import { formatMinutes } from '../format';

const rate = (x: number): string => `${(100 * x).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;

const COLUMNS: Array<[string, (f: SimulationFigures) => string | number]> = [
  ['Số hồ sơ', (f) => f.dossiers],
  ['Tỷ lệ đúng hạn', (f) => rate(f.onTimeRate)],
  ['Đã trả đúng hạn', (f) => f.resolvedOnTime],
  ['Đã trả quá hạn', (f) => f.resolvedLate],
  ['Đang xử lý còn hạn', (f) => f.pendingWithin],
  ['Đang xử lý quá hạn', (f) => f.pendingOverdue],
  ['Tồn cuối kỳ', (f) => f.backlogByMonth.at(-1)?.open ?? 0],
];

const load = (l: SimulatedStep['current']): string =>
  l
    ? `${l.visits} lượt · ${l.places} chỗ · chờ TB ${formatMinutes(l.meanWaitMinutes)} · bận ${rate(l.utilisation)}`
    : '—';

/** Predicted beside actual, the model's own check, the steps' load and the backlog by month. */
export function SimulationResultView({ result: r }: { result: SimulationResult }) {
  const rows: Array<[string, SimulationFigures]> = [
    ['Thực tế', r.actual],
    [`Mô phỏng quy trình hiện hành (phiên bản ${r.currentVersion})`, r.current],
    [`Mô phỏng dự thảo (phiên bản ${r.draftVersion})`, r.draft],
  ];
  const c = r.check;
  const points = (100 * c.difference).toLocaleString('vi-VN', {
    maximumFractionDigits: 1,
    signDisplay: 'always',
  });
  return (
    <>
      <p class={c.reproduced ? 'alert alert-ok' : 'alert alert-error'} role="status" data-check>
        {c.reproduced
          ? `Kiểm tra mô hình: đạt. Mô phỏng quy trình hiện hành cho ${rate(c.simulatedOnTimeRate)} đúng hạn so với thực tế ${rate(c.actualOnTimeRate)} (${points} điểm, cho phép ±${100 * c.tolerance}).`
          : `Kiểm tra mô hình: không đạt. Mô phỏng quy trình hiện hành cho ${rate(c.simulatedOnTimeRate)} đúng hạn so với thực tế ${rate(c.actualOnTimeRate)} (${points} điểm, cho phép ±${100 * c.tolerance}); không nên dựa vào số liệu của dự thảo.`}
      </p>
      <div class="table-wrap">
        <table class="report">
          <caption>
            {r.procedureCode} {r.procedureName}: từ {r.from} đến {r.to}, tính đến{' '}
            {r.asOf.slice(0, 16).replace('T', ' ')}, hạt giống {r.seed}
          </caption>
          <thead>
            <tr>
              <th scope="col">Kết quả</th>
              {COLUMNS.map(([text]) => (
                <th key={text} scope="col" class="num">
                  {text}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map(([name, f]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                {COLUMNS.map(([text, value]) => (
                  <td key={text} class="num">
                    {value(f)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Tải của từng bước</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Bước</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Cán bộ (hiện nay)</th>
              <th scope="col">Thời gian</th>
              <th scope="col">Hiện hành</th>
              <th scope="col">Dự thảo</th>
            </tr>
          </thead>
          <tbody>
            {r.steps.map((s) => (
              <tr key={s.stepId}>
                <td class="wrap">{s.stepName}</td>
                <td>{s.unit}</td>
                <td class="num">
                  {s.officers} ({s.officersToday})
                </td>
                <td>
                  {s.basis === 'observed' ? 'theo thực tế' : `giả định ${formatMinutes(s.assumedMinutes)}`}
                </td>
                <td class="wrap">{load(s.current)}</td>
                <td class="wrap">{load(s.draft)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Hồ sơ tồn cuối tháng</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Tháng</th>
              {rows.map(([name]) => (
                <th key={name} scope="col" class="num">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {r.actual.backlogByMonth.map((m, k) => (
              <tr key={m.month}>
                <th scope="row">{m.month}</th>
                {rows.map(([name, f]) => (
                  <td key={name} class="num">
                    {f.backlogByMonth[k].open}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>Hồ sơ quá hạn theo dự thảo ({r.draft.resolvedLate + r.draft.pendingOverdue})</h2>
      <p class="wrap">{r.draft.lateCodes.slice(0, 100).join(', ') || 'Không có.'}</p>
    </>
  );
}

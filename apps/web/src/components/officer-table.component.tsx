import type { OfficerReport } from '../api/api.types';
import { shareText, workingTimeText } from '../improvement.rules';

/** A head's figures per officer of their unit: each officer's hand-overs of each step, against its ISO time. */
export function OfficerTable({ report }: { report: OfficerReport }) {
  const rows = report.officers.flatMap((o) => o.steps.map((f) => ({ officer: o, f })));
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="Bảng theo từng cán bộ">
      <table class="report">
        <caption>Theo từng cán bộ của đơn vị</caption>
        <thead>
          <tr>
            <th scope="col">Cán bộ</th>
            <th scope="col">Thủ tục</th>
            <th scope="col">Bước</th>
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
              Trả lại
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={9} class="muted">
                Cán bộ của đơn vị chưa chuyển bước nào trong kỳ.
              </td>
            </tr>
          )}
          {rows.map(({ officer, f }) => (
            <tr key={`${officer.username}-${f.procedureCode}-${f.version}-${f.stepId}`}>
              <th scope="row" class="wrap">
                {officer.name}
              </th>
              <td class="nowrap" title={f.procedureName}>
                {f.procedureCode} (v{f.version})
              </td>
              <td class="wrap">{f.stepName}</td>
              <td class="num">{workingTimeText(f.allottedMinutes)}</td>
              <td class="num">{f.handOvers}</td>
              <td class="num">{workingTimeText(f.medianMinutes)}</td>
              <td class="num">{workingTimeText(f.p90Minutes)}</td>
              <td class="num">{shareText(f.lateShare)}</td>
              <td class="num">{shareText(f.sendBackRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

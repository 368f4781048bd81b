import { useState } from 'preact/hooks';
import { call, client, downloadDocument } from '../api/api.client';
import type { HandlingCounts, HandlingReport, ReportGrouping } from '../api/api.types';
import { useUnitName } from '../api/units.store';
import { DateInput } from '../components/date-input.component';
import { addDays, reportCaption, vnDay, vnMidnight } from '../format';
import { messageOf } from '../use-async.hook';
import { periodError } from '../date-input.rules';

const COLUMNS: Array<[keyof HandlingCounts, string]> = [
  ['total', 'Tổng số'],
  ['receivedOnline', 'Trực tuyến'],
  ['receivedOffline', 'Trực tiếp, bưu chính'],
  ['carriedOver', 'Kỳ trước chuyển sang'],
  ['resolvedEarly', 'Trước hạn'],
  ['resolvedOnTime', 'Đúng hạn'],
  ['resolvedLate', 'Quá hạn'],
  ['closedOther', 'Từ chối, rút, dừng'],
  ['pendingWithinDeadline', 'Đang xử lý còn hạn'],
  ['pendingOverdue', 'Đang xử lý quá hạn'],
];

const GROUPS: Record<string, string> = { unit: 'Đơn vị tiếp nhận', field: 'Lĩnh vực', procedure: 'Thủ tục' };

/** Form 06/VPCP/KSTT for a period of Vietnam calendar days, on screen and as CSV or Excel. */
export function ReportPage() {
  const today = vnDay(new Date());
  const [from, setFrom] = useState(`${today.slice(0, 7)}-01`);
  const [to, setTo] = useState(today);
  const [groupBy, setGroupBy] = useState<ReportGrouping>('unit');
  const [report, setReport] = useState<HandlingReport>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const unitName = useUnitName();
  const rowLabel = (r: { key: string; label: string }) =>
    report?.groupBy === 'unit' ? unitName(r.key) : r.label;

  const query = () => ({ from: vnMidnight(from), to: vnMidnight(addDays(to, 1)), groupBy });
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
      setReport(await call(client.GET('/api/v1/reports/handling', { params: { query: query() } })));
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = (format: 'csv' | 'xlsx') => {
    if (!valid()) return;
    setError(undefined);
    const file = call(
      client.GET('/api/v1/reports/handling', { params: { query: { ...query(), format } }, parseAs: 'blob' }),
    );
    downloadDocument(file, `bao-cao-06-${groupBy}-${from}-${to}.${format}`).catch((err: unknown) =>
      setError(messageOf(err)),
    );
  };

  return (
    <section>
      <h1>Báo cáo tình hình giải quyết TTHC</h1>
      <p class="muted">Mẫu 06/VPCP/KSTT: hồ sơ nhận, đã giải quyết và đang giải quyết trong kỳ.</p>
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
          <label for="groupBy">Tổng hợp theo</label>
          <select
            id="groupBy"
            value={groupBy}
            onChange={(e) => setGroupBy(e.currentTarget.value as ReportGrouping)}
          >
            {Object.entries(GROUPS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          Xem báo cáo
        </button>
        <button type="button" class="btn" onClick={() => exportAs('xlsx')}>
          Xuất Excel
        </button>
        <button type="button" class="btn" onClick={() => exportAs('csv')}>
          Xuất CSV
        </button>
      </form>
      {error && (
        <p class="alert alert-error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <div class="table-wrap">
          <table class="report">
            <caption>{reportCaption(report)}</caption>
            <thead>
              <tr>
                <th scope="col">{GROUPS[report.groupBy]}</th>
                {COLUMNS.map(([k, text]) => (
                  <th key={k} scope="col" class="num">
                    {text}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {report.rows.map((r) => (
                <tr key={r.key}>
                  <td class="wrap">
                    <span class="clamp" title={rowLabel(r)}>
                      {rowLabel(r)}
                    </span>
                  </td>
                  {COLUMNS.map(([k]) => (
                    <td key={k} class="num">
                      {r[k]}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">Tổng cộng</th>
                {COLUMNS.map(([k]) => (
                  <td key={k} class="num">
                    {report.total[k]}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}

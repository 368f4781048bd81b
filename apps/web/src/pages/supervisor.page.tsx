import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { BacklogRow } from '../api/api.types';
import { DossierTable } from '../components/dossier-table.component';
import { Satisfaction } from '../components/satisfaction.component';
import { LoadState } from '../components/status.component';
import { TrackingBook } from '../components/tracking-book.component';
import { TrendChart } from '../components/trend-chart.component';
import { addDays, formatBucket, percent, vnDay, vnMidnight } from '../format';
import { Link } from '../router';
import { useAsync } from '../use-async.hook';

/** Each tile opens its dossiers: the open ones by unit, each flag's in the search list. */
const tiles = (t: BacklogRow) => [
  { href: '#by-unit', count: t.open, text: 'Đang xử lý', tone: '' },
  { href: '/ho-so?flag=overdue', count: t.overdue, text: 'Quá hạn', tone: 'bad' },
  { href: '/ho-so?flag=step_overdue', count: t.stepOverdue, text: 'Quá hạn bước', tone: 'bad' },
  { href: '/ho-so?flag=stalled', count: t.stalled, text: 'Chậm xử lý', tone: 'warn' },
  { href: '/ho-so?flag=due_soon', count: t.dueSoon, text: 'Sắp đến hạn', tone: '' },
];

function BacklogTable({
  rows,
  caption,
  keyTitle,
}: {
  rows: BacklogRow[];
  caption: string;
  keyTitle: string;
}) {
  if (rows.length === 0) return <p class="empty">Không có hồ sơ đang xử lý.</p>;
  return (
    <div class="table-wrap">
      <table>
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{keyTitle}</th>
            <th scope="col" class="num">
              Đang xử lý
            </th>
            <th scope="col" class="num">
              Quá hạn
            </th>
            <th scope="col" class="num">
              Quá hạn bước
            </th>
            <th scope="col" class="num">
              Chậm xử lý
            </th>
            <th scope="col" class="num">
              Sắp đến hạn
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <td class="wrap">
                <span class="clamp" title={r.label}>
                  {r.label}
                </span>
              </td>
              <td class="num">{r.open}</td>
              <td class={`num${r.overdue ? ' bad' : ''}`}>{r.overdue}</td>
              <td class={`num${r.stepOverdue ? ' bad' : ''}`}>{r.stepOverdue}</td>
              <td class={`num${r.stalled ? ' warn' : ''}`}>{r.stalled}</td>
              <td class="num">{r.dueSoon}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const monthsBack = (n: number): string => {
  const today = vnDay(new Date());
  const d = new Date(`${today.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - n + 1);
  return d.toISOString().slice(0, 10);
};

/** Deadlines computed across a provisional year may move when the government's notice is published. */
function ProvisionalCalendarBanner() {
  const calendar = useAsync(() => call(client.GET('/api/v1/calendar')), []);
  const years = calendar.data?.years.filter((y) => y.status === 'provisional') ?? [];
  if (years.length === 0) return null;
  return (
    <div class="alert alert-warn" role="status" data-testid="provisional-calendar">
      <strong>Lịch làm việc dự kiến:</strong> năm {years.map((y) => y.year).join(', ')} chưa có thông báo lịch
      nghỉ chính thức (
      {years
        .map(
          (y) =>
            `${y.year}: ${y.origin === 'file' ? 'tệp lịch đánh dấu dự kiến' : 'tính theo Bộ luật Lao động'}`,
        )
        .join('; ')}
      ). Ngày hẹn trả tính qua các năm này có thể thay đổi khi có thông báo; hồ sơ đang xử lý sẽ được tính lại
      và ghi nhận.
    </div>
  );
}

/** Late and stalled cases now, by unit and by procedure, and the on-time rate over the last months or weeks. */
export function SupervisorPage() {
  const backlog = useAsync(() => call(client.GET('/api/v1/reports/backlog')), []);
  const late = useAsync(
    () =>
      Promise.all([
        call(client.GET('/api/v1/dossiers', { params: { query: { flag: 'overdue', limit: 20 } } })),
        call(client.GET('/api/v1/dossiers', { params: { query: { flag: 'stalled', limit: 20 } } })),
        call(client.GET('/api/v1/dossiers', { params: { query: { flag: 'due_soon', limit: 20 } } })),
      ]),
    [],
  );
  const [interval, setIntervalKind] = useState<'month' | 'week'>('month');
  const trend = useAsync(() => {
    const to = vnMidnight(addDays(vnDay(new Date()), 1));
    const from =
      interval === 'month' ? vnMidnight(monthsBack(12)) : vnMidnight(addDays(vnDay(new Date()), -7 * 12));
    return call(client.GET('/api/v1/reports/trend', { params: { query: { from, to, interval } } }));
  }, [interval]);
  const t = backlog.data?.total;
  return (
    <section>
      <h1>Giám sát tình hình giải quyết hồ sơ</h1>
      <ProvisionalCalendarBanner />
      <LoadState state={backlog} />
      {t && (
        <nav class="summary-tiles" aria-label="Hồ sơ đang xử lý theo cảnh báo">
          {tiles(t).map((tile) => {
            const body = (
              <>
                <span class="tile-number">{tile.count}</span>
                <span class="tile-text">{tile.text}</span>
              </>
            );
            const tone = `tile${tile.tone ? ` tile-${tile.tone}` : ''}`;
            // An anchor on the page stays a plain link; a list elsewhere is a console route.
            return tile.href.startsWith('#') ? (
              <a key={tile.href} class={tone} href={tile.href}>
                {body}
              </a>
            ) : (
              <Link key={tile.href} class={tone} href={tile.href}>
                {body}
              </Link>
            );
          })}
        </nav>
      )}
      <section class="card" aria-labelledby="trend-title">
        <div class="page-head">
          <h2 id="trend-title">Tỷ lệ hồ sơ giải quyết đúng hạn</h2>
          <div class="tabs" role="group" aria-label="Chu kỳ">
            <button
              type="button"
              class="tab"
              aria-pressed={interval === 'month'}
              onClick={() => setIntervalKind('month')}
            >
              12 tháng
            </button>
            <button
              type="button"
              class="tab"
              aria-pressed={interval === 'week'}
              onClick={() => setIntervalKind('week')}
            >
              12 tuần
            </button>
          </div>
        </div>
        <LoadState state={trend} />
        {trend.data && <TrendChart report={trend.data} />}
        {trend.data && (
          <details>
            <summary>Số liệu</summary>
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{interval === 'month' ? 'Tháng' : 'Tuần từ'}</th>
                    <th scope="col" class="num">
                      Tổng số
                    </th>
                    <th scope="col" class="num">
                      Đúng hạn
                    </th>
                    <th scope="col" class="num">
                      Quá hạn
                    </th>
                    <th scope="col" class="num">
                      Tỷ lệ đúng hạn
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {trend.data.points.map((p) => (
                    <tr key={p.label}>
                      <td>{formatBucket(p.label)}</td>
                      <td class="num">{p.total}</td>
                      <td class="num">{p.onTime}</td>
                      <td class="num">{p.late}</td>
                      <td class="num">{percent(p.onTimeRate)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        )}
      </section>
      {backlog.data && (
        <div class="columns-even">
          <section class="card" id="by-unit">
            <BacklogTable rows={backlog.data.byUnit} caption="Theo đơn vị đang xử lý" keyTitle="Đơn vị" />
          </section>
          <section class="card">
            <BacklogTable rows={backlog.data.byProcedure} caption="Theo thủ tục" keyTitle="Thủ tục" />
          </section>
        </div>
      )}
      <section class="card" id="late" aria-labelledby="late-title">
        <h2 id="late-title">Hồ sơ quá hạn</h2>
        <LoadState state={late} />
        {late.data && (
          <DossierTable items={late.data[0].items} caption="Hồ sơ quá hạn" empty="Không có hồ sơ quá hạn." />
        )}
        <h2 id="stalled">Hồ sơ chậm xử lý</h2>
        {late.data && (
          <DossierTable
            items={late.data[1].items}
            caption="Hồ sơ chậm xử lý"
            empty="Không có hồ sơ chậm xử lý."
          />
        )}
      </section>
      <section class="card" id="due-soon" aria-labelledby="due-soon-title">
        <h2 id="due-soon-title">Hồ sơ sắp đến hạn</h2>
        {late.data && (
          <DossierTable
            items={late.data[2].items}
            caption="Hồ sơ sắp đến hạn"
            empty="Không có hồ sơ sắp đến hạn."
          />
        )}
        {late.data && late.data[2].nextCursor && (
          <p class="more">
            <Link href="/ho-so?flag=due_soon">Xem tất cả hồ sơ sắp đến hạn</Link>
          </p>
        )}
      </section>
      <Satisfaction />
      <TrackingBook />
    </section>
  );
}

import { call, client } from '../api/api.client';
import { formatLimit } from '../components/procedure-facts.component';
import { LoadState } from '../components/status.component';
import { formatDateTime } from '../format';
import { label, LEVEL } from '../labels';
import { Link } from '../router';
import { useAsync } from '../use-async.hook';

export function ProceduresPage() {
  const state = useAsync(() => call(client.GET('/api/v1/procedures')), []);
  return (
    <section>
      <h1>Thủ tục hành chính</h1>
      <LoadState state={state} />
      {state.data && (
        <div class="table-wrap">
          <table>
            <caption class="sr-only">Danh mục thủ tục</caption>
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Tên thủ tục</th>
                <th scope="col">Lĩnh vực</th>
                <th scope="col">Cấp</th>
                <th scope="col">Thời hạn</th>
                <th scope="col">Số bước</th>
              </tr>
            </thead>
            <tbody>
              {state.data.map((p) => (
                <tr key={p.code}>
                  <td class="nowrap">
                    {p.code}
                    {p.localCode && <div class="muted">{p.localCode}</div>}
                  </td>
                  <td class="wrap">
                    <Link href={`/thu-tuc/${p.code}`}>{p.name}</Link>
                    {!p.inEffect && p.effectiveFrom && (
                      <div class="muted">Chưa có hiệu lực: từ {formatDateTime(p.effectiveFrom)}</div>
                    )}
                    {p.pending.map((next) => (
                      <div class="muted" key={next.version}>
                        Phiên bản {next.version} có hiệu lực từ {formatDateTime(next.effectiveFrom)}
                      </div>
                    ))}
                  </td>
                  <td class="wrap">{p.field}</td>
                  <td class="nowrap">{label(LEVEL, p.level)}</td>
                  <td class="nowrap">{formatLimit(p.deadline)}</td>
                  <td class="num">{p.steps}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

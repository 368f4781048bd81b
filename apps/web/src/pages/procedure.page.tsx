import { call, client } from '../api/api.client';
import { useUnitName } from '../api/units.store';
import { Diagram } from '../components/diagram.component';
import { formatLimit, ProcedureFacts } from '../components/procedure-facts.component';
import { LoadState } from '../components/status.component';
import { ACTION, label, ROLE } from '../labels';
import { useAsync } from '../use-async.hook';

/** A procedure's internal (ISO) process: the state diagram and the step table with owners and durations. */
export function ProcedurePage({ code }: { code: string }) {
  const state = useAsync(
    () => call(client.GET('/api/v1/procedures/{code}', { params: { path: { code } } })),
    [code],
  );
  const unitName = useUnitName();
  const p = state.data;
  if (!p)
    return (
      <section>
        <h1>Thủ tục {code}</h1>
        <LoadState state={state} />
      </section>
    );
  const stepName = (id: string) =>
    p.steps.find((s) => s.id === id)?.name ?? (id === 'done' ? 'Kết thúc' : id);
  const branchName = (id: string) =>
    p.steps.flatMap((s) => s.fork?.branches ?? []).find((b) => b.id === id)?.name ?? id;
  return (
    <article>
      <h1 class="break">
        {p.code} · {p.name}
      </h1>
      <ProcedureFacts procedure={p} />
      <section class="card" aria-labelledby="steps-title">
        <h2 id="steps-title">Quy trình nội bộ</h2>
        <div class="table-wrap">
          <table>
            <caption class="sr-only">Các bước xử lý</caption>
            <thead>
              <tr>
                <th scope="col">Bước</th>
                <th scope="col">Nội dung công việc</th>
                <th scope="col">Trách nhiệm</th>
                <th scope="col">Thời gian</th>
                <th scope="col">Chuyển tiếp</th>
              </tr>
            </thead>
            <tbody>
              {p.steps.map((s, i) => (
                <tr key={s.id}>
                  <td class="num">{i + 1}</td>
                  <td class="wrap">
                    {s.branch ? <small class="muted">Nhánh {branchName(s.branch)} · </small> : null}
                    {s.name}
                    {s.result ? <small class="muted"> · trả kết quả</small> : null}
                    {s.output ? <small class="muted"> · {s.output}</small> : null}
                  </td>
                  {s.fork ? (
                    <>
                      <td class="wrap">Song song: {s.fork.branches.map((b) => b.name).join('; ')}</td>
                      <td class="nowrap">theo nhánh chậm nhất</td>
                      <td class="wrap">
                        {s.fork.join.length === s.fork.branches.length
                          ? 'Các nhánh xong'
                          : 'Các nhánh cần xong'}{' '}
                        → {stepName(s.fork.next)}
                      </td>
                    </>
                  ) : (
                    <>
                      <td class="wrap">
                        {unitName(s.owner.unit)}
                        <small class="muted"> · {label(ROLE, s.owner.role)}</small>
                      </td>
                      <td class="nowrap">{formatLimit(s.duration)}</td>
                      <td class="wrap">
                        {s.transitions.map((t) => (
                          <div key={t.event}>
                            {label(ACTION, t.event)} →{' '}
                            {t.target === 'joined' ? 'xong nhánh' : stepName(t.target)}
                          </div>
                        ))}
                      </td>
                    </>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="muted">Tổng thời hạn theo quy định: {formatLimit(p.deadline)}.</p>
      </section>
      <section class="card" aria-labelledby="diagram-title">
        <h2 id="diagram-title">Sơ đồ quy trình</h2>
        <Diagram source={p.mermaid} title={`Sơ đồ trạng thái của thủ tục ${p.code}`} />
      </section>
      <section class="card" aria-labelledby="documents-title">
        <h2 id="documents-title">Thành phần hồ sơ</h2>
        <ul class="docs">
          {p.documents.map((d) => (
            <li key={d.name}>
              <span class="break">{d.name}</span>
              <small class="muted">
                {' '}
                · {d.originals} bản chính, {d.copies} bản sao · {d.required ? 'bắt buộc' : 'nếu có'}
              </small>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}

import type { ProcedureDetail, TimeLimit } from '../api/api.types';
import { label, LEVEL, LIMIT_UNIT, ONLINE } from '../labels';
import { Fees } from './fees.component';

export const formatLimit = (t: TimeLimit): string => `${t.amount} ${label(LIMIT_UNIT, t.unit)}`;

export function ProcedureFacts({ procedure }: { procedure: ProcedureDetail }) {
  return (
    <>
      <dl class="facts">
        <div>
          <dt>Lĩnh vực</dt>
          <dd>{procedure.field}</dd>
        </div>
        <div>
          <dt>Cấp thực hiện</dt>
          <dd>{label(LEVEL, procedure.level)}</dd>
        </div>
        <div>
          <dt>Thời hạn giải quyết</dt>
          <dd>{formatLimit(procedure.deadline)}</dd>
        </div>
        <div>
          <dt>Dịch vụ công trực tuyến</dt>
          <dd>{label(ONLINE, procedure.online)}</dd>
        </div>
      </dl>
      <Fees fees={procedure.fees ?? []} payment={procedure.payment ?? 'before_result'} />
    </>
  );
}

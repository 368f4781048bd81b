import type { Fee } from '../api/api.types';
import { formatDong } from '../format';
import { label, PAYMENT_TIMING } from '../labels';

/** The procedure's fees and charges with their total, as reception tells the citizen. */
export function Fees({ fees, payment }: { fees: Fee[]; payment: string }) {
  const charged = fees.filter((f) => f.amount > 0);
  if (charged.length === 0) return <p class="fees">Không thu phí, lệ phí</p>;
  const total = charged.reduce((sum, f) => sum + f.amount, 0);
  return (
    <table class="fees">
      <caption>Phí, lệ phí ({label(PAYMENT_TIMING, payment)})</caption>
      <tbody>
        {charged.map((f) => (
          <tr key={f.name}>
            <td>{f.name}</td>
            <td class="num">{formatDong(f.amount)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Tổng cộng</th>
          <td class="num" data-testid="fees-total">
            {formatDong(total)}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

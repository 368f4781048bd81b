import type { DossierListItem } from '../api/api.types';
import { useUnitName } from '../api/units.store';
import { formatDateTime } from '../format';
import { label, STATUS } from '../labels';
import { Link } from '../router';
import { DeadlineBadges } from './badges.component';
import { heldBranch } from './branches.component';

/** Which rows are ticked, for a bulk action (by dossier code). */
export interface Selection {
  selected: Set<string>;
  onChange: (next: Set<string>) => void;
}

/**
 * Dossiers as a table; every long text wraps inside its cell, codes and instants never break. With `selection`,
 * each row has a box to tick, and the header one ticks them all.
 */
export function DossierTable({
  items,
  caption,
  empty,
  selection,
}: {
  items: DossierListItem[];
  caption: string;
  empty: string;
  selection?: Selection;
}) {
  const unitName = useUnitName();
  if (items.length === 0) return <p class="empty">{empty}</p>;
  const all = selection && items.every((d) => selection.selected.has(d.code));
  const toggle = (code: string) => {
    if (!selection) return;
    const next = new Set(selection.selected);
    if (!next.delete(code)) next.add(code);
    selection.onChange(next);
  };
  return (
    <div class="table-wrap">
      <table class={selection ? 'dossiers selectable' : 'dossiers'}>
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {selection && (
              <th scope="col" class="pick">
                <input
                  type="checkbox"
                  aria-label={`Chọn tất cả: ${caption}`}
                  checked={all}
                  onChange={() => selection.onChange(new Set(all ? [] : items.map((d) => d.code)))}
                />
              </th>
            )}
            <th scope="col">Mã hồ sơ</th>
            <th scope="col">Người nộp · Thủ tục</th>
            <th scope="col">Bước hiện tại</th>
            <th scope="col">Hạn bước</th>
            <th scope="col">Hẹn trả</th>
            <th scope="col">Tình trạng</th>
          </tr>
        </thead>
        <tbody>
          {items.map((d) => {
            // In a fork, the caller's branch step stands for the dossier's step.
            const step = heldBranch(d)?.step ?? d.step;
            return (
              <tr key={d.code} data-code={d.code}>
                {selection && (
                  <td class="pick">
                    <input
                      type="checkbox"
                      aria-label={`Chọn hồ sơ ${d.code}`}
                      checked={selection.selected.has(d.code)}
                      onChange={() => toggle(d.code)}
                    />
                  </td>
                )}
                <td class="nowrap">
                  <Link href={`/ho-so/${encodeURIComponent(d.code)}`}>{d.code}</Link>
                </td>
                <td class="wrap">
                  <strong class="clamp" title={d.applicant.fullName}>
                    {d.applicant.fullName}
                  </strong>
                  <span class="muted clamp" title={d.procedure.name}>
                    {d.procedure.code} · {d.procedure.name}
                  </span>
                </td>
                <td class="wrap">
                  {step ? (
                    <>
                      <span class="clamp" title={step.name}>
                        {step.name}
                      </span>
                      <span class="muted clamp" title={unitName(step.owner.unit)}>
                        {step.owner.unit ? unitName(step.owner.unit) : 'Giải quyết song song'}
                        {step.assigneeName ? ` · ${step.assigneeName}` : ''}
                      </span>
                    </>
                  ) : (
                    label(STATUS, d.status)
                  )}
                </td>
                <td class="nowrap">{formatDateTime(step?.dueAt)}</td>
                <td class="nowrap">{formatDateTime(d.appointmentAt)}</td>
                <td>
                  <span class="status">{label(STATUS, d.status)}</span>
                  <DeadlineBadges dossier={d} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

import { useState } from 'preact/hooks';
import type { ProcedureSummary } from '../api/api.types';
import { label, LEVEL } from '../labels';
import { choicesOf, filterProcedures } from '../procedure-picker.rules';

/** The procedure select, narrowed by words typed (no diacritics needed, or part of a code), field and level. */
export function ProcedurePicker({
  procedures,
  value,
  onPick,
  error,
}: {
  procedures: ProcedureSummary[];
  value: string;
  onPick: (code: string) => void;
  error?: string;
}) {
  const [query, setQuery] = useState('');
  const [field, setField] = useState('');
  const [level, setLevel] = useState('');
  const found = filterProcedures(procedures, { query, field, level });
  const shown =
    value && !found.some((p) => p.code === value)
      ? [...procedures.filter((p) => p.code === value), ...found]
      : found;
  const narrow = (next: ProcedureSummary[]) => {
    if (next.length === 1 && next[0].code !== value) onPick(next[0].code);
  };
  return (
    <div class="procedure-picker">
      <div class="picker-filters">
        <div class="field">
          <label for="procedure-search">Tìm thủ tục</label>
          <input
            id="procedure-search"
            type="search"
            autoComplete="off"
            placeholder="Tên hoặc mã, gõ không dấu cũng được"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              narrow(filterProcedures(procedures, { query: e.currentTarget.value, field, level }));
            }}
          />
        </div>
        <div class="field">
          <label for="procedure-field">Lĩnh vực</label>
          <select id="procedure-field" value={field} onChange={(e) => setField(e.currentTarget.value)}>
            <option value="">Tất cả lĩnh vực</option>
            {choicesOf(procedures, 'field').map((f) => (
              <option key={f} value={f}>
                {f}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="procedure-level">Cấp thực hiện</label>
          <select id="procedure-level" value={level} onChange={(e) => setLevel(e.currentTarget.value)}>
            <option value="">Tất cả các cấp</option>
            {choicesOf(procedures, 'level').map((l) => (
              <option key={l} value={l}>
                {label(LEVEL, l)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class={`field${error ? ' field-invalid' : ''}`}>
        <label for="procedure">Thủ tục *</label>
        <select
          id="procedure"
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={[error && 'procedure-error', 'procedure-count'].filter(Boolean).join(' ')}
          onChange={(e) => onPick(e.currentTarget.value)}
        >
          <option value="">— Chọn thủ tục —</option>
          {shown.map((p) => (
            <option key={p.code} value={p.code}>
              {p.code} · {p.name}
            </option>
          ))}
        </select>
        <small id="procedure-count" class="muted" aria-live="polite" data-testid="procedure-count">
          {found.length === procedures.length
            ? `${procedures.length} thủ tục`
            : `${found.length}/${procedures.length} thủ tục khớp`}
        </small>
        {error && (
          <small id="procedure-error" class="error-text">
            {error}
          </small>
        )}
      </div>
    </div>
  );
}

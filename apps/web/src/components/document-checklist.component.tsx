import type { ProcedureDocument } from '../api/api.types';

/** Documents of a procedure as checkboxes; the unticked required ones are marked invalid when `error` is set. */
export function DocumentChecklist({
  legend,
  documents,
  ticked,
  onToggle,
  error,
  prefix,
}: {
  legend: string;
  documents: ProcedureDocument[];
  ticked: Set<string>;
  onToggle: (name: string) => void;
  error?: string;
  prefix: string;
}) {
  return (
    <fieldset
      class={`checklist${error ? ' field-invalid' : ''}`}
      aria-describedby={error ? `${prefix}-error` : undefined}
    >
      <legend>{legend}</legend>
      {documents.map((d, i) => (
        <label key={d.name} class="check">
          <input
            type="checkbox"
            name={`${prefix}-${i}`}
            checked={ticked.has(d.name)}
            aria-invalid={error && d.required && !ticked.has(d.name) ? true : undefined}
            onChange={() => onToggle(d.name)}
          />
          <span class="check-text">
            {d.name}
            <small class="muted">
              {' '}
              ({d.originals} bản chính, {d.copies} bản sao){d.required ? ' · bắt buộc' : ' · nếu có'}
            </small>
          </span>
        </label>
      ))}
      {error && (
        <p id={`${prefix}-error`} class="error-text">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** A copy of `set` with `name` added or removed. */
export function toggled(set: Set<string>, name: string): Set<string> {
  const next = new Set(set);
  if (next.has(name)) next.delete(name);
  else next.add(name);
  return next;
}

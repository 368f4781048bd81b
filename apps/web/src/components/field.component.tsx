interface InputProps {
  type?: 'text' | 'tel' | 'email' | 'search';
  inputMode?: 'numeric' | 'text' | 'tel' | 'email';
  autoComplete?: string;
  maxLength?: number;
}

/** A labelled input with its error tied to it (aria-describedby), so the error is read with the field. */
export function Field({
  id,
  text,
  value,
  onValue,
  error,
  hint,
  required,
  type,
  inputMode,
  autoComplete,
  maxLength,
}: InputProps & {
  id: string;
  text: string;
  value: string;
  onValue: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {text}
        {required && <span aria-hidden="true"> *</span>}
      </label>
      <input
        // One of the text-like types; preact's typings discriminate inputs by a literal `type`.
        type={(type ?? 'text') as 'text'}
        inputMode={inputMode}
        autoComplete={autoComplete}
        maxLength={maxLength}
        id={id}
        name={id}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
      {hint && (
        <small id={`${id}-hint`} class="muted">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="error-text">
          {error}
        </small>
      )}
    </div>
  );
}

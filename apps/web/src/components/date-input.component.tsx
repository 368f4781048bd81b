import { useEffect, useState } from 'preact/hooks';
import { parseVnDate, toVnDate } from '../date-input.rules';

/**
 * A day typed as dd/mm/yyyy: native date pickers follow the browser's language (month first in an English
 * browser). `value` and `onValue` carry `yyyy-mm-dd`, '' while the text is not a real day.
 */
export function DateInput({
  id,
  value,
  onValue,
}: {
  id: string;
  value: string;
  onValue: (iso: string) => void;
}) {
  const [text, setText] = useState(toVnDate(value));
  const [touched, setTouched] = useState(false);
  useEffect(() => {
    if ((parseVnDate(text) ?? '') !== value) setText(toVnDate(value));
    // Only a change from outside (a reset) rewrites what is typed.
  }, [value]);
  const invalid = touched && text.trim() !== '' && !parseVnDate(text);
  return (
    <span class="date-input">
      <input
        id={id}
        name={id}
        type="text"
        inputMode="numeric"
        autoComplete="off"
        placeholder="dd/mm/yyyy"
        maxLength={10}
        size={10}
        value={text}
        aria-invalid={invalid ? true : undefined}
        aria-describedby={`${id}-hint`}
        onInput={(e) => {
          setText(e.currentTarget.value);
          onValue(parseVnDate(e.currentTarget.value) ?? '');
        }}
        onBlur={() => setTouched(true)}
      />
      <small id={`${id}-hint`} class={invalid ? 'error-text' : 'muted'}>
        {invalid ? 'Ngày không hợp lệ: nhập ngày/tháng/năm, ví dụ 23/11/2026.' : 'ngày/tháng/năm'}
      </small>
    </span>
  );
}

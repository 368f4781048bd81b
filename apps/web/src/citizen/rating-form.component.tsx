import { useState } from 'preact/hooks';
import { LookupError, rate, type Rating } from './citizen.api';

const QUESTIONS: Array<[keyof Omit<Rating, 'comment'>, string]> = [
  ['overall', 'Mức độ hài lòng chung'],
  ['onTime', 'Trả kết quả đúng hẹn'],
  ['staffAttitude', 'Thái độ của cán bộ'],
  ['guidance', 'Hướng dẫn hồ sơ'],
];
const SCORES = [1, 2, 3, 4, 5];
const LABEL = ['', 'Rất không hài lòng', 'Không hài lòng', 'Bình thường', 'Hài lòng', 'Rất hài lòng'];

/** The rating of a dossier whose result was returned: four questions, 1 to 5, and a comment. */
export function RatingForm({ code, lookupKey }: { code: string; lookupKey: string }) {
  const [scores, setScores] = useState<Record<string, number>>({});
  const [comment, setComment] = useState('');
  const [state, setState] = useState<'open' | 'sending' | 'done' | string>('open');
  const complete = QUESTIONS.every(([k]) => scores[k]);

  const submit = (e: Event) => {
    e.preventDefault();
    setState('sending');
    const rating = { ...scores, ...(comment.trim() ? { comment: comment.trim() } : {}) } as Rating;
    rate(code, lookupKey, rating)
      .then(() => setState('done'))
      .catch((error: unknown) =>
        setState(
          error instanceof LookupError && error.code === 'ALREADY_RATED'
            ? 'Hồ sơ này đã được đánh giá.'
            : 'Chưa gửi được đánh giá. Vui lòng thử lại.',
        ),
      );
  };

  if (state === 'done') return <p role="status">Cảm ơn ông/bà đã đánh giá.</p>;
  return (
    <form class="rating" onSubmit={submit} aria-label="Đánh giá mức độ hài lòng">
      <h3>Đánh giá mức độ hài lòng</h3>
      {QUESTIONS.map(([key, question]) => (
        <fieldset key={key}>
          <legend>{question}</legend>
          <div class="scores">
            {SCORES.map((s) => (
              <label key={s} title={LABEL[s]}>
                <input
                  type="radio"
                  name={key}
                  value={s}
                  aria-label={`${question}: ${s} - ${LABEL[s]}`}
                  checked={scores[key] === s}
                  onChange={() => setScores({ ...scores, [key]: s })}
                />
                {s}
              </label>
            ))}
          </div>
        </fieldset>
      ))}
      <label>
        Góp ý (không bắt buộc)
        <textarea maxLength={1000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} />
      </label>
      {state !== 'open' && state !== 'sending' && <p role="alert">{state}</p>}
      <button type="submit" disabled={!complete || state === 'sending'}>
        Gửi đánh giá
      </button>
    </form>
  );
}

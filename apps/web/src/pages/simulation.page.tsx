import { useState } from 'preact/hooks';
import { call, client } from '../api/api.client';
import type { SimulationBody, SimulationResult } from '../api/api.types';
import { ApiError } from '../api/api.error';
import { DateInput } from '../components/date-input.component';
import { SimulationResultView } from '../components/simulation-result.component';
import { vnDay } from '../format';
import { pairsOf } from '../simulation-form.rules';
import { messageOf, useAsync } from '../use-async.hook';
import { ImprovementTabs } from '../components/improvement-tabs.component';

/** Replays a past period through a draft revision of a procedure, beside what happened (docs/improvement.md). */
export function SimulationPage() {
  const year = vnDay(new Date()).slice(0, 4);
  const procedures = useAsync(() => call(client.GET('/api/v1/procedures')), []);
  const [code, setCode] = useState('');
  const [draft, setDraft] = useState('');
  const [from, setFrom] = useState(`${year}-01-01`);
  const [to, setTo] = useState(vnDay(new Date()));
  const [seed, setSeed] = useState('42');
  const [staff, setStaff] = useState('');
  const [assume, setAssume] = useState('');
  const [result, setResult] = useState<SimulationResult>();
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const loadCurrent = async () => {
    setErrors([]);
    try {
      const file = await call(
        client.GET('/api/v1/improvement/simulations/drafts/{code}', { params: { path: { code } } }),
      );
      setDraft(file.text);
    } catch (err) {
      setErrors([messageOf(err)]);
    }
  };
  const upload = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) setDraft(await file.text());
  };
  const run = async (e: Event) => {
    e.preventDefault();
    const s = pairsOf(staff);
    const a = pairsOf(assume);
    const problems = [
      ...(draft.trim() ? [] : ['Dán hoặc tải lên tệp quy trình dự thảo (YAML).']),
      ...(from && to && from <= to
        ? []
        : ['Chọn khoảng thời gian hợp lệ: ngày bắt đầu không sau ngày kết thúc.']),
      ...(/^\d+$/.test(seed) ? [] : ['Hạt giống là một số nguyên không âm.']),
      ...s.bad.map((n) => `Số cán bộ, dòng ${n}: viết dạng đơn-vị=số, ví dụ tu-phap-xa=3.`),
      ...a.bad.map((n) => `Thời gian giả định, dòng ${n}: viết dạng bước=số phút, ví dụ appraise=90.`),
    ];
    setErrors(problems);
    if (problems.length) return;
    const body: SimulationBody = {
      draft,
      from,
      to,
      seed: Number(seed),
      staff: s.pairs.map(([unit, officers]) => ({ unit, officers })),
      assume: a.pairs.map(([step, minutes]) => ({ step, minutes })),
    };
    setBusy(true);
    setResult(undefined);
    try {
      setResult(await call(client.POST('/api/v1/improvement/simulations', { body })));
    } catch (err) {
      const lines = err instanceof ApiError ? (err.details?.errors as string[] | undefined) : undefined;
      setErrors([messageOf(err), ...(lines ?? [])]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section>
      <h1>Mô phỏng quy trình</h1>
      <ImprovementTabs />
      <p class="muted">
        Chạy lại các hồ sơ của một kỳ đã qua theo quy trình dự thảo, với thời gian từng bước lấy từ thực tế,
        để thấy tỷ lệ đúng hạn, hồ sơ tồn và tải của từng bước trước khi ban hành.
      </p>
      <form class="card" onSubmit={run} noValidate>
        <div class="filters">
          <div class="field">
            <label for="procedure">Thủ tục</label>
            <select id="procedure" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
              <option value="">— Chọn thủ tục —</option>
              {(procedures.data ?? []).map((p) => (
                <option key={p.code} value={p.code}>
                  {p.code} {p.name}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="btn" disabled={!code} onClick={loadCurrent}>
            Lấy quy trình hiện hành làm bản nháp
          </button>
          <div class="field">
            <label for="upload">Hoặc tải lên tệp dự thảo</label>
            <input id="upload" type="file" accept=".yaml,.yml,text/yaml" onChange={upload} />
          </div>
        </div>
        <div class="field">
          <label for="draft">Tệp quy trình dự thảo (YAML)</label>
          <textarea
            id="draft"
            rows={14}

            value={draft}
            onInput={(e) => setDraft(e.currentTarget.value)}
          />
        </div>
        <div class="filters">
          <div class="field">
            <label for="from">Từ ngày</label>
            <DateInput id="from" value={from} onValue={setFrom} />
          </div>
          <div class="field">
            <label for="to">Đến ngày</label>
            <DateInput id="to" value={to} onValue={setTo} />
          </div>
          <div class="field">
            <label for="seed">Hạt giống</label>
            <input
              id="seed"
              inputMode="numeric"
              value={seed}
              onInput={(e) => setSeed(e.currentTarget.value)}
            />
          </div>
        </div>
        <div class="filters">
          <div class="field">
            <label for="staff">Số cán bộ theo dự thảo (mỗi dòng: đơn-vị=số)</label>
            <textarea id="staff" rows={3} value={staff} onInput={(e) => setStaff(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="assume">Thời gian giả định (mỗi dòng: bước=số phút làm việc)</label>
            <textarea id="assume" rows={3} value={assume} onInput={(e) => setAssume(e.currentTarget.value)} />
          </div>
        </div>
        <button type="submit" class="btn btn-primary" disabled={busy}>
          {busy ? 'Đang mô phỏng…' : 'Mô phỏng'}
        </button>
      </form>
      {errors.length > 0 && (
        <div class="alert alert-error" role="alert">
          {errors.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      )}
      {result && <SimulationResultView result={result} />}
    </section>
  );
}

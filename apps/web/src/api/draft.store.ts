import { type Draft, draftFields, type DraftField, keptDraft, parseDraft } from './draft.rules';

const KEY = 'motcua.draft';
const FIELDS = '#main input, #main textarea, #main select';

type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

/** Keeps what `username` was typing on the current page (in this tab only), before the session is dropped. */
export function saveDraft(username: string): void {
  const elements = [...document.querySelectorAll<Field>(FIELDS)];
  const fields = draftFields(
    elements.map((el) => ({
      id: el.id,
      name: el.name,
      type: el instanceof HTMLInputElement ? el.type : el.tagName.toLowerCase(),
      value: el.value,
      checked: el instanceof HTMLInputElement ? el.checked : undefined,
    })),
  );
  const draft: Draft = { username, path: `${location.pathname}${location.search}`, fields };
  sessionStorage.setItem(KEY, JSON.stringify(keptDraft(pendingDraft(), draft)));
}

/** The kept draft, left in storage: the login screen says that it waits and for whom. */
export const pendingDraft = (): Draft | null => parseDraft(sessionStorage.getItem(KEY));

/** The kept draft, removed from storage: it is put back once at most. */
export function takeDraft(): Draft | null {
  const draft = parseDraft(sessionStorage.getItem(KEY));
  sessionStorage.removeItem(KEY);
  return draft;
}

function find(field: DraftField): Field | null {
  const [key, radioValue] = field.key.split('=');
  const selector = radioValue
    ? `[name="${CSS.escape(key)}"][value="${CSS.escape(radioValue)}"]`
    : `#${CSS.escape(key)}, [name="${CSS.escape(key)}"]`;
  return document.querySelector<Field>(`#main :is(${selector})`);
}

// Sets the value the way typing does, so that the page's own state follows.
function put(el: Field, field: DraftField): void {
  if (el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio')) {
    if (el.checked !== (field.checked ?? false)) el.click();
    return;
  }
  const proto = Object.getPrototypeOf(el) as object;
  Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, field.value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * Puts the draft's fields back as the page renders them (a page loads its data first, and a choice may reveal
 * more fields): tries for a few seconds. Resolves with the number of fields put back.
 */
export async function restoreDraft(draft: Draft): Promise<number> {
  const pending = [...draft.fields];
  let restored = 0;
  for (let round = 0; round < 40 && pending.length > 0; round++) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    for (const field of [...pending]) {
      const el = find(field);
      if (!el || el.disabled) continue;
      put(el, field);
      pending.splice(pending.indexOf(field), 1);
      restored++;
      // One at a time: a choice may change which fields come next.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
  return restored;
}

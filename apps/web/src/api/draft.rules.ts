/** One field of a form as typed: its key (id, else name), its value, and whether it is a checked box. */
export interface DraftField {
  key: string;
  value: string;
  checked?: boolean;
}

export interface Draft {
  /** Whose draft: it is put back only for the same user. */
  username: string;
  path: string;
  fields: DraftField[];
}

export interface FieldLike {
  id: string;
  name: string;
  type: string;
  value: string;
  checked?: boolean;
}

// Never kept: passwords, and what cannot be put back (files) or is not the user's (hidden, buttons).
const SKIPPED = new Set(['password', 'file', 'hidden', 'submit', 'button', 'reset', 'image']);

/** What of a page's fields is worth keeping: named, typed by the user, and not a secret. */
export function draftFields(fields: readonly FieldLike[]): DraftField[] {
  const kept: DraftField[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const key = field.id || field.name;
    if (!key || SKIPPED.has(field.type) || seen.has(key)) continue;
    if (field.type === 'checkbox' || field.type === 'radio') {
      if (field.checked)
        kept.push({
          key: field.type === 'radio' ? `${key}=${field.value}` : key,
          value: field.value,
          checked: true,
        });
      continue;
    }
    if (field.value.trim() === '') continue;
    seen.add(key);
    kept.push({ key, value: field.value });
  }
  return kept;
}

/** The draft read back from storage, or null when there is none or it is not one. */
export function parseDraft(text: string | null): Draft | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<Draft>;
    if (typeof value.path !== 'string' || typeof value.username !== 'string' || !Array.isArray(value.fields))
      return null;
    const fields = value.fields.filter(
      (f): f is DraftField => typeof f?.key === 'string' && typeof f?.value === 'string',
    );
    return { username: value.username, path: value.path, fields };
  } catch {
    return null;
  }
}

/**
 * The draft to keep when the session ends again before an earlier draft was put back (a page reloaded on an ended
 * session asks the api and is refused with its fields still empty): an empty draft never replaces the same user's
 * draft that holds what they typed.
 */
export function keptDraft(earlier: Draft | null, next: Draft): Draft {
  if (next.fields.length === 0 && earlier?.username === next.username && earlier.fields.length > 0)
    return earlier;
  return next;
}

/**
 * Query parameters whose values a log line may keep: filters and paging that name no person and open nothing.
 * Every other value is replaced: search terms (`q` finds dossiers by name, phone or id number), the public lookup
 * key, and whatever a future parameter carries until it is added here on purpose.
 */
const KEPT = new Set([
  'status',
  'flag',
  'procedure',
  'unit',
  'receivedFrom',
  'receivedTo',
  'from',
  'to',
  'limit',
  'cursor',
  'format',
  'period',
  'groupBy',
  'year',
  'month',
]);

export const REDACTED = '[redacted]';

/** The URL as a log line may show it: the path, and the values of the query parameters in KEPT only. */
export function redactUrl(url: string | undefined): string {
  if (!url) return '';
  const at = url.indexOf('?');
  if (at < 0) return url;
  const pairs = url
    .slice(at + 1)
    .split('&')
    .filter(Boolean)
    .map((pair) => {
      const [name] = pair.split('=', 1);
      let decoded = name;
      try {
        decoded = decodeURIComponent(name.replace(/\+/g, ' '));
      } catch {
        // An undecodable name is shown as sent, its value hidden.
      }
      return KEPT.has(decoded) ? pair : `${name}=${REDACTED}`;
    });
  return `${url.slice(0, at)}?${pairs.join('&')}`;
}

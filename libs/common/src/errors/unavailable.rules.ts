// Socket failures: the server is down, restarting or unreachable.
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

// PostgreSQL: class 08 (connection exception), 57P01-57P03 (shutdown, crash, starting up), 53300 (no slot left).
const POSTGRES_CODE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

// Errors that carry no code: pg's lost connections, pg-pool's connect timeout, TypeORM and ioredis without a link.
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /Client was closed and is not queryable/i,
  /Connection is closed/i,
  /Stream isn't writeable/i,
  /Command timed out/i,
];
const NAMES = new Set([
  'ConnectionIsNotSetError',
  'CannotExecuteNotConnectedError',
  'MaxRetriesPerRequestError',
]);

/**
 * True when `error` says PostgreSQL or Redis could not be reached or dropped the connection: the request did not
 * fail for what it asked, and may be sent again once the server is back. Looks through TypeORM's `driverError` and
 * an error's `cause`.
 */
export function isServiceUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 3) return false;
  const { code, name, message, driverError, cause } = error as Record<string, unknown>;
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || POSTGRES_CODE.test(code))) return true;
  if (typeof name === 'string' && NAMES.has(name)) return true;
  if (typeof message === 'string' && MESSAGES.some((m) => m.test(message))) return true;
  return isServiceUnavailable(driverError, depth + 1) || isServiceUnavailable(cause, depth + 1);
}

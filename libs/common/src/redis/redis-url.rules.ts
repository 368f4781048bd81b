/** A host and port of a Redis server or Sentinel. */
export interface RedisNode {
  host: string;
  port: number;
}

interface RedisAuth {
  username?: string;
  password?: string;
  tls: boolean;
}

/** What REDIS_URL names: one server, a Sentinel set watching a master, or the seed nodes of a Redis Cluster. */
export type RedisTarget =
  | ({ kind: 'server'; node: RedisNode; db: number } & RedisAuth)
  | ({ kind: 'sentinel'; sentinels: RedisNode[]; masterName: string; db: number } & RedisAuth)
  | ({ kind: 'cluster'; nodes: RedisNode[] } & RedisAuth);

export const REDIS_URL_FORMS =
  'redis://host:port/db (one server), redis+sentinel://host:port,host:port/master-name[/db], ' +
  'redis+cluster://host:port,host:port,... (rediss… for TLS)';

export class RedisUrlError extends Error {}

const SCHEMES: Record<string, { kind: RedisTarget['kind']; tls: boolean }> = {
  redis: { kind: 'server', tls: false },
  rediss: { kind: 'server', tls: true },
  'redis+sentinel': { kind: 'sentinel', tls: false },
  'rediss+sentinel': { kind: 'sentinel', tls: true },
  'redis+cluster': { kind: 'cluster', tls: false },
  'rediss+cluster': { kind: 'cluster', tls: true },
};
const DEFAULT_PORT = { server: 6379, sentinel: 26379, cluster: 6379 } as const;
const NODE = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/;
const MASTER_NAME = /^[A-Za-z0-9._-]+$/;

/**
 * REDIS_URL read into a target, or a RedisUrlError saying what is wrong. Pure.
 * `scheme://[user[:password]@]host[:port][,host[:port]…][/path]`; the path is the database (`/2`) of one server,
 * the master's name and an optional database (`/mymaster/2`) of a Sentinel set, nothing or `/0` of a cluster,
 * which has only database 0. Credentials are those of the Redis servers (Sentinels are asked without them).
 */
export function parseRedisUrl(url: string): RedisTarget {
  const match = /^([a-z+]+):\/\/(?:([^@/]*)@)?([^/?#]*)(\/[^?#]*)?$/.exec(url);
  const scheme = match ? SCHEMES[match[1]] : undefined;
  if (!match || !scheme)
    throw new RedisUrlError(`must be a URL starting with redis:// or rediss:// (forms: ${REDIS_URL_FORMS})`);
  const [, , userinfo, hostList, rawPath = ''] = match;
  const auth = credentials(userinfo, scheme.tls);
  const nodes = hostList.split(',').map((text) => node(text, DEFAULT_PORT[scheme.kind]));
  const path = rawPath.split('/').filter((part) => part !== '');
  if (scheme.kind === 'server') {
    if (nodes.length !== 1)
      throw new RedisUrlError(
        'names one server only; several hosts need redis+sentinel:// or redis+cluster://',
      );
    if (path.length > 1) throw new RedisUrlError(`the path is the database number, e.g. /2 (got ${rawPath})`);
    return { kind: 'server', node: nodes[0], db: database(path[0]), ...auth };
  }
  if (scheme.kind === 'sentinel') {
    const [masterName, db, ...rest] = path;
    if (!masterName || rest.length > 0 || !MASTER_NAME.test(masterName)) {
      throw new RedisUrlError(
        `a Sentinel URL ends with the master's name and an optional database, e.g. /mymaster/0 (got ${rawPath || 'nothing'})`,
      );
    }
    return { kind: 'sentinel', sentinels: nodes, masterName, db: database(db), ...auth };
  }
  if (path.length > 1 || database(path[0]) !== 0) {
    throw new RedisUrlError(`a Redis Cluster has only database 0 (got ${rawPath})`);
  }
  return { kind: 'cluster', nodes, ...auth };
}

/** The problem with REDIS_URL, for the start-up validation; null when it is good. */
export function redisUrlProblem(url: unknown): string | null {
  if (typeof url !== 'string')
    return `must be a URL starting with redis:// or rediss:// (forms: ${REDIS_URL_FORMS})`;
  try {
    parseRedisUrl(url);
    return null;
  } catch (error) {
    if (error instanceof RedisUrlError) return error.message;
    throw error;
  }
}

/** `scheme://host:port,…` for logs and errors: the target without its credentials. */
export function describeRedisTarget(target: RedisTarget): string {
  const hosts = (nodes: RedisNode[]) =>
    nodes.map((n) => `${n.host.includes(':') ? `[${n.host}]` : n.host}:${n.port}`).join(',');
  const s = target.tls ? 's' : '';
  if (target.kind === 'server') return `redis${s}://${hosts([target.node])}/${target.db}`;
  if (target.kind === 'sentinel')
    return `redis${s}+sentinel://${hosts(target.sentinels)}/${target.masterName}/${target.db}`;
  return `redis${s}+cluster://${hosts(target.nodes)}`;
}

function node(text: string, defaultPort: number): RedisNode {
  const match = NODE.exec(text);
  const port = match?.[3] === undefined ? defaultPort : Number(match[3]);
  if (!match || port < 1 || port > 65535) {
    throw new RedisUrlError(`"${text}" is not a host[:port] (ports 1-65535)`);
  }
  return { host: match[1] ?? match[2], port };
}

function database(text: string | undefined): number {
  if (text === undefined) return 0;
  if (!/^\d{1,2}$/.test(text)) throw new RedisUrlError(`the database must be a number 0-99 (got ${text})`);
  return Number(text);
}

function credentials(userinfo: string | undefined, tls: boolean): RedisAuth {
  if (!userinfo) return { tls };
  const colon = userinfo.indexOf(':');
  const decode = (text: string) => {
    try {
      return decodeURIComponent(text);
    } catch {
      throw new RedisUrlError('the user name or password is not correctly percent-encoded');
    }
  };
  const username = decode(colon < 0 ? userinfo : userinfo.slice(0, colon));
  const password = colon < 0 ? '' : decode(userinfo.slice(colon + 1));
  return { tls, ...(username ? { username } : {}), ...(password ? { password } : {}) };
}

/**
 * Where the reports read, decided from what the replica says of itself. Pure: the service probes, this decides.
 */

/**
 * The replica's own account: whether it is a standby, and how far its data stands behind now: 0 when it streams
 * from the primary and has replayed all it received; else since the commit of the last transaction it replayed
 * (a standby cut off from its primary has replayed all it received, yet knows nothing newer); null when it cannot
 * tell (nothing replayed since it started). The WAL receiver's row is visible to any role; its status only to
 * pg_read_all_stats, and is then taken as streaming.
 */
export const REPLICA_PROBE_SQL = `SELECT pg_is_in_recovery() AS standby,
       CASE WHEN NOT pg_is_in_recovery() THEN 0
            WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn()
             AND EXISTS (SELECT 1 FROM pg_stat_wal_receiver WHERE coalesce(status, 'streaming') = 'streaming') THEN 0
            ELSE greatest(0, extract(epoch FROM now() - pg_last_xact_replay_timestamp()) * 1000)
       END AS lag_ms`;

export interface ReplicaProbe {
  standby: boolean;
  /** Milliseconds behind the primary's last replayed commit; null when unknown. */
  lagMs: number | null;
}

/** Why a read went to the primary although a replica is configured. */
export type ReplicaFallback = 'replica_lagging' | 'replica_unavailable';

export interface ReadSource {
  server: 'primary' | 'replica';
  /** How far the data read stands behind now: 0 on the primary. */
  lagMs: number;
  /** Set when a replica is configured but was not read; null otherwise. */
  fallback: ReplicaFallback | null;
  /** The replica's lag when it was passed over for lagging too far. */
  replicaLagMs: number | null;
}

export const PRIMARY: ReadSource = { server: 'primary', lagMs: 0, fallback: null, replicaLagMs: null };

/**
 * The replica when it answered and lags at most `maxLagMs`; else the primary, saying why. `probe` is null when the
 * replica did not answer. A lag it cannot tell counts as too far: the figures' instant would be unknown.
 */
export function chooseReadSource(probe: ReplicaProbe | null, maxLagMs: number): ReadSource {
  if (!probe) return { ...PRIMARY, fallback: 'replica_unavailable' };
  if (probe.lagMs === null || probe.lagMs > maxLagMs)
    return { ...PRIMARY, fallback: 'replica_lagging', replicaLagMs: probe.lagMs };
  return { server: 'replica', lagMs: probe.lagMs, fallback: null, replicaLagMs: null };
}

/** A lag as people say it, to the second: `42 giây`, `2 phút 5 giây`, `1 giờ 3 phút`. */
export function lagText(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} giây`;
  if (s < 3600)
    return [`${Math.floor(s / 60)} phút`, s % 60 ? `${s % 60} giây` : ''].filter(Boolean).join(' ');
  const m = Math.floor((s % 3600) / 60);
  return [`${Math.floor(s / 3600)} giờ`, m ? `${m} phút` : ''].filter(Boolean).join(' ');
}

/** Whether the data read stands visibly (a second or more) behind now. */
export const lags = (source: Pick<ReadSource, 'lagMs'>): boolean => Math.round(source.lagMs / 1000) >= 1;

/** What a reader of the figures is told about where they were read, in Vietnamese; null when there is nothing to say. */
export function readSourceNote(source: ReadSource, maxLagMs: number): string | null {
  if (source.fallback === 'replica_unavailable')
    return 'Bản sao cơ sở dữ liệu không trả lời: số liệu đọc từ máy chủ chính.';
  if (source.fallback === 'replica_lagging')
    return source.replicaLagMs === null
      ? 'Bản sao cơ sở dữ liệu không cho biết độ trễ: số liệu đọc từ máy chủ chính.'
      : `Bản sao cơ sở dữ liệu chậm ${lagText(source.replicaLagMs)}, quá ${lagText(maxLagMs)} cho phép: số liệu đọc từ máy chủ chính.`;
  if (source.server === 'replica' && lags(source))
    return `Số liệu đọc từ bản sao cơ sở dữ liệu, chậm ${lagText(source.lagMs)} so với máy chủ chính.`;
  return null;
}

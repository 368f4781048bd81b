/**
 * Notifications whose dedupe key is new, in one statement: the key goes into the unpartitioned `notification_once`
 * first (ON CONFLICT DO NOTHING), and only the drafts whose key it took are inserted into the partitioned
 * `notification`, whatever month an earlier one with the key is in. $1: a JSON array of drafts with their ids.
 */
export const INSERT_NEW_NOTIFICATIONS_SQL = `
  WITH draft AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb) AS d(
      id uuid, user_id uuid, dossier_id uuid, dossier_code varchar, kind varchar, flag varchar, level smallint,
      title text, body text, created_at timestamptz, dedupe_key varchar)
  ), fresh AS (
    INSERT INTO notification_once (dedupe_key, notification_id, created_at)
    SELECT dedupe_key, id, created_at FROM draft
    ON CONFLICT DO NOTHING
    RETURNING notification_id
  )
  INSERT INTO notification (id, user_id, dossier_id, dossier_code, kind, flag, level, title, body, created_at, dedupe_key)
  SELECT d.id, d.user_id, d.dossier_id, d.dossier_code, d.kind, d.flag, d.level, d.title, d.body, d.created_at,
         d.dedupe_key
    FROM draft d JOIN fresh f ON f.notification_id = d.id
  RETURNING id`;

/**
 * A delivery per (notification, channel) once, the same way: the pair into `notification_delivery_once`, the row
 * into the partitioned `notification_delivery` only when the pair was new. $1 notification ids, $2 channels
 * (paired by position), $3 the instant.
 */
export const INSERT_NEW_DELIVERIES_SQL = `
  WITH fresh AS (
    INSERT INTO notification_delivery_once (notification_id, channel)
    SELECT notification_id, channel FROM unnest($1::uuid[], $2::varchar[]) AS k(notification_id, channel)
    ON CONFLICT DO NOTHING
    RETURNING notification_id, channel
  )
  INSERT INTO notification_delivery (notification_id, channel, created_at)
  SELECT notification_id, channel, $3::timestamptz FROM fresh`;

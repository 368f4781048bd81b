import { inScope } from './report-scope.rules';

/**
 * Apology-and-extension letters issued in [$1, $2), and those issued late, for the units $3. The bounds on
 * `occurred_at`, the partition key of dossier_event, let PostgreSQL read only the period's monthly partitions.
 */
export const APOLOGIES_SQL = `
  SELECT count(*) AS issued,
         count(*) FILTER (WHERE e.payload->>'apology' IN ('late', 'after_deadline')) AS late
    FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
   WHERE e.action = 'extend' AND e.occurred_at >= $1 AND e.occurred_at < $2 AND ${inScope(3)}`;

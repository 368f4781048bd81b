import { COUNT_COLUMNS, DONE_IN_PERIOD, HANDLING_COUNTS, HANDLING_SOURCE, sumsOf } from '@motcua/report';

/**
 * The pack's procedure table in one pass over form 06's rows (HANDLING_SOURCE, HANDLING_COUNTS, with its parameters
 * $1–$4), kept to the revisions `$5` (procedure_version ids) of the agency's procedures: per revision, form 06's
 * counts and, over its dossiers done in the period with a working time written at the finish, their number, the
 * median and p90 of that time, and how many exceeded the revision's limit in working milliseconds (`$6`, aligned
 * with `$5`; null for a limit in calendar days or months).
 */
export const PACK_SQL = `
  WITH v AS (
    SELECT d.procedure_version_id AS version, ${HANDLING_COUNTS},
           count(*) FILTER (WHERE ${DONE_IN_PERIOD} AND d.working_ms IS NOT NULL) AS timed,
           percentile_disc(0.5) WITHIN GROUP (ORDER BY d.working_ms) FILTER (WHERE ${DONE_IN_PERIOD}) AS median_ms,
           percentile_disc(0.9) WITHIN GROUP (ORDER BY d.working_ms) FILTER (WHERE ${DONE_IN_PERIOD}) AS p90_ms,
           count(*) FILTER (WHERE ${DONE_IN_PERIOD}
                              AND d.working_ms > ($6::bigint[])[array_position($5::uuid[], d.procedure_version_id)])
             AS over_limit
      ${HANDLING_SOURCE}
       AND d.procedure_version_id = ANY($5::uuid[])
     GROUP BY 1)
  SELECT pv.code, pv.declared_version AS version, pv.name, ${sumsOf([...COUNT_COLUMNS, 'timed'])},
         v.median_ms, v.p90_ms,
         CASE WHEN ($6::bigint[])[array_position($5::uuid[], pv.id)] IS NOT NULL THEN sum(v.over_limit)::bigint END
           AS over_limit
    FROM v JOIN procedure_version pv ON pv.id = v.version
   GROUP BY pv.id, pv.code, pv.declared_version, pv.name, v.median_ms, v.p90_ms
   ORDER BY pv.code, pv.declared_version`;

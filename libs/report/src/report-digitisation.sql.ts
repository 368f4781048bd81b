import { inScope } from './report-scope.rules';

/**
 * Dossiers received in the period (clock started, as form 06 counts them received) and those of them whose every
 * component handed in has a file reception checked before the period's end: $1 start, $2 end, $3 the reader's units.
 */
export const DIGITISATION_SQL = `
  SELECT count(*) AS received,
         count(*) FILTER (
           WHERE jsonb_array_length(d.documents) > 0
             AND NOT EXISTS (
               SELECT 1 FROM jsonb_array_elements(d.documents) c
                WHERE NOT EXISTS (
                  SELECT 1 FROM dossier_document f
                   WHERE f.dossier_id = d.id AND f.name = c->>'name' AND f.checked_at < $2))) AS digitised
    FROM dossier d
   WHERE d.clock_started_at IS NOT NULL AND d.received_at >= $1 AND d.received_at < $2 AND ${inScope(3)}`;

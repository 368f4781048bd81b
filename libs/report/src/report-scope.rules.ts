/**
 * SQL condition keeping the dossiers of a reader's scope: those that reached one of `$n`'s units (a supervisor's
 * center), or all when `$n` is null (an admin). Served by dossier_reached_idx.
 */
export const inScope = (n: number, alias = 'd'): string =>
  `($${n}::text[] IS NULL OR ${alias}.reached_units && $${n}::text[])`;

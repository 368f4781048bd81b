// Listed explicitly (not globbed) so the same list works from sources, from dist and in tests. Append only.
import { ProcedureVersions1763740800000 } from './1763740800000-ProcedureVersions';

export const MIGRATIONS = [ProcedureVersions1763740800000];

// Listed explicitly (not globbed) so the same list works from sources, from dist and in tests. Append only.
import { ProcedureVersions1763740800000 } from './1763740800000-ProcedureVersions';
import { Users1763740900000 } from './1763740900000-Users';
import { Dossiers1763741000000 } from './1763741000000-Dossiers';
import { Deadlines1763741100000 } from './1763741100000-Deadlines';
import { Notifications1763741200000 } from './1763741200000-Notifications';

export const MIGRATIONS = [
  ProcedureVersions1763740800000,
  Users1763740900000,
  Dossiers1763741000000,
  Deadlines1763741100000,
  Notifications1763741200000,
];

import { Inject, Injectable } from '@nestjs/common';
import { compileProcedure, type CompiledProcedure, type ProcedureDefinition } from '@motcua/engine';
import type { Lang } from '@motcua/source';
import { type Catalog, effectiveAt } from './catalog.types';
import { CATALOG } from './catalog.config';
import { ProcedureVersionEntity } from './procedure-version.entity';
import { ProcedureVersionRepository } from './procedure-version.repository';

export interface ProcedureRevision {
  id: string;
  code: string;
  revision: number;
  definition: ProcedureDefinition;
  compiled: CompiledProcedure;
}

/**
 * Compiled procedures by revision id. New dossiers take, of the versions the files hold now, the highest in effect
 * at their instant (a version with `effectiveFrom` waits for it); a running dossier keeps the revision it started
 * on, compiled from the definition stored with it even after its file changed.
 */
@Injectable()
export class ProcedureRevisionsService {
  private readonly byId = new Map<string, ProcedureRevision>();
  /** The revisions loaded from the files, per code, highest declared version first. */
  private readonly loadedByCode = new Map<string, ProcedureRevision[]>();

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly versions: ProcedureVersionRepository,
  ) {}

  /** Records the loaded files as revisions (called once at start-up); refusals are in `lang`. */
  async sync(now: Date, lang?: Lang): Promise<void> {
    const rows = await this.versions.sync(this.catalog.procedures, now, lang);
    rows.forEach((row, i) => {
      const { definition, compiled } = this.catalog.procedures[i];
      const revision = this.remember(row, definition, compiled);
      const loaded = [...(this.loadedByCode.get(row.code) ?? []), revision];
      this.loadedByCode.set(
        row.code,
        loaded.sort((a, b) => b.definition.version - a.definition.version),
      );
    });
  }

  /** The revision a new dossier of `code` starts on at `now`: the highest version in effect then. */
  current(code: string, now: Date): ProcedureRevision | undefined {
    return this.loadedByCode.get(code)?.find((r) => effectiveAt(r.definition) <= now.getTime());
  }

  /** The versions loaded ahead of their date, that new dossiers will take once in effect (earliest first). */
  pending(code: string, now: Date): ProcedureRevision[] {
    return (this.loadedByCode.get(code) ?? [])
      .filter((r) => effectiveAt(r.definition) > now.getTime())
      .sort((a, b) => effectiveAt(a.definition) - effectiveAt(b.definition));
  }

  /** For each code, the revision in effect at `now` (a code whose every version is pending has none). */
  currentAll(now: Date): ProcedureRevision[] {
    return [...this.loadedByCode.keys()]
      .map((code) => this.current(code, now))
      .filter((r): r is ProcedureRevision => r !== undefined);
  }

  /** Codes loaded from the files, whether or not a version is in effect yet. */
  codes(): string[] {
    return [...this.loadedByCode.keys()];
  }

  async get(id: string): Promise<ProcedureRevision> {
    const known = this.byId.get(id);
    if (known) return known;
    const row = await this.versions.findById(id);
    if (!row) throw new Error(`procedure revision ${id} does not exist`);
    const definition = row.definition as ProcedureDefinition;
    return this.remember(row, definition, compileProcedure(definition, this.catalog.registry));
  }

  private remember(
    row: ProcedureVersionEntity,
    definition: ProcedureDefinition,
    compiled: CompiledProcedure,
  ) {
    const revision = { id: row.id, code: row.code, revision: row.revision, definition, compiled };
    this.byId.set(row.id, revision);
    return revision;
  }
}

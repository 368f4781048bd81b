import { Inject, Injectable } from '@nestjs/common';
import { compileProcedure, type CompiledProcedure, type ProcedureDefinition } from '@motcua/engine';
import type { Catalog } from './catalog';
import { CATALOG } from './catalog.tokens';
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
 * Compiled procedures by revision id. New dossiers take the revision the files hold now; a running dossier
 * keeps the revision it started on, compiled from the definition stored with it even after its file changed.
 */
@Injectable()
export class ProcedureRevisions {
  private readonly byId = new Map<string, ProcedureRevision>();
  private readonly currentByCode = new Map<string, string>();

  constructor(
    @Inject(CATALOG) private readonly catalog: Catalog,
    private readonly versions: ProcedureVersionRepository,
  ) {}

  /** Records the loaded files as revisions (called once at start-up). */
  async sync(now: Date): Promise<void> {
    const rows = await this.versions.sync(this.catalog.procedures, now);
    rows.forEach((row, i) => {
      const { definition, compiled } = this.catalog.procedures[i];
      this.remember(row, definition, compiled);
      // Several files may declare versions of one code; the highest declared version is the current one.
      const current = this.currentByCode.get(row.code);
      const currentDef = current ? this.byId.get(current)?.definition : undefined;
      if (!currentDef || definition.version >= currentDef.version) this.currentByCode.set(row.code, row.id);
    });
  }

  current(code: string): ProcedureRevision | undefined {
    const id = this.currentByCode.get(code);
    return id ? this.byId.get(id) : undefined;
  }

  currentAll(): ProcedureRevision[] {
    return [...this.currentByCode.values()].map((id) => this.byId.get(id)!);
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

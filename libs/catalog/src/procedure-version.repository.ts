import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type Lang, messagesFor } from '@motcua/source';
import type { CatalogProcedure } from './catalog.types';
import { ProcedureContentChangedError } from './catalog.exception';
import { definitionHashOf } from './procedure-definition.rules';
import { ProcedureVersionEntity } from './procedure-version.entity';

const SYNC_LOCK = 1_001_193;

@Injectable()
export class ProcedureVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records each loaded file's content as a revision of its code: unchanged content keeps its revision,
   * changed content gets the next one. A file that says something else under a (code, version) already recorded
   * is refused, all of them at once, and nothing is recorded. Serialized by an advisory lock, since api and worker
   * both call it.
   */
  async sync(procedures: CatalogProcedure[], now: Date, lang?: Lang): Promise<ProcedureVersionEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SYNC_LOCK]);
      const changed = await this.changedVersions(manager, procedures, lang);
      if (changed.length > 0) throw new ProcedureContentChangedError(changed);
      const current: ProcedureVersionEntity[] = [];
      for (const procedure of procedures) current.push(await this.record(manager, procedure, now));
      return current;
    });
  }

  private async changedVersions(
    manager: EntityManager,
    procedures: CatalogProcedure[],
    lang?: Lang,
  ): Promise<string[]> {
    const m = messagesFor(lang);
    const repo = manager.getRepository(ProcedureVersionEntity);
    const changed: string[] = [];
    for (const { definition, source } of procedures) {
      const hash = definitionHashOf(definition);
      const recorded = await repo.findBy({ code: definition.code, declaredVersion: definition.version });
      if (recorded.some((r) => r.definitionHash !== null && r.definitionHash !== hash)) {
        const line = source.text.split('\n').findIndex((l) => /^version\s*:/.test(l)) + 1;
        changed.push(`${source.file}:${line || 1}: ${m.changedContent(definition.code, definition.version)}`);
      }
    }
    return changed;
  }

  private async record(
    manager: EntityManager,
    { definition, source }: CatalogProcedure,
    now: Date,
  ): Promise<ProcedureVersionEntity> {
    const repo = manager.getRepository(ProcedureVersionEntity);
    const contentHash = createHash('sha256').update(source.text).digest('hex');
    const definitionHash = definitionHashOf(definition);
    const known = await repo.findOneBy({ code: definition.code, contentHash });
    if (known) {
      // Rows recorded before the definition's hash was kept get it when their file comes back unchanged.
      if (known.definitionHash === null && known.declaredVersion === definition.version) {
        await repo.update({ id: known.id }, { definitionHash });
        known.definitionHash = definitionHash;
      }
      return known;
    }
    const latest = await repo.findOne({ where: { code: definition.code }, order: { revision: 'DESC' } });
    return repo.save(
      repo.create({
        code: definition.code,
        revision: (latest?.revision ?? 0) + 1,
        declaredVersion: definition.version,
        contentHash,
        definitionHash,
        effectiveFrom: definition.effectiveFrom ? new Date(definition.effectiveFrom) : null,
        name: definition.name,
        field: definition.field,
        level: definition.level,
        file: source.file,
        definition,
        loadedAt: now,
      }),
    );
  }

  findById(id: string): Promise<ProcedureVersionEntity | null> {
    return this.dataSource.getRepository(ProcedureVersionEntity).findOneBy({ id });
  }

  findByCode(code: string): Promise<ProcedureVersionEntity[]> {
    return this.dataSource
      .getRepository(ProcedureVersionEntity)
      .find({ where: { code }, order: { revision: 'ASC' } });
  }
}

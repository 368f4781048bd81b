import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CatalogProcedure } from './catalog';
import { ProcedureVersionEntity } from './procedure-version.entity';

const SYNC_LOCK = 1_001_193;

@Injectable()
export class ProcedureVersionRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records each loaded file's content as a revision of its code: unchanged content keeps its revision,
   * changed content gets the next one. Serialized by an advisory lock, since api and worker both call it.
   */
  async sync(procedures: CatalogProcedure[], now: Date): Promise<ProcedureVersionEntity[]> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock($1)', [SYNC_LOCK]);
      const repo = manager.getRepository(ProcedureVersionEntity);
      const current: ProcedureVersionEntity[] = [];
      for (const { definition, source } of procedures) {
        const contentHash = createHash('sha256').update(source.text).digest('hex');
        const known = await repo.findOneBy({ code: definition.code, contentHash });
        if (known) {
          current.push(known);
          continue;
        }
        const latest = await repo.findOne({ where: { code: definition.code }, order: { revision: 'DESC' } });
        current.push(
          await repo.save(
            repo.create({
              code: definition.code,
              revision: (latest?.revision ?? 0) + 1,
              declaredVersion: definition.version,
              contentHash,
              name: definition.name,
              field: definition.field,
              level: definition.level,
              file: source.file,
              definition,
              loadedAt: now,
            }),
          ),
        );
      }
      return current;
    });
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

// Figure 4: the deadline sweep flagging the overdue dossiers of the large data set, against bare SQL.
import { ProcedureRevisionsService } from '@motcua/catalog';
import { migrate } from '@motcua/common';
import { DeadlineSweepService } from '@motcua/dossier';
import type { Benchmark, Figure } from './bench.types';
import { connect, largeDataset } from './large-data';
import { clearFlags, countOverdue, settle } from './large-state';
import { bareFlagging, sweepModule } from './large-sweep';

export const benchmark: Benchmark & { order: number } = {
  id: 'sweep',
  order: 4,
  title: 'deadline sweep over the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    // As at worker start: a data set kept from an earlier run gets the migrations added since.
    await migrate(ctx.databaseUrl);
    const client = await connect(ctx.databaseUrl);
    try {
      await clearFlags(client);
      const now = new Date();
      const overdue = await countOverdue(client, now);
      ctx.log(`sweep: ${overdue.toLocaleString('en-US')} running dossiers past their appointment`);

      const bareStarted = performance.now();
      const flagRows = await bareFlagging(client, now);
      const bareMs = performance.now() - bareStarted;
      ctx.log(
        `sweep: bare SQL wrote ${flagRows.toLocaleString('en-US')} flag rows in ${Math.round(bareMs)} ms`,
      );
      await clearFlags(client);

      const module = await sweepModule(ctx);
      let report;
      try {
        // As at worker start: the procedure revisions are known before the first sweep.
        await module.get(ProcedureRevisionsService).sync(new Date());
        report = await module.get(DeadlineSweepService).sweep();
      } finally {
        await module.close();
      }
      const flagged = await countFlagged(client);
      ctx.log(
        `sweep: ${JSON.stringify(report.applied)} in ${report.ms} ms; ${flagged} dossiers flagged overdue`,
      );
      if (report.errors > 0) throw new Error(`sweep: ${report.errors} dossiers failed`);
      if (flagged < overdue) throw new Error(`sweep: ${flagged} of ${overdue} overdue dossiers flagged`);
      await settle(client);

      const applied = Object.values(report.applied).reduce((a, b) => a + b, 0);
      const figure: Figure = {
        id: 'sweep.flag',
        title: `deadline sweep: flag ${overdue.toLocaleString('en-US')} overdue of ${data.size.toLocaleString('en-US')} dossiers`,
        unit: 'ms',
        ours: report.ms,
        baseline: Math.round(bareMs),
        baselineName: 'one indexed UPDATE + INSERT of the same flags in SQL',
        higherIsBetter: false,
        note: `${applied.toLocaleString('en-US')} dossiers applied (${flagRows.toLocaleString('en-US')} flag rows, with their escalation jobs and next timers); ${Math.round(applied / (report.ms / 1000)).toLocaleString('en-US')} dossiers/s`,
      };
      return [figure];
    } finally {
      await client.end();
    }
  },
};

async function countFlagged(client: import('pg').Client): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `SELECT count(*) AS n FROM dossier WHERE flag_overdue_at IS NOT NULL`,
  );
  return Number(rows[0].n);
}

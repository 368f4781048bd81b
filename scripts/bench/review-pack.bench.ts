// The ISO review pack of the busiest agency for the data set's year, as PDF and XLSX over HTTP, against the
// periodic report (form 06 by procedure) of the same year read in the same run.
import type { Client } from 'pg';
import type { Benchmark, Figure } from './bench.types';
import { startApp } from './large-app';
import { connect, largeDataset } from './large-data';
import { login, median } from './report.bench';

const PORT = 30731;
const RUNS = 5;

export const benchmark: Benchmark & { order: number } = {
  id: 'review-pack',
  order: 11,
  title: 'the ISO review pack on the large data set',
  async run(ctx) {
    const data = await largeDataset(ctx);
    const year = Number(new Date(data.now.getTime() + 7 * 3_600_000).toISOString().slice(0, 4));
    const client = await connect(ctx.databaseUrl);
    const app = await startApp(ctx, 'api', { port: PORT, env: { LOG_LEVEL: 'warn' } });
    try {
      const { agency, dossiers } = await busiestAgency(client, year);
      const token = await login(PORT);
      const from = encodeURIComponent(`${year}-01-01T00:00:00+07:00`);
      const to = encodeURIComponent(`${year + 1}-01-01T00:00:00+07:00`);
      const fetchBytes = (path: string) => () => download(PORT, path, token);
      const report = await median(
        fetchBytes(`/api/v1/reports/handling?from=${from}&to=${to}&groupBy=procedure`),
      );
      const pack = (format: string) =>
        `/api/v1/improvement/review-pack?agency=${agency}&year=${year}&format=${format}`;
      const pdf = await median(fetchBytes(pack('pdf')));
      const xlsx = await median(fetchBytes(pack('xlsx')));
      const reportAgain = await median(
        fetchBytes(`/api/v1/reports/handling?from=${from}&to=${to}&groupBy=procedure`),
      );
      const base = Math.min(report, reportAgain);
      const count = dossiers.toLocaleString('en-US');
      ctx.log(
        `review-pack: ${agency}, ${count} dossiers in ${year}; pdf ${pdf} ms, xlsx ${xlsx} ms, form 06 ${report}/${reportAgain} ms`,
      );
      const common = {
        unit: 'ms',
        baseline: base,
        baselineName: `GET /reports/handling?groupBy=procedure for ${year} (form 06, every agency)`,
        higherIsBetter: false,
      };
      const size = data.size.toLocaleString('en-US');
      const figures: Figure[] = [
        {
          ...common,
          id: 'review-pack.pdf',
          title: `ISO review pack as PDF, agency ${agency}, year ${year}, ${size} dossiers`,
          ours: pdf,
          note: `GET /improvement/review-pack?format=pdf over HTTP, median of ${RUNS}: form 06 counts and working times of the agency's procedures, the step analytics, the PDF; ${count} of the agency's dossiers received in the year`,
        },
        {
          ...common,
          id: 'review-pack.xlsx',
          title: `ISO review pack as XLSX, agency ${agency}, year ${year}, ${size} dossiers`,
          ours: xlsx,
          note: `GET /improvement/review-pack?format=xlsx over HTTP, median of ${RUNS}`,
        },
      ];
      return figures;
    } finally {
      await app.stop();
      await client.end();
    }
  },
};

/** The agency (a procedure file's `agency`) with the most dossiers received in the year. */
async function busiestAgency(client: Client, year: number): Promise<{ agency: string; dossiers: number }> {
  const { rows } = await client.query<{ agency: string; n: string }>(
    `SELECT pv.definition->>'agency' AS agency, count(*) AS n
       FROM dossier d JOIN procedure_version pv ON pv.id = d.procedure_version_id
      WHERE d.received_at >= $1 AND d.received_at < $2 AND pv.definition->>'agency' IS NOT NULL
      GROUP BY 1 ORDER BY 2 DESC LIMIT 1`,
    [`${year}-01-01T00:00:00+07:00`, `${year + 1}-01-01T00:00:00+07:00`],
  );
  if (!rows[0]) throw new Error(`review-pack: no dossier of an agency in ${year}`);
  return { agency: rows[0].agency, dossiers: Number(rows[0].n) };
}

async function download(port: number, path: string, token: string): Promise<number> {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  if (!res.ok) throw new Error(`review-pack: GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.arrayBuffer()).byteLength;
}

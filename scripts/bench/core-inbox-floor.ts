// The inbox page without the framework, as a floor for figure 5: node:http and pg alone, the page statement the
// api runs (inboxStatement over listedColumns) as a prepared statement, its rows sent back as JSON. No login, no
// view, no access rules: what any implementation of this page pays for the database and the serialization.
// Started by the api benchmark as the app 'inbox-floor' (large-app.ts): DATABASE_URL, API_PORT, FLOOR_USER.
import { createServer } from 'node:http';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { databaseOptions } from '@motcua/common';
import { DOSSIER_ENTITIES } from '@motcua/dossier';
import type { AuthUser } from '@motcua/identity';
import { inboxStatement } from '../../libs/dossier/src/query/inbox.sql';
import { listedColumns } from '../../libs/dossier/src/query/viewed-dossier.sql';

async function main(): Promise<void> {
  const { DATABASE_URL: databaseUrl = '', API_PORT: port, FLOOR_USER: username } = process.env;
  // The entities' metadata gives the column list; no query goes through TypeORM.
  const metadata = new DataSource({ ...databaseOptions(databaseUrl), entities: DOSSIER_ENTITIES });
  await metadata.initialize();
  const pool = new Pool({ connectionString: databaseUrl, max: 20, application_name: 'motcua-bench-floor' });
  const { rows } = await pool.query<AuthUser>(
    `SELECT id, username, unit_id AS "unitId", roles FROM app_user WHERE username = $1`,
    [username],
  );
  if (!rows[0]) throw new Error(`inbox floor: no user ${username}`);
  const [text, values] = inboxStatement(rows[0], listedColumns(metadata.manager), {
    offset: 0,
    limit: 50,
    cap: 1000,
  }).page;
  const server = createServer((request, response) => {
    if (request.url !== '/inbox') {
      response.writeHead(request.url === '/health' ? 200 : 404).end();
      return;
    }
    pool.query({ name: 'inbox', text, values }).then(
      (page) => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ items: page.rows }));
      },
      () => response.writeHead(500).end(),
    );
  });
  server.listen(Number(port), '127.0.0.1', () => console.log(`inbox floor listening on ${port}`));
}

void main();

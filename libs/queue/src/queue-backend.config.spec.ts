import { PostgresQueueBackend } from 'bullmq';
import { Pool } from 'pg';
import { postgresQueueOptions, QUEUE_SCHEMA, queueBackendFactory } from './queue-backend.config';

// Nothing here connects: a backend opens its connections when first used. (Redis options keep the Redis backend:
// every e2e suite run without TEST_QUEUE_BACKEND=postgres goes through that branch.)
describe('queueBackendFactory', () => {
  it('puts a queue given a pg pool or PostgreSQL options on the PostgreSQL backend, in the bullmq schema', async () => {
    const pool = new Pool({ connectionString: 'postgres://u@127.0.0.1:1/none' });
    const options = postgresQueueOptions('postgres://u@127.0.0.1:1/none');
    expect(options).toEqual({
      connectionString: 'postgres://u@127.0.0.1:1/none',
      schema: QUEUE_SCHEMA,
      max: 2,
      migrate: true,
    });
    for (const connection of [pool, options]) {
      const backend = queueBackendFactory('dossier-intake', { connection });
      expect(backend).toBeInstanceOf(PostgresQueueBackend);
      await backend.close();
    }
    await pool.end();
  });
});

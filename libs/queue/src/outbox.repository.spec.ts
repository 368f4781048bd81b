import type { EntityManager } from 'typeorm';
import { JobName } from './queue-names.types';
import { type OutboxItem, OutboxRepository } from './outbox.repository';

const items: OutboxItem[] = [
  { job: { name: JobName.SyncDossier, data: { dossierId: 'd' } }, jobId: 'sync-d-1' },
  {
    job: { name: JobName.CheckDeadlines, data: { dossierId: 'd', version: 2 } },
    jobId: 'deadline-d-2',
    delayUntil: new Date('2026-11-23T10:00:00Z'),
  },
];

function fakeManager() {
  const calls: Array<{ sql: string; params: unknown[] }> = [];
  // Inside a transaction: the relay is woken after the commit, not by a statement here.
  const manager = {
    queryRunner: { isTransactionActive: true, data: {} },
    dataSource: { subscribers: [] },
    query: jest.fn(async (sql: string, params: unknown[]) => void calls.push({ sql, params })),
  };
  return { manager: manager as unknown as EntityManager, calls };
}

describe('OutboxRepository.appendWith', () => {
  it("writes the caller's row and the jobs, in order, in one statement numbered after the caller's parameters", async () => {
    const { manager, calls } = fakeManager();
    await new OutboxRepository().appendWith(manager, items, {
      sql: 'INSERT INTO t (a, b) VALUES ($1, $2)',
      params: ['a', 'b'],
    });
    expect(calls).toHaveLength(1);
    expect(calls[0].sql).toMatch(
      /^WITH first AS \(INSERT INTO t \(a, b\) VALUES \(\$1, \$2\)\) INSERT INTO outbox/,
    );
    expect(calls[0].sql).toMatch(
      /unnest\(\$3::varchar\[\], \$4::varchar\[\], \$5::varchar\[\], \$6::jsonb\[\],\s+\$7::timestamptz\[\]\)/,
    );
    expect(calls[0].params).toEqual([
      'a',
      'b',
      ['portal-sync', 'deadlines'],
      ['sync-dossier', 'check-deadlines'],
      ['sync-d-1', 'deadline-d-2'],
      ['{"dossierId":"d"}', '{"dossierId":"d","version":2}'],
      [null, items[1].delayUntil],
    ]);
  });

  it("runs the caller's write alone when there is no job", async () => {
    const { manager, calls } = fakeManager();
    await new OutboxRepository().appendWith(manager, [], { sql: 'UPDATE t SET a = $1', params: [1] });
    expect(calls).toEqual([{ sql: 'UPDATE t SET a = $1', params: [1] }]);
  });
});

import type { Catalog } from '@motcua/catalog';
import type { DossierEntity, DossierEventEntity, DossierPauseEntity } from '@motcua/dossier';
import type { OutboxItem, OutboxRepository } from '@motcua/queue';
import type { EntityManager } from 'typeorm';
import { buildPortalPayload } from './portal-payload.rules';
import { PortalSyncWriterService } from './portal-sync-writer.service';

const dossier = {
  id: '6f1c2d3e-0000-4000-8000-000000000001',
  code: '000.00.31.H38-261123-0001',
  procedureCode: '1.001193',
  procedureVersionId: '6f1c2d3e-0000-4000-8000-0000000000aa',
  status: 'in_progress',
  channel: 'in_person',
  applicant: { fullName: 'Trần Văn An', idNumber: '001085000001', phone: '0912345678', address: 'Gia Phú' },
  summary: null,
  receivedAt: new Date('2026-11-23T08:00:00+07:00'),
  acceptedAt: null,
  dueAt: new Date('2026-11-25T08:00:00+07:00'),
  resultReadyAt: null,
  finishedAt: null,
  stepOwnerUnit: 'tu-phap-xa',
  receivingUnit: 'mot-cua-xa',
} as unknown as DossierEntity;

// As the history query returns them: milliseconds since the epoch.
const eventsJson = [
  {
    version: 1,
    action: 'receive',
    comment: null,
    actorName: 'Lò Thị Mai',
    actorTitle: 'Công chức',
    actorUnit: 'mot-cua-xa',
    occurredAt: Date.parse('2026-11-23T01:00:00.123Z'),
    stepStartedAt: null,
    stepDueAt: null,
    fromStatus: null,
    toStatus: 'accepted',
    toStep: null,
  },
  {
    version: 2,
    action: 'send_back',
    comment: 'Thiếu chữ ký',
    actorName: 'Nguyễn Văn Bình',
    actorTitle: null,
    actorUnit: 'tu-phap-xa',
    occurredAt: Date.parse('2026-11-23T02:59:59.999Z'),
    stepStartedAt: Date.parse('2026-11-23T01:00:00.500Z'),
    stepDueAt: Date.parse('2026-11-23T03:00:00Z'),
    fromStatus: 'in_progress',
    toStatus: 'in_progress',
    toStep: 'appraise',
  },
];
const pausesJson = [
  {
    id: '7',
    startedAt: Date.parse('2026-11-23T03:00:00Z'),
    endedAt: null,
    reason: 'Thiếu giấy',
    missingItems: ['Giấy khai sinh'],
    dueBefore: Date.parse('2026-11-25T01:00:00Z'),
    dueAfter: null,
  },
];
// The same rows as TypeORM's entities carried them.
const events = [
  { ...eventsJson[0], occurredAt: new Date('2026-11-23T01:00:00.123Z') },
  {
    ...eventsJson[1],
    occurredAt: new Date('2026-11-23T02:59:59.999Z'),
    stepStartedAt: new Date('2026-11-23T01:00:00.500Z'),
    stepDueAt: new Date('2026-11-23T03:00:00Z'),
  },
] as unknown as DossierEventEntity[];
const pauses = [
  {
    startedAt: new Date('2026-11-23T03:00:00Z'),
    endedAt: null,
    reason: 'Thiếu giấy',
    missingItems: ['Giấy khai sinh'],
    dueBefore: new Date('2026-11-25T01:00:00Z'),
    dueAfter: null,
  },
] as unknown as DossierPauseEntity[];

const catalog = {
  org: { units: [{ id: 'mot-cua-xa', name: 'Một cửa xã' }] },
  procedures: [{ definition: { code: '1.001193', version: 1, fieldCode: 'HO_TICH' } }],
} as unknown as Catalog;
const procedure = {
  name: 'Đăng ký khai sinh',
  field: 'Hộ tịch',
  fieldCode: 'HO_TICH',
  stepNames: { appraise: 'Thẩm định hồ sơ' },
};

function fakeManager(row: Record<string, unknown> = { code: '1.001193', ...procedure }) {
  const calls: Array<{ sql: string; params: unknown[] }> = [];
  const manager = {
    query: jest.fn(async (sql: string, params: unknown[]) => {
      calls.push({ sql, params });
      if (sql.includes('FROM procedure_version')) return [row];
      if (sql.includes('json_agg')) return [{ events: eventsJson, pauses: pausesJson, seq: 3 }];
      return [];
    }),
  };
  return { manager: manager as unknown as EntityManager, calls };
}

const syncJob = {
  job: { name: 'sync-dossier', data: { dossierId: dossier.id } },
  jobId: `sync-${dossier.id}-3`,
};

function fakeOutbox() {
  const writes: Array<{ items: OutboxItem[]; sql: string; params: unknown[] }> = [];
  const outbox = {
    appendWith: jest.fn(
      async (_m: EntityManager, items: OutboxItem[], first: { sql: string; params: unknown[] }) => {
        writes.push({ items, ...first });
      },
    ),
  };
  return { outbox: outbox as unknown as OutboxRepository, writes };
}

describe('PortalSyncWriterService', () => {
  const event = { version: 2, occurredAt: new Date('2026-11-23T02:59:59.999Z') } as DossierEventEntity;

  it('stores the payload built from the dossier, its events and pauses, at the next seq, with its job', async () => {
    const { outbox, writes } = fakeOutbox();
    const writer = new PortalSyncWriterService(catalog, outbox);
    const { manager } = fakeManager();
    await writer.append(manager, dossier, event);

    const expected = buildPortalPayload({
      dossier,
      procedure,
      events,
      pauses,
      unitName: (id) => (id === 'mot-cua-xa' ? 'Một cửa xã' : id),
    });
    expect(writes).toHaveLength(1);
    expect(writes[0].sql).toContain('INSERT INTO portal_sync_message');
    expect(writes[0].params).toEqual([dossier.id, 3, 2, JSON.stringify(expected), event.occurredAt]);
    expect(JSON.parse(writes[0].params[3] as string)).toMatchObject({
      MaLinhVuc: 'HO_TICH',
      QuaTrinhXuLy: [
        {
          ThoiDiemXuLy: '20261123080000',
          NgayXuLy: '20261123080000',
          PhongBanXuLy: 'Một cửa xã',
          NoiDungXuLy: 'Tiếp nhận hồ sơ',
        },
        {
          ThoiDiemXuLy: '20261123095959',
          NgayXuLy: '20261123095959',
          NoiDungXuLy: 'Trả lại bước “Thẩm định hồ sơ” để xử lý lại: Thiếu chữ ký',
          NgayBatDau: '20261123080000',
          NgayKetThucTheoQuyDinh: '20261123100000',
        },
      ],
      DanhSachHoSoBoSung: [{ NgayYeuCau: '20261123100000', NgayHenTraCu: '20261125080000' }],
    });
    expect(writes[0].items).toEqual([syncJob]);
  });

  it("reads a revision once, and appends the change's other jobs before its own", async () => {
    const { outbox, writes } = fakeOutbox();
    const writer = new PortalSyncWriterService(catalog, outbox);
    const { manager, calls } = fakeManager();
    const deadline: OutboxItem = {
      job: { name: 'check-deadlines', data: { dossierId: dossier.id, version: 2 } },
      jobId: `deadline-${dossier.id}-2`,
    } as OutboxItem;
    const jobs = [deadline];
    await writer.append(manager, dossier, event, jobs);
    await writer.append(manager, dossier, event);

    expect(calls.filter((c) => c.sql.includes('FROM procedure_version'))).toHaveLength(1);
    expect(writes[1].params).toEqual(writes[0].params);
    expect(writes.map((w) => w.items)).toEqual([[deadline, syncJob], [syncJob]]);
    expect(jobs).toEqual([deadline]);
  });

  it("sends a revision recorded before field codes with its procedure's current field code", async () => {
    const { outbox, writes } = fakeOutbox();
    const writer = new PortalSyncWriterService(catalog, outbox);
    const { manager } = fakeManager({ code: '1.001193', ...procedure, fieldCode: null });
    await writer.append(manager, dossier, event);
    expect(JSON.parse(writes[0].params[3] as string)).toMatchObject({ MaLinhVuc: 'HO_TICH' });
  });
});

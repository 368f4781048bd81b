import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { bootE2e, type E2e } from './support/boot-e2e';
import { login } from './support/auth';

const shippedCodes = (): string[] =>
  readdirSync('workflows/procedures')
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => /^code: '([\d.]+)'/m.exec(readFileSync(join('workflows/procedures', f), 'utf8'))![1])
    .sort();

describe('procedures api', () => {
  let e2e: E2e | undefined;
  let app: INestApplication;
  let token: string;
  const get = (path: string) =>
    request(app.getHttpServer()).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);

  beforeAll(async () => {
    e2e = await bootE2e();
    ({ api: app } = e2e);
    token = await login(app, 'quantri');
  });

  afterAll(() => e2e?.close());

  it('lists the current revision of every shipped procedure, in code order', async () => {
    const res = await get('/procedures').expect(200);
    const list = res.body as Array<Record<string, unknown>>;
    expect(list.map((p) => p.code)).toEqual(shippedCodes());
    expect(list.find((p) => p.code === '2.000908')).toEqual({
      code: '2.000908',
      name: 'Cấp bản sao từ sổ gốc',
      field: 'Chứng thực',
      level: 'commune',
      deadline: { amount: 1, unit: 'working_day' },
      online: 'partial',
      revision: 1,
      version: 1,
      steps: 4,
      inEffect: true,
      pending: [],
    });
  });

  it('shows one procedure with its steps, documents, revisions and a Mermaid diagram', async () => {
    const res = await get('/procedures/2.000908').expect(200);
    const body = res.body as {
      code: string;
      revision: number;
      steps: Array<{
        id: string;
        owner: { unit: string; role: string };
        transitions: Array<{ event: string }>;
      }>;
      documents: Array<{ name: string; required: boolean }>;
      revisions: Array<{ revision: number; version: number; loadedAt: string }>;
      mermaid: string;
    };
    expect(body.code).toBe('2.000908');
    expect(body.revision).toBe(1);
    expect(body.steps.map((s) => s.id)).toEqual(['receive', 'appraise', 'sign', 'release']);
    expect(body.steps[1].owner).toEqual({ unit: 'tu-phap-xa', role: 'officer' });
    expect(body.steps[2].transitions.map((t) => t.event)).toEqual(['sign', 'send_back']);
    expect(body.documents.filter((d) => d.required).map((d) => d.name)).toEqual([
      'Tờ khai (văn bản) yêu cầu cấp bản sao từ sổ gốc',
    ]);
    expect(body.revisions).toEqual([
      {
        revision: 1,
        version: 1,
        loadedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+07:00$/),
      },
    ]);
    expect(body.mermaid).toContain('stateDiagram-v2');
    // In Vietnamese, as the console shows it: the buttons' words and the units' names.
    expect(body.mermaid).toContain('appraise --> sign: Trình duyệt');
    expect(body.mermaid).toContain('sign --> appraise: Trả lại bước trước');
    expect(body.mermaid).toContain('Văn phòng HĐND và UBND xã Gia Phú (Tư pháp - Hộ tịch) · Chuyên viên');
  });

  it('answers an unknown code with 422 UNKNOWN_PROCEDURE', async () => {
    const res = await get('/procedures/9.999999').expect(422);
    expect(res.body).toMatchObject({
      code: 'UNKNOWN_PROCEDURE',
      message: expect.stringContaining('9.999999'),
    });
  });

  it('asks for a login', async () => {
    const res = await request(app.getHttpServer()).get('/api/v1/procedures').expect(401);
    expect(res.body).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

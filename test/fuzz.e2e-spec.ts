import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import { ManualClock } from '@motcua/common';
import { signPortalRequest } from '@motcua/portal';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { DossierClient } from './support/dossier-client';
import { bodies, fuzzOptions, invalidOnly, pathParam, queries, RawBodyOf } from './support/fuzz';
import { PROCEDURE, validBodies, validQueries } from './support/fuzz-bodies';
import { expectHandled, type FuzzRequest, send } from './support/fuzz-http';
import { DEV_PORTAL } from './support/portal';

const HOUR = 3_600_000;
// Monday 23 November 2026, 08:00 in Hà Nội.
const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

const withBody = (r: FuzzRequest, body: unknown): FuzzRequest =>
  body instanceof RawBodyOf ? { ...r, raw: body.raw } : { ...r, body };

const ROW_COUNTS = `SELECT (SELECT count(*) FROM dossier) AS dossiers, (SELECT count(*) FROM dossier_event) AS events,
  (SELECT count(*) FROM portal_dossier) AS links, (SELECT count(*) FROM dossier_document) AS documents,
  (SELECT count(*) FROM dossier_rating) AS ratings, (SELECT coalesce(sum(version), 0) FROM dossier) AS versions`;

describe('fuzzed requests: a 2xx or an explained 4xx, never a 5xx', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let api: INestApplication;
  let client: DossierClient;
  const token: Record<string, string> = {};
  let valid: ReturnType<typeof validBodies>;
  let open: string;
  /**
   * Left at its second step (the justice office's), whose head may extend: the extend bodies go to it, and a valid
   * one is refused (an earlier appointment).
   */
  let active: string;
  let activeExtend: ReturnType<typeof validBodies>['extend'];
  let done: { code: string; key: string };
  let publicHits = 0;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ api, client } = e2e);
    for (const user of ['letan.xa', 'chanhvp.xa', 'giamdoc.ttxa', 'quantri'])
      token[user] = await client.token(user);
    const first = await client.receive('letan.xa', PROCEDURE, {}, 1);
    const started = await client.started('letan.xa', first.body.code as string);
    open = started.code as string;
    valid = validBodies(await client.documentsOf(PROCEDURE), started.version as number);
    const doneCode = await walkToDone(2);
    // The public lookup key is the dossier's own random key (printed on the receipt), not the applicant's phone.
    const [row] = await query<{ lookup_key: string }>('SELECT lookup_key FROM dossier WHERE code = $1', [
      doneCode,
    ]);
    done = { code: doneCode, key: row!.lookup_key };
    const third = await client.receive('letan.xa', PROCEDURE, {}, 5);
    active = (await client.started('letan.xa', third.body.code as string)).code as string;
    const forwarded = await client.act('letan.xa', active, 'forward');
    activeExtend = validBodies(await client.documentsOf(PROCEDURE), forwarded.body.version as number).extend;
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
  });

  async function walkToDone(n: number): Promise<string> {
    const receipt = await client.receive('letan.xa', PROCEDURE, {}, n);
    const code = receipt.body.code as string;
    await client.started('letan.xa', code);
    for (const [user, action, body] of [
      ['letan.xa', 'forward', {}],
      ['tuphap.xa1', 'submit', { comment: 'Đủ điều kiện' }],
      ['chutich.xa', 'sign', {}],
      ['letan.xa', 'hand_over', {}],
    ] as const) {
      clock.advance(HOUR);
      expect((await client.act(user, code, action, body)).status).toBe(200);
    }
    return code;
  }

  /** The codes the current test's answers carried (`2xx` for a success): a fuzz that never gets past a guard is no fuzz. */
  let reached = new Set<string>();
  beforeEach(() => (reached = new Set()));

  const answer = async (r: FuzzRequest) => {
    // The public routes count requests per address and window: move to the next window now and then.
    if (r.path.startsWith('/public/') && ++publicHits % 20 === 0) clock.advance(60_000);
    const res = await send(api, r);
    expectHandled(r, res);
    reached.add(res.status < 300 ? '2xx' : (res.body as { code: string }).code);
    return res;
  };

  /** Sends what `request` makes of each generated value; then the answers must have included `reach`. */
  async function fuzz<T>(arb: fc.Arbitrary<T>, request: (value: T) => FuzzRequest, reach: string[]) {
    await fc.assert(
      fc.asyncProperty(arb, async (value) => {
        await answer(request(value));
      }),
      fuzzOptions(),
    );
    expect([...reached]).toEqual(expect.arrayContaining(reach));
  }

  /** A portal submission signed now by the development client, over the bytes as the parser reads them. */
  const portal = (body: unknown, headers: Record<string, string> = {}): FuzzRequest => {
    const r = withBody({ method: 'post', path: '/portal/dossiers' }, body);
    const raw = r.raw ?? { contentType: 'application/json', text: JSON.stringify(r.body) };
    const timestamp = String(Math.floor(clock.now().getTime() / 1000));
    const nonce = randomUUID();
    const signature = signPortalRequest(DEV_PORTAL.secret, timestamp, nonce, Buffer.from(raw.text));
    return {
      method: 'post',
      path: '/portal/dossiers',
      raw,
      headers: {
        'x-api-key': DEV_PORTAL.apiKey,
        'x-timestamp': timestamp,
        'x-nonce': nonce,
        'x-signature': signature,
        ...headers,
      },
    };
  };

  describe('invalid bodies are refused and write nothing', () => {
    let before: Record<string, string>;
    beforeAll(async () => {
      [before] = await query<Record<string, string>>(ROW_COUNTS);
    });
    afterAll(async () => {
      expect((await query<Record<string, string>>(ROW_COUNTS))[0]).toEqual(before);
    });

    async function refuse<T>(arb: fc.Arbitrary<T>, request: (value: T) => FuzzRequest) {
      await fuzz(arb, request, ['VALIDATION_FAILED']);
      expect(reached.has('2xx')).toBe(false);
    }

    it('POST /dossiers', () =>
      refuse(invalidOnly(valid.receive), (body) => ({
        method: 'post',
        path: '/dossiers',
        token: token['letan.xa'],
        body,
      })));

    it('POST /portal/dossiers, signed', () => refuse(invalidOnly(valid.portal), (body) => portal(body)));

    it('POST /dossiers/:code/actions, /assign, /comments, /transfer, /consultations and their answers', () => {
      const routes = fc.constantFrom(
        { path: 'actions', user: 'letan.xa', body: valid.action },
        { path: 'assign', user: 'chanhvp.xa', body: valid.assign },
        { path: 'comments', user: 'letan.xa', body: valid.comment },
        { path: 'transfer', user: 'letan.xa', body: valid.transfer },
        { path: 'consultations', user: 'letan.xa', body: valid.consult },
        { path: `consultations/${NIL_UUID}/answer`, user: 'chanhvp.xa', body: valid.answer },
      );
      return refuse(
        routes.chain((route) => invalidOnly(route.body).map((body) => ({ ...route, body }))),
        ({ path, user, body }) => ({
          method: 'post',
          path: `/dossiers/${open}/${path}`,
          token: token[user],
          body,
        }),
      );
    });

    it('POST /public/dossiers/:code/rating', () =>
      refuse(invalidOnly(valid.rating), (body) => ({
        method: 'post',
        path: `/public/dossiers/${done.code}/rating`,
        query: { key: done.key },
        body,
      })));
  });

  describe('any request', () => {
    it('POST /auth/login', () =>
      fuzz(bodies(valid.login), (body) => withBody({ method: 'post', path: '/auth/login' }, body), [
        '2xx',
        'VALIDATION_FAILED',
        'MALFORMED_JSON',
      ]));

    it('POST /dossiers', () =>
      fuzz(
        bodies(valid.receive),
        (body) => withBody({ method: 'post', path: '/dossiers', token: token['letan.xa'] }, body),
        ['2xx', 'VALIDATION_FAILED', 'MALFORMED_JSON'],
      ));

    it('POST /portal/dossiers, signed, some with odd headers', () => {
      const printable = fc.string({ maxLength: 70 }).map((s) => s.replace(/[^\x20-\x7e]/g, ''));
      const headers = fc.oneof(
        { weight: 6, arbitrary: fc.constant({}) },
        // A client that passes the door's first checks with a signature that does not match the body.
        {
          weight: 1,
          arbitrary: fc.record({
            'x-signature': fc.string({
              unit: fc.constantFrom(...'0123456789abcdef'),
              minLength: 64,
              maxLength: 64,
            }),
          }),
        },
        {
          weight: 1,
          arbitrary: fc.record(
            {
              'x-api-key': printable,
              'x-timestamp': fc.oneof(printable, fc.constantFrom('0', '99999999999', '2026-02-30T00:00:00Z')),
              'x-nonce': printable,
              'x-signature': printable,
            },
            { requiredKeys: [] },
          ),
        },
      );
      return fuzz(fc.tuple(bodies(valid.portal), headers), ([body, over]) => portal(body, over), [
        '2xx',
        'VALIDATION_FAILED',
        'MALFORMED_JSON',
        'PORTAL_BAD_SIGNATURE',
      ]);
    });

    it('POST /dossiers/:code/actions', () =>
      fuzz(
        fc.oneof(
          fc.tuple(pathParam(open, done.code), bodies(valid.action), fc.constant('letan.xa')),
          // The head of the unit holding the step may extend (docs/access.md): the bodies reach their validation.
          fc.tuple(pathParam(active), bodies(activeExtend), fc.constant('chanhvp.xa')),
        ),
        ([code, body, user]) =>
          withBody({ method: 'post', path: `/dossiers/${code}/actions`, token: token[user] }, body),
        ['VALIDATION_FAILED', 'DOSSIER_NOT_FOUND'],
      ));

    it('POST /dossiers/:code/assign', () =>
      fuzz(
        fc.tuple(pathParam(open), bodies(valid.assign)),
        ([code, body]) =>
          withBody({ method: 'post', path: `/dossiers/${code}/assign`, token: token['chanhvp.xa'] }, body),
        ['VALIDATION_FAILED', 'DOSSIER_NOT_FOUND'],
      ));

    it('POST /dossiers/:code/comments', () =>
      fuzz(
        fc.tuple(pathParam(open), bodies(valid.comment)),
        ([code, body]) =>
          withBody({ method: 'post', path: `/dossiers/${code}/comments`, token: token['letan.xa'] }, body),
        ['2xx', 'VALIDATION_FAILED', 'DOSSIER_NOT_FOUND'],
      ));

    it('GET /dossiers/:code, /history, /timeliness and /forms/:form', () => {
      const rest = fc.oneof(
        fc.constantFrom('', '/history', '/timeliness', '/forms/01.html', '/forms/06.html'),
        pathParam('01.html', '07.pdf', '1.html').map((form) => `/forms/${form}`),
      );
      return fuzz(
        fc.tuple(pathParam(open, done.code), rest),
        ([code, suffix]) => ({ method: 'get', path: `/dossiers/${code}${suffix}`, token: token['letan.xa'] }),
        ['2xx', 'DOSSIER_NOT_FOUND'],
      );
    });

    it('GET /procedures/:code', () =>
      fuzz(
        pathParam(PROCEDURE, '1.000894'),
        (code) => ({ method: 'get', path: `/procedures/${code}`, token: token['letan.xa'] }),
        ['2xx', 'UNKNOWN_PROCEDURE'],
      ));

    it('GET /dossiers with filters', () =>
      fuzz(
        queries(validQueries.dossiers),
        (q) => ({ method: 'get', path: '/dossiers', token: token['giamdoc.ttxa'], query: q }),
        ['2xx', 'VALIDATION_FAILED'],
      ));

    it('GET /notifications and POST /notifications/:id/read', () =>
      fuzz(
        fc.oneof(
          queries(validQueries.notifications).map((q): FuzzRequest => ({
            method: 'get',
            path: '/notifications',
            query: q,
          })),
          pathParam(NIL_UUID, 'not-a-uuid').map((id): FuzzRequest => ({
            method: 'post',
            path: `/notifications/${id}/read`,
          })),
        ),
        (r) => ({ ...r, token: token['letan.xa'] }),
        ['2xx', 'VALIDATION_FAILED', 'NOTIFICATION_NOT_FOUND'],
      ));

    it('GET /reports/handling, /indicators and /satisfaction', () =>
      fuzz(
        fc.oneof(
          queries(validQueries.handling).map((q) => ({ path: '/reports/handling', q })),
          queries(validQueries.period).map((q) => ({ path: '/reports/indicators', q })),
          queries(validQueries.period).map((q) => ({ path: '/reports/satisfaction', q })),
        ),
        ({ path, q }) => ({ method: 'get', path, query: q, token: token['giamdoc.ttxa'] }),
        ['2xx', 'VALIDATION_FAILED'],
      ));

    it('GET /org/units/:unit/users, /reports/trend and /forms/:form (the tracking book)', () =>
      fuzz(
        fc.oneof(
          pathParam('tu-phap-xa', 'nowhere').map((unit): FuzzRequest => ({
            method: 'get',
            path: `/org/units/${unit}/users`,
          })),
          queries({ ...validQueries.period, interval: 'week' }).map((q): FuzzRequest => ({
            method: 'get',
            path: '/reports/trend',
            query: q,
          })),
          fc
            .tuple(
              pathParam('07.html', '07.pdf', '01.html'),
              queries({ ...validQueries.period, unit: 'mot-cua-xa' }),
            )
            .map(([form, q]): FuzzRequest => ({ method: 'get', path: `/forms/${form}`, query: q })),
        ),
        (r) => ({ ...r, token: token['giamdoc.ttxa'] }),
        ['2xx', 'VALIDATION_FAILED'],
      ));

    it('POST /admin/portal-sync/parked/:id/replay', () =>
      fuzz(
        pathParam(NIL_UUID, 'x'),
        (id) => ({ method: 'post', path: `/admin/portal-sync/parked/${id}/replay`, token: token.quantri }),
        ['SYNC_MESSAGE_NOT_PARKED'],
      ));

    it('GET /public/dossiers/:code and POST its rating', () => {
      const key = fc.oneof(
        { weight: 3, arbitrary: fc.constant(done.key) },
        { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
        { weight: 1, arbitrary: fc.constant(undefined) },
      );
      return fuzz(
        fc.tuple(pathParam(done.code, open), key, fc.option(bodies(valid.rating), { freq: 2 })),
        ([code, k, body]) => {
          const q = k === undefined ? {} : { query: { key: k } };
          return body === null
            ? { method: 'get', path: `/public/dossiers/${code}`, ...q }
            : withBody({ method: 'post', path: `/public/dossiers/${code}/rating`, ...q }, body);
        },
        ['2xx', 'VALIDATION_FAILED'],
      );
    });
  });

  describe('afterwards', () => {
    it('left no dossier without its audit event, nor a version without its event', async () => {
      const halfWritten = await query<{ code: string }>(
        `SELECT d.code FROM dossier d
        WHERE d.version <> coalesce((SELECT max(e.version) FROM dossier_event e WHERE e.dossier_id = d.id), 0)`,
      );
      expect(halfWritten).toEqual([]);
      const [{ count }] = await query<{ count: string }>('SELECT count(*) FROM dossier');
      expect(Number(count)).toBeGreaterThan(2);
    });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ManualClock } from '@motcua/common';
import { query } from './support/app';
import { bootE2e, type E2eWithWorker } from './support/boot-e2e';
import { applicant, DossierClient } from './support/dossier-client';

/**
 * The read-access matrix of docs/access.md, cell by cell, on real PostgreSQL and Redis. Three dossiers:
 * - `appraisal`: a commune marriage with a foreign element (2.000806) at the justice office's appraisal; the police,
 *   who verify for this procedure, have not been asked yet;
 * - `verification`: the same procedure, sent on to the commune police to verify;
 * - `land`: a provincial land registration (1.115668) at the land office, received by the provincial center.
 */
type Fixture = 'appraisal' | 'verification' | 'land';
type Body = Record<string, unknown>;
type Res = { status: number; body: Body & { items?: Body[] }; text: string };

interface Cell {
  route: string;
  user: string;
  relation: string;
  /** As the doc's last column reads: a status, and for reads what the caller gets. */
  outcome: string;
  path: (code: Record<Fixture, string>) => string;
  check: (res: Res, code: Record<Fixture, string>) => void;
}

const MONDAY_8AM = new Date('2026-11-23T08:00:00+07:00');
const MONTH = 'from=2026-11-01T00:00:00%2B07:00&to=2026-12-01T00:00:00%2B07:00';
const DAY = 'from=2026-11-23T00:00:00%2B07:00&to=2026-11-24T00:00:00%2B07:00';
// Applicants by fixture: applicant(n) of the test client.
const N: Record<Fixture, number> = { appraisal: 1, verification: 2, land: 3 };
const ID = (f: Fixture) => applicant(N[f]).idNumber;
const PHONE = (f: Fixture) => applicant(N[f]).phone;

const status =
  (expected: number, code?: string) =>
  (res: Res): void => {
    expect(res.status).toBe(expected);
    if (code) expect(res.body.code).toBe(code);
  };

const view =
  (fields: 'full' | 'verification') =>
  (res: Res): void => {
    expect(res.status).toBe(200);
    expect(res.body.personalData).toBe(fields);
    const seen = Object.keys(res.body.applicant as Body).sort();
    expect(seen).toEqual(
      fields === 'full'
        ? ['address', 'email', 'fullName', 'idNumber', 'phone']
        : ['address', 'fullName', 'idNumber'],
    );
  };

const hits =
  (count: number, fields?: 'full' | 'verification') =>
  (res: Res): void => {
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(count);
    if (fields) expect(res.body.items![0]!.personalData).toBe(fields);
  };

const book =
  (listed: Fixture[], absent: Fixture[], phone = true) =>
  (res: Res, code: Record<Fixture, string>): void => {
    expect(res.status).toBe(200);
    for (const f of listed) expect(res.text).toContain(code[f]);
    for (const f of absent) expect(res.text).not.toContain(code[f]);
    for (const f of listed) expect(res.text.includes(PHONE(f))).toBe(phone);
  };

const listed =
  (present: Fixture[], absent: Fixture[], fields?: string) =>
  (res: Res, code: Record<Fixture, string>): void => {
    expect(res.status).toBe(200);
    const items = res.body.items!;
    const codes = items.map((d) => d.code);
    for (const f of present) expect(codes).toContain(code[f]);
    for (const f of absent) expect(codes).not.toContain(code[f]);
    if (fields) expect(items.every((d) => d.personalData === fields)).toBe(true);
  };

const counted =
  (n: number, read: (body: Body) => unknown) =>
  (res: Res): void => {
    expect(res.status).toBe(200);
    expect(read(res.body)).toBe(n);
  };
const onTimeDenominator = (b: Body) =>
  (b.indicators as Body[]).find((i) => i.key === 'onTimeRate')?.denominator;
const trendTotal = (b: Body) => (b.points as Body[])[0]?.total;
const ratings = (b: Body) => b.count;
const dossierCount = (b: Body) => b.total;

const receivingUnits =
  (units: string[]) =>
  (res: Res): void => {
    expect(res.status).toBe(200);
    expect((res.body.rows as Body[]).map((r) => r.key).sort()).toEqual(units);
  };

const openTotal =
  (n: number) =>
  (res: Res): void => {
    expect(res.status).toBe(200);
    expect((res.body.total as Body).open).toBe(n);
  };

const logged =
  (reader: string, kind: string, fields: string) =>
  (res: Res): void => {
    expect(res.status).toBe(200);
    expect(res.body.items).toContainEqual(expect.objectContaining({ username: reader, kind, fields }));
  };

const dossier = (f: Fixture) => (c: Record<Fixture, string>) => `/dossiers/${c[f]}`;
const form01 = (f: Fixture) => (c: Record<Fixture, string>) => `/dossiers/${c[f]}/forms/01.html`;
const search = (f: Fixture) => () => `/dossiers?q=${ID(f)}`;
const book07 = (unit: string) => () => `/forms/07.html?unit=${unit}&${DAY}`;
const users = (unit: string) => () => `/org/units/${unit}/users`;

// prettier-ignore
const MATRIX: Cell[] = [
  // Open a dossier (and its history, timeliness, actions' answers: the same reader)
  { route: 'GET /dossiers/:code', user: 'letan.xa', relation: 'receiving unit', outcome: '200, all fields', path: dossier('appraisal'), check: view('full') },
  { route: 'GET /dossiers/:code', user: 'tuphap.xa1', relation: 'unit on the route, reached', outcome: '200, all fields', path: dossier('appraisal'), check: view('full') },
  { route: 'GET /dossiers/:code', user: 'chanhvp.xa', relation: 'head of a unit on the route, reached', outcome: '200, all fields', path: dossier('appraisal'), check: view('full') },
  { route: 'GET /dossiers/:code', user: 'chutich.xa', relation: "leader of the competent agency, at the police's verification", outcome: '200, all fields', path: dossier('verification'), check: view('full') },
  { route: 'GET /dossiers/:code', user: 'congan.xa1', relation: 'verifying unit, not reached yet', outcome: '404', path: dossier('appraisal'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code', user: 'congan.xa1', relation: 'verifying unit, reached', outcome: '200, verification fields', path: dossier('verification'), check: view('verification') },
  { route: 'GET /dossiers/:code', user: 'truongca.xa', relation: 'head of the verifying unit, reached', outcome: '200, verification fields', path: dossier('verification'), check: view('verification') },
  { route: 'GET /dossiers/:code', user: 'kinhte.xa1', relation: 'unit off the route', outcome: '404', path: dossier('verification'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code', user: 'dangky.vpdk1', relation: 'unit of another center', outcome: '404', path: dossier('verification'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code', user: 'letan.xa', relation: 'desk of another center', outcome: '404', path: dossier('land'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code', user: 'giamdoc.ttxa', relation: "supervisor, dossier of the center's units", outcome: '200, all fields', path: dossier('verification'), check: view('full') },
  { route: 'GET /dossiers/:code', user: 'giamdoc.ttxa', relation: 'supervisor, dossier of another center', outcome: '404', path: dossier('land'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code', user: 'giamdoc.pvhcc', relation: "supervisor, dossier of the center's units", outcome: '200, all fields', path: dossier('land'), check: view('full') },
  { route: 'GET /dossiers/:code', user: 'giamdoc.pvhcc', relation: 'supervisor, dossier of another center', outcome: '404', path: dossier('appraisal'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code', user: 'quantri', relation: 'admin, any dossier', outcome: '200, all fields', path: dossier('land'), check: view('full') },
  { route: 'GET /dossiers/:code/history', user: 'congan.xa1', relation: 'verifying unit, not reached yet', outcome: '404', path: (c) => `/dossiers/${c.appraisal}/history`, check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code/history', user: 'congan.xa1', relation: 'verifying unit, reached', outcome: '200', path: (c) => `/dossiers/${c.verification}/history`, check: status(200) },
  { route: 'GET /dossiers/:code/timeliness', user: 'giamdoc.pvhcc', relation: 'supervisor, dossier of another center', outcome: '404', path: (c) => `/dossiers/${c.appraisal}/timeliness`, check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code/timeliness', user: 'giamdoc.ttxa', relation: "supervisor, dossier of the center's units", outcome: '200', path: (c) => `/dossiers/${c.appraisal}/timeliness`, check: status(200) },
  { route: 'GET /dossiers/:code/documents', user: 'congan.xa1', relation: 'verifying unit, not reached yet', outcome: '404', path: (c) => `/dossiers/${c.appraisal}/documents`, check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code/documents', user: 'congan.xa1', relation: 'verifying unit, reached', outcome: '200', path: (c) => `/dossiers/${c.verification}/documents`, check: status(200) },
  { route: 'GET /dossiers/:code/documents', user: 'giamdoc.pvhcc', relation: 'supervisor, dossier of another center', outcome: '404', path: (c) => `/dossiers/${c.appraisal}/documents`, check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code/documents', user: 'giamdoc.ttxa', relation: "supervisor, dossier of the center's units", outcome: '200', path: (c) => `/dossiers/${c.appraisal}/documents`, check: status(200) },
  // Lists: the inbox, the dossier list, a search by id number
  { route: 'GET /inbox', user: 'congan.xa1', relation: 'verifying unit, its step', outcome: '200, the dossier at its step, name only', path: () => '/inbox', check: listed(['verification'], ['appraisal', 'land'], 'name') },
  { route: 'GET /inbox', user: 'tuphap.xa1', relation: 'unit on the route, its step', outcome: '200, the dossier at its step, name only', path: () => '/inbox', check: listed(['appraisal'], ['verification', 'land'], 'name') },
  { route: 'GET /dossiers', user: 'congan.xa1', relation: 'verifying unit', outcome: '200, dossiers that reached it, verification fields', path: () => '/dossiers', check: listed(['verification'], ['appraisal', 'land'], 'verification') },
  { route: 'GET /dossiers', user: 'chutich.xa', relation: 'unit on the route, not reached yet', outcome: '200, none', path: () => '/dossiers', check: hits(0) },
  { route: 'GET /dossiers', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's dossiers", path: () => '/dossiers', check: listed(['appraisal', 'verification'], ['land'], 'full') },
  { route: 'GET /dossiers', user: 'quantri', relation: 'admin', outcome: '200, every dossier', path: () => '/dossiers', check: listed(['appraisal', 'verification', 'land'], [], 'full') },
  { route: 'GET /dossiers/count', user: 'chutich.xa', relation: 'unit on the route, not reached yet', outcome: '200, none counted', path: () => '/dossiers/count', check: counted(0, dossierCount) },
  { route: 'GET /dossiers/count', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's dossiers counted", path: () => '/dossiers/count', check: counted(2, dossierCount) },
  { route: 'GET /dossiers/count', user: 'quantri', relation: 'admin', outcome: '200, every dossier counted', path: () => '/dossiers/count', check: counted(3, dossierCount) },
  // Search by id number
  { route: 'GET /dossiers?q=', user: 'tuphap.xa1', relation: 'unit on the route, reached', outcome: '200, the hit, all fields', path: search('verification'), check: hits(1, 'full') },
  { route: 'GET /dossiers?q=', user: 'congan.xa1', relation: 'verifying unit, reached', outcome: '200, the hit, verification fields', path: search('verification'), check: hits(1, 'verification') },
  { route: 'GET /dossiers?q=', user: 'congan.xa1', relation: 'verifying unit, not reached yet', outcome: '200, no hit', path: search('appraisal'), check: hits(0) },
  { route: 'GET /dossiers?q=', user: 'kinhte.xa1', relation: 'unit off the route', outcome: '200, no hit', path: search('verification'), check: hits(0) },
  { route: 'GET /dossiers?q=', user: 'giamdoc.pvhcc', relation: 'supervisor, dossier of another center', outcome: '200, no hit', path: search('verification'), check: hits(0) },
  { route: 'GET /dossiers?q=', user: 'giamdoc.ttxa', relation: "supervisor, dossier of the center's units", outcome: '200, the hit, all fields', path: search('verification'), check: hits(1, 'full') },
  { route: 'GET /dossiers?q=', user: 'quantri', relation: 'admin, any dossier', outcome: '200, the hit, all fields', path: search('land'), check: hits(1, 'full') },
  // Statutory forms of a dossier (01–06)
  { route: 'GET /dossiers/:code/forms/:form', user: 'letan.xa', relation: 'receiving unit', outcome: '200', path: form01('appraisal'), check: status(200) },
  { route: 'GET /dossiers/:code/forms/:form', user: 'tuphap.xa1', relation: 'unit on the route, reached', outcome: '200', path: form01('appraisal'), check: status(200) },
  { route: 'GET /dossiers/:code/forms/:form', user: 'chutich.xa', relation: 'leader of the competent agency, not reached yet', outcome: '200', path: form01('appraisal'), check: status(200) },
  { route: 'GET /dossiers/:code/forms/:form', user: 'congan.xa1', relation: 'verifying unit, reached', outcome: '403 FORM_FORBIDDEN', path: form01('verification'), check: status(403, 'FORM_FORBIDDEN') },
  { route: 'GET /dossiers/:code/forms/:form', user: 'giamdoc.ttxa', relation: "supervisor, dossier of the center's units", outcome: '200', path: form01('verification'), check: status(200) },
  { route: 'GET /dossiers/:code/forms/:form', user: 'giamdoc.pvhcc', relation: 'supervisor, dossier of another center', outcome: '404', path: form01('verification'), check: status(404, 'DOSSIER_NOT_FOUND') },
  { route: 'GET /dossiers/:code/forms/:form', user: 'quantri', relation: 'admin, any dossier', outcome: '200', path: form01('land'), check: status(200) },
  // Tracking book (form 07) of a unit
  { route: 'GET /forms/07?unit=', user: 'tuphap.xa1', relation: 'own unit', outcome: '200, dossiers that reached the unit', path: book07('tu-phap-xa'), check: book(['appraisal', 'verification'], ['land']) },
  { route: 'GET /forms/07?unit=', user: 'congan.xa1', relation: 'own unit, which only verifies', outcome: '200, dossiers that reached the unit, without phone', path: book07('cong-an-xa'), check: book(['verification'], ['appraisal', 'land'], false) },
  { route: 'GET /forms/07?unit=', user: 'tuphap.xa1', relation: 'another unit', outcome: '403 FORM_FORBIDDEN', path: book07('kinh-te-xa'), check: status(403, 'FORM_FORBIDDEN') },
  { route: 'GET /forms/07?unit=', user: 'giamdoc.ttxa', relation: "supervisor, a unit of the center", outcome: '200, dossiers that reached the unit', path: book07('tu-phap-xa'), check: book(['appraisal', 'verification'], ['land']) },
  { route: 'GET /forms/07?unit=', user: 'giamdoc.ttxa', relation: 'supervisor, a unit of another center', outcome: '403 FORM_FORBIDDEN', path: book07('vpdkdd'), check: status(403, 'FORM_FORBIDDEN') },
  { route: 'GET /forms/07?unit=', user: 'giamdoc.ttxa', relation: 'supervisor, a unit outside every center', outcome: '403 FORM_FORBIDDEN', path: book07('cong-an-xa'), check: status(403, 'FORM_FORBIDDEN') },
  { route: 'GET /forms/07?unit=', user: 'giamdoc.pvhcc', relation: "supervisor, a unit of the center", outcome: '200, dossiers that reached the unit', path: book07('vpdkdd'), check: book(['land'], ['appraisal', 'verification']) },
  { route: 'GET /forms/07?unit=', user: 'quantri', relation: 'admin, any unit', outcome: '200, dossiers that reached the unit', path: book07('cong-an-xa'), check: book(['verification'], ['appraisal', 'land'], false) },
  // Reports (handling report, indicators, trend, backlog: the same scope)
  { route: 'GET /reports/handling', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => `/reports/handling?${MONTH}`, check: receivingUnits(['mot-cua-xa']) },
  { route: 'GET /reports/handling', user: 'giamdoc.pvhcc', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => `/reports/handling?${MONTH}`, check: receivingUnits(['pvhcc']) },
  { route: 'GET /reports/handling', user: 'quantri', relation: 'admin', outcome: '200, every dossier', path: () => `/reports/handling?${MONTH}`, check: receivingUnits(['mot-cua-xa', 'pvhcc']) },
  { route: 'GET /reports/handling', user: 'chanhvp.xa', relation: 'head', outcome: '403 FORBIDDEN_ROLE', path: () => `/reports/handling?${MONTH}`, check: status(403, 'FORBIDDEN_ROLE') },
  { route: 'GET /reports/indicators', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => `/reports/indicators?${MONTH}`, check: counted(2, onTimeDenominator) },
  { route: 'GET /reports/indicators', user: 'giamdoc.pvhcc', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => `/reports/indicators?${MONTH}`, check: counted(1, onTimeDenominator) },
  { route: 'GET /reports/indicators', user: 'quantri', relation: 'admin', outcome: '200, every dossier', path: () => `/reports/indicators?${MONTH}`, check: counted(3, onTimeDenominator) },
  { route: 'GET /reports/trend', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => `/reports/trend?${MONTH}`, check: counted(2, trendTotal) },
  { route: 'GET /reports/trend', user: 'giamdoc.pvhcc', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => `/reports/trend?${MONTH}`, check: counted(1, trendTotal) },
  { route: 'GET /reports/trend', user: 'quantri', relation: 'admin', outcome: '200, every dossier', path: () => `/reports/trend?${MONTH}`, check: counted(3, trendTotal) },
  { route: 'GET /reports/satisfaction', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's ratings only", path: () => `/reports/satisfaction?${MONTH}`, check: counted(1, ratings) },
  { route: 'GET /reports/satisfaction', user: 'giamdoc.pvhcc', relation: 'supervisor', outcome: "200, the center's ratings only", path: () => `/reports/satisfaction?${MONTH}`, check: counted(1, ratings) },
  { route: 'GET /reports/satisfaction', user: 'quantri', relation: 'admin', outcome: '200, every rating', path: () => `/reports/satisfaction?${MONTH}`, check: counted(2, ratings) },
  { route: 'GET /reports/satisfaction', user: 'tuphap.xa1', relation: 'officer', outcome: '403 FORBIDDEN_ROLE', path: () => `/reports/satisfaction?${MONTH}`, check: status(403, 'FORBIDDEN_ROLE') },
  { route: 'GET /reports/backlog', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => '/reports/backlog', check: openTotal(2) },
  { route: 'GET /reports/backlog', user: 'giamdoc.pvhcc', relation: 'supervisor', outcome: "200, the center's dossiers only", path: () => '/reports/backlog', check: openTotal(1) },
  { route: 'GET /reports/backlog', user: 'quantri', relation: 'admin', outcome: '200, every dossier', path: () => '/reports/backlog', check: openTotal(3) },
  // Staff of a unit
  { route: 'GET /org/units/:unit/users', user: 'chanhvp.xa', relation: 'head, own unit', outcome: '200', path: users('tu-phap-xa'), check: status(200) },
  { route: 'GET /org/units/:unit/users', user: 'chanhvp.xa', relation: 'head, another unit', outcome: '403 FORBIDDEN_UNIT', path: users('kinh-te-xa'), check: status(403, 'FORBIDDEN_UNIT') },
  { route: 'GET /org/units/:unit/users', user: 'tuphap.xa1', relation: 'officer, own unit', outcome: '403 FORBIDDEN_UNIT', path: users('tu-phap-xa'), check: status(403, 'FORBIDDEN_UNIT') },
  { route: 'GET /org/units/:unit/users', user: 'letan.xa', relation: 'reception, own unit', outcome: '403 FORBIDDEN_UNIT', path: users('mot-cua-xa'), check: status(403, 'FORBIDDEN_UNIT') },
  { route: 'GET /org/units/:unit/users', user: 'chutich.xa', relation: 'leader, own unit', outcome: '403 FORBIDDEN_UNIT', path: users('lanh-dao-xa'), check: status(403, 'FORBIDDEN_UNIT') },
  { route: 'GET /org/units/:unit/users', user: 'giamdoc.ttxa', relation: "supervisor, a unit of the center", outcome: '200', path: users('tu-phap-xa'), check: status(200) },
  { route: 'GET /org/units/:unit/users', user: 'giamdoc.ttxa', relation: 'supervisor, a unit of another center', outcome: '403 FORBIDDEN_UNIT', path: users('vpdkdd'), check: status(403, 'FORBIDDEN_UNIT') },
  { route: 'GET /org/units/:unit/users', user: 'quantri', relation: 'admin, any unit', outcome: '200', path: users('cong-an-xa'), check: status(200) },
  // The access log (the reads above are in it)
  { route: 'GET /access-log', user: 'quantri', relation: 'admin, by dossier', outcome: '200, who read it and how', path: (c) => `/access-log?dossier=${c.verification}`, check: logged('congan.xa1', 'view', 'verification') },
  { route: 'GET /access-log', user: 'quantri', relation: 'admin, by user', outcome: '200, what they read and how', path: () => '/access-log?user=tuphap.xa1', check: logged('tuphap.xa1', 'form', 'full') },
  { route: 'GET /access-log', user: 'quantri', relation: 'admin, no dossier nor user', outcome: '400 ACCESS_LOG_FILTER_REQUIRED', path: () => '/access-log', check: status(400, 'ACCESS_LOG_FILTER_REQUIRED') },
  { route: 'GET /access-log', user: 'giamdoc.ttxa', relation: 'supervisor', outcome: '403 FORBIDDEN_ROLE', path: (c) => `/access-log?dossier=${c.appraisal}`, check: status(403, 'FORBIDDEN_ROLE') },
  { route: 'GET /access-log', user: 'chanhvp.xa', relation: 'head', outcome: '403 FORBIDDEN_ROLE', path: () => '/access-log?user=chanhvp.xa', check: status(403, 'FORBIDDEN_ROLE') },
];

const role = (user: string): string =>
  ({
    'letan.xa': 'reception',
    'tuphap.xa1': 'officer',
    'chanhvp.xa': 'head',
    'chutich.xa': 'leader',
    'congan.xa1': 'officer',
    'truongca.xa': 'head',
    'kinhte.xa1': 'officer',
    'dangky.vpdk1': 'officer',
    'giamdoc.ttxa': 'supervisor',
    'giamdoc.pvhcc': 'supervisor',
    quantri: 'admin',
  })[user] ?? user;

/** The row docs/access.md must hold for a cell. */
const docRow = (c: Cell): string =>
  `| \`${c.route}\` | ${role(c.user)} (\`${c.user}\`) | ${c.relation} | ${c.outcome} |`;

describe('the read-access matrix of docs/access.md', () => {
  const clock = new ManualClock(MONDAY_8AM);
  let e2e: E2eWithWorker | undefined;
  let client: DossierClient;
  const code = {} as Record<Fixture, string>;

  beforeAll(async () => {
    e2e = await bootE2e({ clock, worker: true });
    ({ client } = e2e);
    const receive = async (desk: string, procedure: string, f: Fixture) => {
      const res = await client.receive(desk, procedure, {}, N[f]);
      expect(res.status).toBe(201);
      code[f] = res.body.code as string;
      await client.started(desk, code[f]);
      expect((await client.act(desk, code[f], 'forward')).status).toBe(200);
    };
    await receive('letan.xa', '2.000806', 'appraisal');
    await receive('letan.xa', '2.000806', 'verification');
    await receive('letan.tinh1', '1.115668', 'land');
    expect((await client.act('tuphap.xa1', code.verification, 'request_verification')).status).toBe(200);
    // One rating on a commune dossier and one on the provincial one, as the citizens' portal stores them.
    for (const f of ['appraisal', 'land'] as const)
      await query(
        `INSERT INTO dossier_rating (dossier_id, procedure_code, receiving_unit, overall, on_time, staff_attitude,
                                     guidance, rated_at)
         SELECT id, procedure_code, receiving_unit, 4, 4, 4, 4, $2 FROM dossier WHERE code = $1`,
        [code[f], MONDAY_8AM],
      );
  });

  afterAll(async () => {
    await e2e?.close();
  });

  it.each(MATRIX.map((c) => [c.route, c.user, c.relation, c.outcome, c] as const))(
    '%s as %s (%s): %s',
    async (_route, _user, _relation, _outcome, cell) => {
      const res = await client.get(cell.user, cell.path(code));
      cell.check({ status: res.status, body: res.body as Res['body'], text: res.text ?? '' }, code);
    },
  );

  it('is the matrix docs/access.md shows, row for row', () => {
    const doc = readFileSync(join(__dirname, '..', 'docs', 'access.md'), 'utf8');
    const section = doc.slice(doc.indexOf('### The read matrix')).split(/\n#{2,3} /)[0]!;
    // Cells compared trimmed, so that a formatter padding the table changes nothing.
    const cells = (row: string) => row.split('|').map((c) => c.trim());
    const rows = section.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows.map(cells)).toEqual(MATRIX.map(docRow).map(cells));
  });
});

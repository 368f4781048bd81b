import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { pinoHttp } from 'pino-http';
import { httpLoggingOptions, loggingParams, pinoLevel, REDACTED_PATHS } from './logging.config';
import { saneRequestId } from './request-id.rules';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function capture(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { stream, lines };
}

describe('logging options', () => {
  it('maps the Nest level names of LOG_LEVEL to pino levels', () => {
    expect(['fatal', 'error', 'warn', 'log', 'debug', 'verbose'].map((l) => pinoLevel(l as never))).toEqual([
      'fatal',
      'error',
      'warn',
      'info',
      'debug',
      'trace',
    ]);
    expect(loggingParams('debug').pinoHttp).toMatchObject({ level: 'debug' });
  });

  it("takes a caller's request id only when it is one short token", () => {
    expect(saneRequestId('demo-17-3')).toBe('demo-17-3');
    expect(saneRequestId('3f1c2b9e-6f7d-4c1e-9a0b-1c2d3e4f5a6b')).toBeDefined();
    expect(saneRequestId(undefined)).toBeUndefined();
    expect(saneRequestId(['a', 'b'])).toBeUndefined();
    expect(saneRequestId('')).toBeUndefined();
    expect(saneRequestId('has space')).toBeUndefined();
    expect(saneRequestId('line\nbreak')).toBeUndefined();
    expect(saneRequestId('x'.repeat(129))).toBeUndefined();
  });

  it('redacts passwords at any of the first levels', () => {
    const { stream, lines } = capture();
    const logger = pino({ redact: { paths: REDACTED_PATHS, censor: '[redacted]' } }, stream);
    logger.info({
      password: 'a',
      body: { password: 'b', username: 'letan.xa' },
      x: { y: { password: 'c' } },
    });
    const [line] = lines();
    expect(JSON.stringify(line)).not.toMatch(/"(a|b|c)"/);
    expect(line).toMatchObject({
      password: '[redacted]',
      body: { password: '[redacted]', username: 'letan.xa' },
    });
  });

  describe('per request', () => {
    let server: Server;
    let url: string;
    const out = capture();

    beforeAll(async () => {
      const middleware = pinoHttp(httpLoggingOptions('log'), out.stream);
      server = createServer((req, res) =>
        middleware(req, res, () => {
          req.log.info('inside the handler');
          res.end('ok');
        }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('echoes a sane X-Request-Id, logs it on every line, and hides the bearer token', async () => {
      const res = await fetch(`${url}/api/v1/procedures`, {
        headers: { 'x-request-id': 'abc-123', authorization: 'Bearer secret.token' },
      });
      expect(res.headers.get('x-request-id')).toBe('abc-123');
      const mine = out.lines().filter((l) => l.reqId === 'abc-123');
      expect(mine.map((l) => l.msg)).toEqual(['inside the handler', 'request completed']);
      expect(JSON.stringify(mine)).not.toContain('secret.token');
      expect(mine[1]).toMatchObject({ req: { headers: { authorization: '[redacted]' } } });
    });

    it('keeps search terms, lookup keys and portal credentials out of the request line', async () => {
      await fetch(`${url}/api/v1/dossiers?q=001085012345&status=accepted`, {
        headers: { 'x-request-id': 'search-1', 'x-api-key': 'portal-key-1', 'x-signature': 'ab'.repeat(32) },
      });
      await fetch(`${url}/api/v1/public/dossiers/X-1?key=7K3M9QXZ`, { headers: { 'x-request-id': 'key-1' } });
      const mine = out.lines().filter((l) => l.reqId === 'search-1' || l.reqId === 'key-1');
      const text = JSON.stringify(mine);
      for (const secret of ['001085012345', '7K3M9QXZ', 'portal-key-1', 'abab'])
        expect(text).not.toContain(secret);
      expect(mine.find((l) => l.reqId === 'search-1' && l.msg === 'request completed')).toMatchObject({
        req: { url: '/api/v1/dossiers?q=[redacted]&status=accepted' },
      });
    });

    it('replaces a missing or unusable id with a uuid', async () => {
      const res = await fetch(url, { headers: { 'x-request-id': 'not ok' } });
      expect(res.headers.get('x-request-id')).toMatch(UUID);
    });

    it('does not log /health', async () => {
      await fetch(`${url}/health`, { headers: { 'x-request-id': 'health-1' } });
      expect(out.lines().filter((l) => l.reqId === 'health-1' && l.msg === 'request completed')).toEqual([]);
    });
  });

  describe('in a terminal (pretty)', () => {
    let server: Server;
    let url: string;
    const out = capture();
    const { transport, ...options } = httpLoggingOptions('log', 'pretty');

    beforeAll(async () => {
      // The transport thread would write to the terminal; the records it is given are captured here instead.
      const middleware = pinoHttp(options, out.stream);
      server = createServer((req, res) =>
        middleware(req, res, () => {
          res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
          res.end();
        }),
      );
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });

    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('writes through pino-pretty, says nothing of a request that went well and one short line of a refusal', async () => {
      expect(transport).toMatchObject({ target: 'pino-pretty' });
      await fetch(`${url}/api/v1/procedures`, { headers: { 'x-request-id': 'ok-1' } });
      await fetch(`${url}/missing?q=001085012345`, { headers: { 'x-request-id': 'miss-1' } });
      expect(out.lines().filter((l) => l.reqId === 'ok-1')).toEqual([]);
      const [refusal] = out.lines().filter((l) => l.reqId === 'miss-1');
      expect(refusal).toMatchObject({
        level: 40,
        msg: expect.stringMatching(/^GET \/missing\?q=\[redacted\] 404 \d+ms$/),
      });
    });
  });
});

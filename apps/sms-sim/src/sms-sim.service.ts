import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A message as the simulated gateway took it (the request format of docs/citizen.md). */
export interface ReceivedSms {
  reference: string;
  from: string;
  to: string;
  text: string;
  unicode: boolean;
  /** A resend of a reference already taken (motcua delivers at least once; a gateway sends it once). */
  duplicate: boolean;
  receivedAt: string;
}

export interface SmsSimOptions {
  port?: number;
  host?: string;
  /** The bearer token motcua must send (SMS_GATEWAY_TOKEN). */
  token: string;
}

export interface SmsSim {
  url: string;
  port: number;
  server: Server;
  received: ReceivedSms[];
  /** Requests answered with an error: a bad token or body, or failing on purpose. */
  refused: number;
  control: { fail: boolean };
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const send = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

function sameToken(expected: string, header: string | undefined): boolean {
  const given = Buffer.from(header?.replace(/^Bearer /, '') ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** The body of a send request, or the reason it is refused. */
export function smsRequest(raw: string): Omit<ReceivedSms, 'duplicate' | 'receivedAt'> | string {
  let body: Record<string, unknown>;
  try {
    body = JSON.parse(raw) as Record<string, unknown>;
  } catch {
    return 'the body is not JSON';
  }
  for (const field of ['reference', 'from', 'to', 'text'] as const) {
    if (typeof body[field] !== 'string' || body[field] === '') return `'${field}' is missing`;
  }
  if (!/^84\d{9}$/.test(body.to as string)) return "'to' is not 84 and a 9-digit subscriber number";
  // eslint-disable-next-line no-control-regex
  if (body.unicode !== true && /[^\x00-\x7f]/.test(body.text as string))
    return "'text' has characters outside ASCII; send unicode: true";
  return {
    reference: body.reference as string,
    from: body.from as string,
    to: body.to as string,
    text: body.text as string,
    unicode: body.unicode === true,
  };
}

/**
 * An SMS gateway for tests and demos: takes motcua's send requests (POST /sms with the bearer token), records them
 * (GET /messages, same token), and can be told to fail (POST /control {"fail": true}).
 */
export async function createSmsSim(options: SmsSimOptions): Promise<SmsSim> {
  const sim = { received: [] as ReceivedSms[], refused: 0, control: { fail: false } };
  const taken = new Set<string>();

  const take = (req: IncomingMessage, res: ServerResponse, raw: Buffer): void => {
    if (!sameToken(options.token, req.headers.authorization)) {
      sim.refused++;
      return send(res, 401, { error: 'bad token' });
    }
    if (sim.control.fail) {
      sim.refused++;
      return send(res, 503, { error: 'gateway unavailable' });
    }
    const parsed = smsRequest(raw.toString('utf8'));
    if (typeof parsed === 'string') {
      sim.refused++;
      return send(res, 400, { error: parsed });
    }
    sim.received.push({
      ...parsed,
      duplicate: taken.has(parsed.reference),
      receivedAt: new Date().toISOString(),
    });
    taken.add(parsed.reference);
    send(res, 202, { accepted: parsed.reference });
  };

  const server = createServer((req, res) => {
    void readBody(req)
      .then((raw) => {
        const path = (req.url ?? '/').split('?')[0];
        if (req.method === 'POST' && path === '/sms') return take(req, res, raw);
        if (!sameToken(options.token, req.headers.authorization))
          return send(res, 401, { error: 'bad token' });
        if (req.method === 'GET' && path === '/messages') return send(res, 200, sim.received);
        if (req.method === 'POST' && path === '/control') {
          const body = JSON.parse(raw.toString('utf8') || '{}') as { fail?: boolean };
          if (typeof body.fail === 'boolean') sim.control.fail = body.fail;
          return send(res, 200, sim.control);
        }
        send(res, 404, { error: 'not found' });
      })
      .catch((error: Error) => send(res, 500, { error: error.message }));
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const port = (server.address() as AddressInfo).port;
  return {
    get received() {
      return sim.received;
    },
    get refused() {
      return sim.refused;
    },
    control: sim.control,
    server,
    port,
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

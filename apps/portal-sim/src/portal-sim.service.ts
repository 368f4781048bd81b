import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A sync message as the simulated portal received and accepted it. */
export interface ReceivedMessage {
  messageId: string;
  seq: number | null;
  /** A resend of a message id already accepted (the portal deduplicates; motcua delivers at least once). */
  duplicate: boolean;
  receivedAt: string;
  body: Record<string, unknown>;
}

export interface PortalSimOptions {
  port?: number;
  host?: string;
  /** The key motcua signs its sync messages with (PORTAL_SYNC_SECRET). */
  syncSecret: string;
  /**
   * motcua's inbound endpoint and this portal's client credentials there, for POST /submit; POST /pay goes to
   * `paymentsUrl` (default: the same url ending in /payments instead of /dossiers).
   */
  inbound?: { url: string; apiKey: string; secret: string; paymentsUrl?: string };
}

export interface PortalSim {
  url: string;
  port: number;
  server: Server;
  received: ReceivedMessage[];
  /** Requests answered with an error: failing on purpose or a bad signature. */
  refused: number;
  control: { fail: boolean; delayMs: number };
  close(): Promise<void>;
}

const readBody = (req: IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const hmac = (secret: string, text: string | Buffer, prefix = ''): string =>
  createHmac('sha256', secret).update(prefix).update(text).digest('hex');

function sameHex(a: string, b: string | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  return timingSafeEqual(Buffer.from(a), Buffer.from(b));
}

const send = (res: ServerResponse, status: number, body: unknown): void => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
};

const header = (req: IncomingMessage, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * A public service portal for tests and demos: receives motcua's signed sync messages (any POST path but the
 * control ones), records them (GET /received), can be told to fail or be slow (POST /control), and sends
 * signed submissions (POST /submit) and online payment notices (POST /pay) to motcua's inbound endpoints.
 */
export async function createPortalSim(options: PortalSimOptions): Promise<PortalSim> {
  const sim = {
    received: [] as ReceivedMessage[],
    refused: 0,
    control: { fail: false, delayMs: 0 },
  };
  const accepted = new Set<string>();

  const receive = async (req: IncomingMessage, res: ServerResponse, raw: Buffer): Promise<void> => {
    if (sim.control.delayMs > 0) await new Promise((r) => setTimeout(r, sim.control.delayMs));
    const timestamp = header(req, 'x-timestamp') ?? '';
    const messageId = header(req, 'x-message-id');
    const valid = sameHex(hmac(options.syncSecret, raw, `${timestamp}\n`), header(req, 'x-signature'));
    if (!valid || !messageId) {
      sim.refused++;
      return send(res, 401, { error: 'bad signature or message id' });
    }
    if (sim.control.fail) {
      sim.refused++;
      return send(res, 503, { error: 'portal unavailable' });
    }
    const seq = header(req, 'x-sequence');
    sim.received.push({
      messageId,
      seq: seq === undefined ? null : Number(seq),
      duplicate: accepted.has(messageId),
      receivedAt: new Date().toISOString(),
      body: JSON.parse(raw.toString('utf8')) as Record<string, unknown>,
    });
    accepted.add(messageId);
    send(res, 200, { ok: true });
  };

  const paymentsUrl = options.inbound
    ? (options.inbound.paymentsUrl ?? options.inbound.url.replace(/\/dossiers\/?$/, '/payments'))
    : undefined;

  /** Signs `raw` as this portal's client and sends it to motcua's inbound `url`, answering with its answer. */
  const signed = async (res: ServerResponse, raw: Buffer, url: string | undefined): Promise<void> => {
    if (!options.inbound || !url) return send(res, 501, { error: 'no inbound endpoint configured' });
    const { apiKey, secret } = options.inbound;
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomUUID();
    const upstream = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'X-Api-Key': apiKey,
        'X-Timestamp': timestamp,
        'X-Nonce': nonce,
        'X-Signature': hmac(secret, raw, `${timestamp}\n${nonce}\n`),
      },
      body: raw,
    });
    res.writeHead(upstream.status, { 'content-type': 'application/json; charset=utf-8' });
    res.end(await upstream.text());
  };

  const server = createServer((req, res) => {
    void readBody(req)
      .then(async (raw) => {
        const path = (req.url ?? '/').split('?')[0];
        if (req.method === 'GET' && path === '/received') return send(res, 200, sim.received);
        if (req.method === 'POST' && path === '/control') {
          const body = JSON.parse(raw.toString('utf8') || '{}') as { fail?: boolean; delayMs?: number };
          if (typeof body.fail === 'boolean') sim.control.fail = body.fail;
          if (typeof body.delayMs === 'number') sim.control.delayMs = body.delayMs;
          return send(res, 200, sim.control);
        }
        if (req.method === 'POST' && path === '/submit') return signed(res, raw, options.inbound?.url);
        if (req.method === 'POST' && path === '/pay') return signed(res, raw, paymentsUrl);
        if (req.method === 'POST') return receive(req, res, raw);
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

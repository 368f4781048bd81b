import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifySignature } from '../../../libs/notification/src/webhook-signature.rules';

export const WEBHOOK_SECRET = 'faults-webhook-secret-0123456789';

/** Receives the notification webhook: the id of every correctly signed delivery, resends included. */
export interface WebhookReceiver {
  url: string;
  deliveries: string[];
  refused: number;
  close(): Promise<void>;
}

/** On `port`, or on one the system picks. */
export async function startWebhookReceiver(port = 0): Promise<WebhookReceiver> {
  const receiver = { deliveries: [] as string[], refused: 0 };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = req.headers['x-motcua-signature'];
      const id = req.headers['x-motcua-delivery'];
      if (typeof id !== 'string' || !verifySignature(WEBHOOK_SECRET, body, String(signature))) {
        receiver.refused++;
        res.writeHead(401).end();
        return;
      }
      receiver.deliveries.push(id);
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    get deliveries() {
      return receiver.deliveries;
    },
    get refused() {
      return receiver.refused;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

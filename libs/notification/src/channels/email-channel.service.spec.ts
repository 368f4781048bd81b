import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { NotificationEntity } from '../notification.entity';
import { EmailChannelService } from './email-channel.service';

/** Just enough SMTP on 127.0.0.1 to take one message and keep what it was sent. */
function fakeSmtp(): Promise<{ server: Server; port: number; messages: string[] }> {
  const messages: string[] = [];
  const server = createServer((socket) => {
    let data: string | null = null;
    let buffer = '';
    socket.write('220 localhost ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (data !== null) {
          if (line === '.') {
            messages.push(data);
            data = null;
            socket.write('250 queued\r\n');
          } else data += `${line}\n`;
        } else if (/^(EHLO|HELO)/i.test(line)) socket.write('250 localhost\r\n');
        else if (/^DATA/i.test(line)) {
          data = '';
          socket.write('354 go on\r\n');
        } else if (/^QUIT/i.test(line)) socket.end('221 bye\r\n');
        else socket.write('250 OK\r\n');
      }
    });
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, port: (server.address() as AddressInfo).port, messages }),
    ),
  );
}

describe('EmailChannelService', () => {
  it('is off without configuration', () => {
    expect(new EmailChannelService({ email: null, webhook: null, warnings: [] }).enabled).toBe(false);
  });

  it('sends the notification over SMTP to NOTIFY_EMAIL_TO, naming the user it is for', async () => {
    const smtp = await fakeSmtp();
    const channel = new EmailChannelService({
      email: {
        smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
        to: 'motcua@example.vn',
        from: 'motcua <no-reply@example.vn>',
      },
      webhook: null,
      warnings: [],
    });
    try {
      await channel.send(
        {
          id: '6f1c2f9e-8a57-4a8e-9f0b-3d2f1c4b5a69',
          title: 'Hồ sơ 000.01.52.H38-261123-0001 quá hạn bước Thẩm định',
          body: 'Đề nghị xử lý hồ sơ ngay.',
        } as NotificationEntity,
        {
          id: 'u',
          username: 'tuphap.xa1',
          fullName: 'Đặng Thị Hương',
          unitId: 'tu-phap-xa',
          roles: ['officer'],
        },
      );
      expect(smtp.messages).toHaveLength(1);
      const [message] = smtp.messages;
      expect(message).toMatch(/^To: motcua@example\.vn$/m);
      expect(message).toMatch(/^X-Motcua-Notification: 6f1c2f9e-8a57-4a8e-9f0b-3d2f1c4b5a69$/m);
      expect(message).toMatch(/^Subject: =\?UTF-8\?/m);
    } finally {
      channel.onModuleDestroy();
      await new Promise((resolve) => smtp.server.close(resolve));
    }
  });
});

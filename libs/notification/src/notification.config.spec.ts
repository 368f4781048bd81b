import { DEFAULT_EMAIL_FROM, readNotificationConfig } from './notification.config';
import { signBody, verifySignature } from './webhook.signature';

const reader = (env: Record<string, string>) => (key: string) => env[key];

describe('readNotificationConfig', () => {
  it('leaves e-mail and webhook off unless configured', () => {
    expect(readNotificationConfig(reader({}))).toEqual({ email: null, webhook: null, warnings: [] });
  });

  it('turns e-mail on with SMTP_URL and NOTIFY_EMAIL_TO, and warns when the address is missing', () => {
    expect(
      readNotificationConfig(
        reader({ SMTP_URL: 'smtp://u:p@127.0.0.1:2525', NOTIFY_EMAIL_TO: 'motcua@example.vn' }),
      ).email,
    ).toEqual({ smtpUrl: 'smtp://u:p@127.0.0.1:2525', to: 'motcua@example.vn', from: DEFAULT_EMAIL_FROM });
    const half = readNotificationConfig(reader({ SMTP_URL: 'smtps://mail.example.vn' }));
    expect(half.email).toBeNull();
    expect(half.warnings).toEqual([
      'SMTP_URL is set but NOTIFY_EMAIL_TO is not: e-mail notifications stay off',
    ]);
  });

  it('refuses a webhook without its secret, and URLs of the wrong kind, without echoing them', () => {
    expect(() =>
      readNotificationConfig(reader({ NOTIFY_WEBHOOK_URL: 'https://hooks.example.vn/motcua' })),
    ).toThrow(/NOTIFY_WEBHOOK_SECRET: is required when NOTIFY_WEBHOOK_URL is set/);
    expect(() => readNotificationConfig(reader({ SMTP_URL: 'http://u:secret@mail' }))).toThrow(
      /SMTP_URL: must be a URL starting with smtp:\/\/ or smtps:\/\/$/,
    );
    expect(
      readNotificationConfig(
        reader({ NOTIFY_WEBHOOK_URL: 'http://127.0.0.1:9/x', NOTIFY_WEBHOOK_SECRET: 's' }),
      ).webhook,
    ).toEqual({ url: 'http://127.0.0.1:9/x', secret: 's' });
  });
});

describe('webhook signature', () => {
  it('is the hex HMAC-SHA256 of the exact body; a receiver verifies it in constant time', () => {
    const body = '{"title":"Hồ sơ quá hạn"}';
    const signature = signBody('bí mật', body);
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/);
    expect(verifySignature('bí mật', body, signature)).toBe(true);
    expect(verifySignature('bí mật', `${body} `, signature)).toBe(false);
    expect(verifySignature('other', body, signature)).toBe(false);
    expect(verifySignature('bí mật', body, undefined)).toBe(false);
  });
});

import helmet from 'helmet';

/**
 * Protective headers on every answer (helmet): a Content-Security-Policy the console and the API docs work
 * under (scripts and styles from this origin only, inline styles allowed for the charts and the docs, no
 * plugins, no framing), `nosniff`, `Referrer-Policy: no-referrer`, HSTS; no `X-Powered-By`. Requests are not
 * upgraded to https here: TLS is the reverse proxy's, and an intranet served over http must keep working.
 */
export const securityHeaders = () =>
  helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'connect-src': ["'self'"],
        'frame-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });

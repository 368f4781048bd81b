import { registerDecorator, type ValidationOptions } from 'class-validator';
import { parseTrustProxy } from '../http/trust-proxy.config';
import { redisUrlProblem } from '../redis/redis-url.rules';

export function IsUrlWithScheme(schemes: string[], options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isUrlWithScheme',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}`,
        ...options,
      },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string') return false;
          try {
            return schemes.includes(new URL(value).protocol.replace(/:$/, ''));
          } catch {
            return false;
          }
        },
      },
    });
}

/** REDIS_URL: one server, a Sentinel set or a Cluster's seed nodes (parseRedisUrl); the message says what is wrong. */
export function IsRedisUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRedisUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args) => redisUrlProblem(args.value) ?? 'is not a Redis URL', ...options },
      validator: { validate: (value: unknown) => redisUrlProblem(value) === null },
    });
}

/** An http(s) URL with a host and no query, fragment or credentials: links are built by appending a path to it. */
export function isPublicBaseUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return (
      ['http:', 'https:'].includes(url.protocol) &&
      url.hostname !== '' &&
      url.search === '' &&
      url.hash === '' &&
      !value.includes('?') &&
      !value.includes('#') &&
      url.username === '' &&
      url.password === ''
    );
  } catch {
    return false;
  }
}

export function IsPublicBaseUrl(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isPublicBaseUrl',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          'must be an http:// or https:// URL without query, fragment or credentials (required in production)',
        ...options,
      },
      validator: { validate: isPublicBaseUrl },
    });
}

export function IsTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: 'must be an IANA time zone such as Asia/Ho_Chi_Minh', ...options },
      validator: {
        validate(value: unknown) {
          if (typeof value !== 'string' || value === '') return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
      },
    });
}

export function IsTrustProxy(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTrustProxy',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message:
          'must be false, a number of proxy hops (1-10), or proxy addresses/subnets separated by commas (true is refused: any client could choose its address)',
        ...options,
      },
      validator: {
        validate: (value: unknown) => typeof value === 'string' && parseTrustProxy(value) !== undefined,
      },
    });
}

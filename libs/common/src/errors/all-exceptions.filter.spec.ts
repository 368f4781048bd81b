import type { ArgumentsHost } from '@nestjs/common';
import { Logger, NotFoundException } from '@nestjs/common';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { AppException } from './app.exception';
import { AllExceptionsFilter } from './all-exceptions.filter';

interface Answer {
  status?: number;
  body?: Record<string, unknown>;
  headers: Record<string, string>;
}

function answer(exception: unknown): Answer {
  const sent: Answer = { headers: {} };
  const response = {
    setHeader: (name: string, value: string) => (sent.headers[name] = value),
    status(code: number) {
      sent.status = code;
      return this;
    },
    json: (body: Record<string, unknown>) => (sent.body = body),
  };
  const request = { id: 'req-1', method: 'POST', url: '/api/v1/dossiers' };
  const host = {
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
  } as unknown as ArgumentsHost;
  new AllExceptionsFilter().catch(exception, host);
  return sent;
}

const pgError = (code: string, message: string): DatabaseError => {
  const error = new DatabaseError(message, 0, 'error');
  error.code = code;
  return error;
};

const socketError = (code: string): Error =>
  Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), { code });

describe('AllExceptionsFilter: a database or Redis out of reach', () => {
  beforeAll(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each([
    ['PostgreSQL refusing connections', socketError('ECONNREFUSED')],
    ['a connection reset', socketError('ECONNRESET')],
    ['a connection lost mid-query', new Error('Connection terminated unexpectedly')],
    ['the pool timing out on connect', new Error('timeout exceeded when trying to connect')],
    [
      'an administrator shutdown (57P01)',
      pgError('57P01', 'terminating connection due to administrator command'),
    ],
    ['a server starting up (57P03)', pgError('57P03', 'the database system is starting up')],
    ['a connection failure (08006)', pgError('08006', 'connection failure')],
    [
      'TypeORM wrapping a shutdown',
      new QueryFailedError(
        'SELECT 1',
        [],
        pgError('57P01', 'terminating connection due to administrator command'),
      ),
    ],
    ['Redis gone', Object.assign(new Error('Connection is closed.'), {})],
    [
      'an error caused by a refused connection',
      new Error('lookup failed', { cause: socketError('ECONNREFUSED') }),
    ],
  ])('%s is a 503 SERVICE_UNAVAILABLE with Retry-After, never a 500', (_, error) => {
    const sent = answer(error);
    expect(sent.status).toBe(503);
    expect(sent.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', requestId: 'req-1' });
    expect(sent.headers['Retry-After']).toBe('5');
  });

  it('keeps other database errors a 500 INTERNAL', () => {
    const unique = new QueryFailedError('INSERT', [], pgError('23505', 'duplicate key value'));
    expect(answer(unique)).toMatchObject({ status: 500, body: { code: 'INTERNAL' }, headers: {} });
    expect(answer(new TypeError('x is undefined'))).toMatchObject({
      status: 500,
      body: { code: 'INTERNAL' },
    });
  });

  it('leaves the answers the application chose alone', () => {
    expect(answer(new NotFoundException('no such dossier'))).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND', message: 'no such dossier' },
    });
    const domain = new AppException('VERSION_CONFLICT', 'Connection terminated by a newer version');
    expect(answer(domain)).toMatchObject({ status: 409, body: { code: 'VERSION_CONFLICT' } });
  });
});

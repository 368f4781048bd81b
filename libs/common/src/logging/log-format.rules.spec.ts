import { requestLogLevel, resolveLogFormat } from './log-format.rules';

describe('log format', () => {
  it('is readable in a terminal outside production and JSON elsewhere, unless set by name', () => {
    expect(resolveLogFormat('auto', 'development', true)).toBe('pretty');
    expect(resolveLogFormat('auto', 'demo', true)).toBe('pretty');
    expect(resolveLogFormat('auto', 'development', false)).toBe('json');
    expect(resolveLogFormat('auto', 'production', true)).toBe('json');
    expect(resolveLogFormat('pretty', 'production', false)).toBe('pretty');
    expect(resolveLogFormat('json', 'development', true)).toBe('json');
  });

  it('keeps every request at info in JSON, and only refusals and failures in a terminal', () => {
    expect(requestLogLevel('json', 200, false)).toBe('info');
    expect(requestLogLevel('json', 404, false)).toBe('info');
    expect(requestLogLevel('json', 503, false)).toBe('error');
    expect(requestLogLevel('pretty', 200, false)).toBe('debug');
    expect(requestLogLevel('pretty', 304, false)).toBe('debug');
    expect(requestLogLevel('pretty', 422, false)).toBe('warn');
    expect(requestLogLevel('pretty', 500, false)).toBe('error');
    expect(requestLogLevel('pretty', 200, true)).toBe('error');
  });
});

import { PREPARED_STATEMENT_LIMIT, preparedStatementName } from './prepared-statement-client.service';

describe('prepared statement names', () => {
  it('gives one text one name, and another text another', () => {
    const a = preparedStatementName('SELECT $1::int AS spec_a');
    expect(a).toMatch(/^m[\w-]{24}$/);
    expect(preparedStatementName('SELECT $1::int AS spec_a')).toBe(a);
    expect(preparedStatementName('SELECT $1::int AS spec_b')).not.toBe(a);
  });

  it('stops naming new texts at the limit, and keeps the names it gave', () => {
    const first = preparedStatementName('SELECT $1::int AS spec_kept');
    for (let i = 0; i < PREPARED_STATEMENT_LIMIT; i++) preparedStatementName(`SELECT $1::int AS spec_${i}`);
    expect(preparedStatementName('SELECT $1::int AS spec_past_the_limit')).toBeUndefined();
    expect(preparedStatementName('SELECT $1::int AS spec_kept')).toBe(first);
  });
});

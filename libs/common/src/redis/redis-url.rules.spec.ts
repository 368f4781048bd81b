import { describeRedisTarget, parseRedisUrl, redisUrlProblem } from './redis-url.rules';

describe('parseRedisUrl', () => {
  it('reads one server as before: host, port, database, credentials, TLS', () => {
    expect(parseRedisUrl('redis://127.0.0.1:6379/2')).toEqual({
      kind: 'server',
      node: { host: '127.0.0.1', port: 6379 },
      db: 2,
      tls: false,
    });
    expect(parseRedisUrl('rediss://app:p%40ss@cache.example:6380')).toEqual({
      kind: 'server',
      node: { host: 'cache.example', port: 6380 },
      db: 0,
      username: 'app',
      password: 'p@ss',
      tls: true,
    });
    expect(parseRedisUrl('redis://:secret@redis')).toMatchObject({
      node: { host: 'redis', port: 6379 },
      password: 'secret',
    });
    expect(parseRedisUrl('redis://[::1]:7000/1')).toMatchObject({ node: { host: '::1', port: 7000 }, db: 1 });
  });

  it('reads a Sentinel set: the sentinels (default port 26379), the master name, the database', () => {
    expect(parseRedisUrl('redis+sentinel://:pw@10.0.0.1,10.0.0.2:26380/motcua-master/3')).toEqual({
      kind: 'sentinel',
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
      ],
      masterName: 'motcua-master',
      db: 3,
      password: 'pw',
      tls: false,
    });
    expect(parseRedisUrl('rediss+sentinel://s1:26379/mymaster')).toMatchObject({ db: 0, tls: true });
  });

  it('reads the seed nodes of a cluster, which has database 0 only', () => {
    expect(parseRedisUrl('redis+cluster://127.0.0.1:7000,127.0.0.1:7001,127.0.0.1:7002')).toEqual({
      kind: 'cluster',
      nodes: [7000, 7001, 7002].map((port) => ({ host: '127.0.0.1', port })),
      tls: false,
    });
    expect(parseRedisUrl('redis+cluster://a:7000/0')).toMatchObject({ kind: 'cluster' });
  });

  it.each([
    ['http://127.0.0.1:6379', /must be a URL starting with redis:\/\/ or rediss:\/\//],
    ['redis+cluster://a:7000,b:7001/3', /a Redis Cluster has only database 0 \(got \/3\)/],
    ['redis+sentinel://s1:26379', /ends with the master's name.*\(got nothing\)/],
    ['redis+sentinel://s1:26379/master/1/2', /ends with the master's name/],
    ['redis://a:6379,b:6379/0', /names one server only/],
    ['redis://127.0.0.1:6379/x', /the database must be a number 0-99 \(got x\)/],
    ['redis://127.0.0.1:99999', /"127.0.0.1:99999" is not a host\[:port\]/],
    ['redis+cluster://a:7000,,b:7001', /"" is not a host\[:port\]/],
    ['redis://u:%E0%A4%A@h', /not correctly percent-encoded/],
    ['redis://127.0.0.1:6379/0?db=1', /must be a URL starting with/],
  ])('refuses %s with a message saying what is wrong', (url, message) => {
    expect(() => parseRedisUrl(url)).toThrow(message);
    expect(redisUrlProblem(url)).toMatch(message);
  });

  it('finds no problem in a good URL, and names the forms when the value is missing', () => {
    expect(redisUrlProblem('redis+cluster://h:1')).toBeNull();
    expect(redisUrlProblem(undefined)).toMatch(/redis\+sentinel:\/\/.*redis\+cluster:\/\//);
  });

  it('describes a target without its credentials', () => {
    expect(describeRedisTarget(parseRedisUrl('redis+sentinel://u:secret@s1,s2:5/m/1'))).toBe(
      'redis+sentinel://s1:26379,s2:5/m/1',
    );
    expect(describeRedisTarget(parseRedisUrl('rediss+cluster://:secret@a:7000'))).toBe(
      'rediss+cluster://a:7000',
    );
    expect(describeRedisTarget(parseRedisUrl('redis://:secret@[::1]:6379/4'))).toBe('redis://[::1]:6379/4');
  });
});

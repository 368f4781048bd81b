import { chooseReadSource, lagText, readSourceNote } from './read-replica.rules';

const MAX = 60_000;

describe('chooseReadSource', () => {
  it('reads the replica while it lags at most the limit, with its lag', () => {
    expect(chooseReadSource({ standby: true, lagMs: 0 }, MAX)).toEqual({
      server: 'replica',
      lagMs: 0,
      fallback: null,
      replicaLagMs: null,
    });
    expect(chooseReadSource({ standby: true, lagMs: MAX }, MAX)).toMatchObject({
      server: 'replica',
      lagMs: MAX,
    });
  });

  it('reads the primary when the replica lags past the limit, or cannot tell its lag', () => {
    expect(chooseReadSource({ standby: true, lagMs: MAX + 1 }, MAX)).toEqual({
      server: 'primary',
      lagMs: 0,
      fallback: 'replica_lagging',
      replicaLagMs: MAX + 1,
    });
    expect(chooseReadSource({ standby: true, lagMs: null }, MAX)).toMatchObject({
      server: 'primary',
      fallback: 'replica_lagging',
      replicaLagMs: null,
    });
  });

  it('reads the primary when the replica does not answer', () => {
    expect(chooseReadSource(null, MAX)).toMatchObject({
      server: 'primary',
      lagMs: 0,
      fallback: 'replica_unavailable',
    });
  });
});

describe('lagText', () => {
  it('says a lag in seconds, minutes and hours as people do', () => {
    expect(lagText(0)).toBe('0 giây');
    expect(lagText(41_600)).toBe('42 giây');
    expect(lagText(60_000)).toBe('1 phút');
    expect(lagText(125_000)).toBe('2 phút 5 giây');
    expect(lagText(3_780_000)).toBe('1 giờ 3 phút');
    expect(lagText(7_200_000)).toBe('2 giờ');
  });
});

describe('readSourceNote', () => {
  it('says nothing of a replica that is caught up, or of the primary when no replica is configured', () => {
    expect(readSourceNote(chooseReadSource({ standby: true, lagMs: 300 }, MAX), MAX)).toBeNull();
    expect(
      readSourceNote({ server: 'primary', lagMs: 0, fallback: null, replicaLagMs: null }, MAX),
    ).toBeNull();
  });

  it('names the lag of the replica read, and why the primary was read instead', () => {
    expect(readSourceNote(chooseReadSource({ standby: true, lagMs: 12_000 }, MAX), MAX)).toBe(
      'Số liệu đọc từ bản sao cơ sở dữ liệu, chậm 12 giây so với máy chủ chính.',
    );
    expect(readSourceNote(chooseReadSource({ standby: true, lagMs: 723_000 }, MAX), MAX)).toBe(
      'Bản sao cơ sở dữ liệu chậm 12 phút 3 giây, quá 1 phút cho phép: số liệu đọc từ máy chủ chính.',
    );
    expect(readSourceNote(chooseReadSource(null, MAX), MAX)).toBe(
      'Bản sao cơ sở dữ liệu không trả lời: số liệu đọc từ máy chủ chính.',
    );
  });
});

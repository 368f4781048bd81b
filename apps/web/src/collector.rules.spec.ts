import { collectorBody, collectorProblem, emptyCollector } from './collector.rules';

describe('the hand-over form: who collects the result', () => {
  it('asks the applicant for their 12-digit identity number', () => {
    expect(collectorProblem(emptyCollector())).toBe('Số Căn cước / CCCD gồm đúng 12 chữ số.');
    const applicant = { ...emptyCollector(), idNumber: '001 090 012 345' };
    expect(collectorProblem(applicant)).toBeUndefined();
    expect(collectorBody(applicant)).toEqual({ kind: 'applicant', idType: 'cccd', idNumber: '001090012345' });
  });

  it('asks an authorized person for name, identity document and the authorization paper', () => {
    const authorized = { ...emptyCollector(), kind: 'authorized', idNumber: '001090012345' };
    expect(collectorProblem(authorized)).toBe('Nhập họ tên người được ủy quyền.');
    expect(collectorProblem({ ...authorized, fullName: 'Lò Văn Páo' })).toBe(
      'Nhập số, ngày của giấy ủy quyền.',
    );
    const complete = { ...authorized, fullName: ' Lò Văn Páo ', authorization: 'GUQ 15/2026' };
    expect(collectorBody(complete)).toEqual({
      kind: 'authorized',
      fullName: 'Lò Văn Páo',
      idType: 'cccd',
      idNumber: '001090012345',
      authorization: 'GUQ 15/2026',
    });
    expect(collectorProblem({ ...complete, idType: 'other', idNumber: 'B12' })).toBe(
      'Nhập số giấy tờ tùy thân (6–20 ký tự).',
    );
  });

  it('takes the postal item number of a result sent by post, and nothing else', () => {
    const post = { ...emptyCollector(), kind: 'post', idNumber: '123' };
    expect(collectorProblem(post)).toBe('Nhập số hiệu bưu gửi.');
    expect(collectorBody({ ...post, postalReference: 'EV1VN' })).toEqual({
      kind: 'post',
      postalReference: 'EV1VN',
    });
  });
});

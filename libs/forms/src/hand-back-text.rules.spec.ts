import { collectorText } from './hand-back-text.rules';

const none = { fullName: null, idType: null, idNumber: null, authorization: null, postalReference: null };

describe('collectorText', () => {
  it('names who collected the result in the tracking book', () => {
    expect(collectorText({ ...none, kind: 'applicant', fullName: 'Nguyễn Văn An' })).toBe(
      'người nộp hồ sơ nhận (Nguyễn Văn An)',
    );
    expect(
      collectorText({
        ...none,
        kind: 'authorized',
        fullName: 'Lò Văn Páo',
        idType: 'cccd',
        idNumber: '012089012345',
      }),
    ).toBe('người được ủy quyền nhận: Lò Văn Páo, giấy tờ số 012089012345');
    expect(collectorText({ ...none, kind: 'post', postalReference: 'EV1VN' })).toBe(
      'gửi qua bưu chính, số hiệu EV1VN',
    );
    expect(collectorText(null)).toBeNull();
  });
});

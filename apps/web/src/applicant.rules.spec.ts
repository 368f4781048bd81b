import { checkApplicant } from './applicant.rules';

const valid = {
  fullName: 'Nguyễn Văn An',
  idNumber: '001085012345',
  phone: '0912345678',
  email: '',
  address: 'Thôn 3, xã Gia Phú',
};

describe('applicant rules (the api’s, checked before sending)', () => {
  it('accepts a complete applicant, an old 9-digit id card and a +84 phone number', () => {
    expect(checkApplicant(valid)).toEqual({});
    expect(checkApplicant({ ...valid, idNumber: '123456789', phone: '+84912345678' })).toEqual({});
  });

  it('names every bad field in Vietnamese', () => {
    const errors = checkApplicant({
      fullName: ' A ',
      idNumber: '12345',
      phone: '912345678',
      email: 'an@',
      address: 'x',
    });
    expect(Object.keys(errors).sort()).toEqual(['address', 'email', 'fullName', 'idNumber', 'phone']);
    expect(errors.idNumber).toBe('Số định danh cá nhân gồm 12 chữ số (hoặc CMND 9 chữ số).');
  });
});

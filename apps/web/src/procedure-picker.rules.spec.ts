import { choicesOf, filterProcedures, fold } from './procedure-picker.rules';

const LIST = [
  { code: '2.000908', name: 'Cấp bản sao từ sổ gốc', field: 'Chứng thực', level: 'commune' },
  { code: '1.001193', name: 'Thủ tục đăng ký khai sinh', field: 'Hộ tịch', level: 'commune' },
  { code: '1.000894', name: 'Đăng ký kết hôn', field: 'Hộ tịch', level: 'commune', localCode: 'HT-02' },
  { code: '1.009972', name: 'Cấp giấy phép xây dựng', field: 'Hoạt động xây dựng', level: 'province' },
];
const ALL = { query: '', field: '', level: '' };
const codes = (found: Array<{ code: string }>) => found.map((p) => p.code);

describe('the procedure picker', () => {
  it('finds procedures by words typed without diacritics, in any order', () => {
    expect(codes(filterProcedures(LIST, { ...ALL, query: 'dang ky' }))).toEqual(['1.001193', '1.000894']);
    expect(codes(filterProcedures(LIST, { ...ALL, query: 'KHAI sinh dang' }))).toEqual(['1.001193']);
    expect(codes(filterProcedures(LIST, { ...ALL, query: 'Đăng ký kết' }))).toEqual(['1.000894']);
    expect(codes(filterProcedures(LIST, { ...ALL, query: 'không có' }))).toEqual([]);
  });

  it('finds procedures by a part of the national or local code', () => {
    expect(codes(filterProcedures(LIST, { ...ALL, query: '.009' }))).toEqual(['1.009972']);
    expect(codes(filterProcedures(LIST, { ...ALL, query: '09' }))).toEqual(['2.000908', '1.009972']);
    expect(codes(filterProcedures(LIST, { ...ALL, query: 'ht-02' }))).toEqual(['1.000894']);
  });

  it('narrows by field and level', () => {
    expect(codes(filterProcedures(LIST, { ...ALL, field: 'Hộ tịch' }))).toEqual(['1.001193', '1.000894']);
    expect(codes(filterProcedures(LIST, { ...ALL, level: 'province' }))).toEqual(['1.009972']);
    expect(codes(filterProcedures(LIST, { query: 'cap', field: 'Chứng thực', level: 'commune' }))).toEqual([
      '2.000908',
    ]);
    expect(codes(filterProcedures(LIST, ALL))).toHaveLength(4);
  });

  it('offers each field once, in Vietnamese order', () => {
    expect(choicesOf(LIST, 'field')).toEqual(['Chứng thực', 'Hoạt động xây dựng', 'Hộ tịch']);
    expect(fold('Đường Nguyễn Huệ')).toBe('duong nguyen hue');
  });
});

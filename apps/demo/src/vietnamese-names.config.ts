// Family names weighted roughly by their share of the population; the last group are Tày, Thái, Giáy and
// Hmong family names common in Lào Cai.
export const FAMILY_NAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9],
  ['Phạm', 7],
  ['Hoàng', 5],
  ['Vũ', 4],
  ['Phan', 3],
  ['Đặng', 2],
  ['Bùi', 2],
  ['Đỗ', 2],
  ['Ngô', 1],
  ['Dương', 1],
  ['Đinh', 1],
  ['Lò', 2],
  ['Lù', 1],
  ['Giàng', 2],
  ['Sùng', 1],
  ['Vàng', 1],
];

/** Hmong names follow their own pattern: "Giàng A Páo", "Sùng Thị Mỷ". */
export const HMONG_FAMILY_NAMES: readonly string[] = ['Giàng', 'Sùng', 'Vàng'];

export const MIDDLE_NAMES = {
  male: ['Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Công', 'Thành', 'Mạnh', 'Trọng'],
  female: ['Thị', 'Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Hồng', 'Kim', 'Phương', 'Bích'],
} as const;

export const GIVEN_NAMES = {
  male: [
    'An',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Khánh',
    'Khoa',
    'Kiên',
    'Long',
    'Lực',
    'Minh',
    'Nam',
    'Nghĩa',
    'Phong',
    'Phúc',
    'Quân',
    'Quý',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
  ],
  female: [
    'Anh',
    'Ánh',
    'Châu',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hiền',
    'Hoa',
    'Huyền',
    'Hương',
    'Lan',
    'Liên',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Nga',
    'Ngân',
    'Nhung',
    'Oanh',
    'Phương',
    'Quyên',
    'Tâm',
    'Thảo',
    'Thủy',
    'Trang',
    'Uyên',
    'Vân',
    'Yến',
  ],
} as const;

export const HMONG_GIVEN_NAMES = {
  male: ['Páo', 'Sử', 'Chứ', 'Dình', 'Lử', 'Phừ', 'Sính', 'Chính'],
  female: ['Mỷ', 'Dợ', 'Súa', 'Mai', 'Sung', 'Chá', 'Pà', 'Dua'],
} as const;

/**
 * First three digits of a citizen id: the province of birth registration (Circular 07/2016/TT-BCA numbering),
 * mostly Lào Cai and Yên Bái (merged into Lào Cai in 2025).
 */
export const BIRTH_PROVINCE_CODES: readonly (readonly [string, number])[] = [
  ['010', 55],
  ['015', 20],
  ['001', 6],
  ['025', 5],
  ['034', 4],
  ['038', 4],
  ['036', 3],
  ['079', 3],
];

/** Mobile prefixes of the main networks that start with 09 or 03. */
export const MOBILE_PREFIXES: readonly string[] = [
  '090',
  '091',
  '093',
  '094',
  '096',
  '097',
  '098',
  '032',
  '033',
  '034',
  '035',
  '036',
  '037',
  '038',
  '039',
];

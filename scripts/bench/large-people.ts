import type { Applicant, Channel } from '@motcua/dossier';

/** A small deterministic generator (mulberry32): the same seed gives the same data set. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Hữu', 'Đức', 'Thanh', 'Ngọc', 'Quốc', 'Thu', 'Gia'];
const GIVEN = [
  'An',
  'Bình',
  'Chi',
  'Dũng',
  'Giang',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Lan',
  'Linh',
  'Long',
  'Mai',
];
const GIVEN2 = ['Nam', 'Nga', 'Phúc', 'Quang', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Vy', 'Yến', 'Khoa', 'Tâm'];
const VILLAGES = ['Thôn Gia Phú', 'Thôn Cù', 'Thôn Phú Hợp', 'Bản Lúc', 'Thôn Khe Mụ', 'Thôn Hải Khê'];

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)];
function digits(random: () => number, n: number): string {
  let text = '';
  for (let i = 0; i < n; i++) text += String(Math.floor(random() * 10));
  return text;
}

/** A citizen: a plausible Vietnamese name, a 12-digit citizen id, a mobile number and an address. */
export function applicant(random: () => number): Applicant {
  const fullName = `${pick(random, FAMILY)} ${pick(random, MIDDLE)} ${pick(random, random() < 0.5 ? GIVEN : GIVEN2)}`;
  return {
    fullName,
    idNumber: `0${digits(random, 11)}`,
    phone: `09${digits(random, 8)}`,
    address: `${pick(random, VILLAGES)}, xã Gia Phú, tỉnh Lào Cai`,
  };
}

/** How dossiers come in at a one-stop center: mostly at the desk, a large share online, a few by post. */
export function channel(random: () => number): Channel {
  const u = random();
  return u < 0.42 ? 'online' : u < 0.95 ? 'in_person' : 'post';
}

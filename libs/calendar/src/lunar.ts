/**
 * The Vietnamese lunisolar calendar by Hồ Ngọc Đức's published algorithm ("Thuật toán tính âm lịch"): new moons
 * and solar terms computed astronomically (Meeus' series), days counted at UTC+7. China's calendar is the same
 * algorithm at UTC+8, which is why Tết differs in some years (1985, 2007, 2030).
 */
const TIME_ZONE = 7;
const SYNODIC_MONTH = 29.530588853;
const EPOCH_NEW_MOON = 2415021.076998695;
const DR = Math.PI / 180;
const int = Math.floor;

/** Julian day number of a proleptic Gregorian date. */
export function julianDay(year: number, month: number, day: number): number {
  const a = int((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  return day + int((153 * m + 2) / 5) + 365 * y + int(y / 4) - int(y / 100) + int(y / 400) - 32045;
}

/** `yyyy-mm-dd` of a Julian day number. */
export function dateOfJulianDay(jd: number): string {
  const a = jd + 32044;
  const b = int((4 * a + 3) / 146097);
  const c = a - int((b * 146097) / 4);
  const d = int((4 * c + 3) / 1461);
  const e = c - int((1461 * d) / 4);
  const m = int((5 * e + 2) / 153);
  const day = e - int((153 * m + 2) / 5) + 1;
  const month = m + 3 - 12 * int(m / 10);
  const year = b * 100 + d - 4800 + int(m / 10);
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Julian date (UT) of the k-th new moon after 1900-01-01. */
function newMoon(k: number): number {
  const t = k / 1236.85;
  const t2 = t * t;
  const t3 = t2 * t;
  let jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
  jd += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * DR);
  const m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
  const mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
  const f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
  const sin = (x: number) => Math.sin(x * DR);
  const c1 =
    (0.1734 - 0.000393 * t) * sin(m) +
    0.0021 * sin(2 * m) -
    0.4068 * sin(mpr) +
    0.0161 * sin(2 * mpr) -
    0.0004 * sin(3 * mpr) +
    0.0104 * sin(2 * f) -
    0.0051 * sin(m + mpr) -
    0.0074 * sin(m - mpr) +
    0.0004 * sin(2 * f + m) -
    0.0004 * sin(2 * f - m) -
    0.0006 * sin(2 * f + mpr) +
    0.001 * sin(2 * f - mpr) +
    0.0005 * sin(2 * mpr + m);
  const deltaT =
    t < -11
      ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
      : -0.000278 + 0.000265 * t + 0.000262 * t2;
  return jd + c1 - deltaT;
}

/** Local day (Julian day number) of the k-th new moon. */
const newMoonDay = (k: number): number => int(newMoon(k) + 0.5 + TIME_ZONE / 24);

/** Sun's longitude at the start of a local day, as the index (0–11) of its 30° sector. */
function sunSector(dayNumber: number): number {
  const t = (dayNumber - 0.5 - TIME_ZONE / 24 - 2451545.0) / 36525;
  const t2 = t * t;
  const m = 357.5291 + 35999.0503 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
  const l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
  const dl =
    (1.9146 - 0.004817 * t - 0.000014 * t2) * Math.sin(DR * m) +
    (0.019993 - 0.000101 * t) * Math.sin(DR * 2 * m) +
    0.00029 * Math.sin(DR * 3 * m);
  let l = (l0 + dl) * DR;
  l -= Math.PI * 2 * int(l / (Math.PI * 2));
  return int((l / Math.PI) * 6);
}

/** First day of the 11th lunar month (the one holding the winter solstice) of a Gregorian year. */
function month11(year: number): number {
  const k = int((julianDay(year, 12, 31) - 2415021) / SYNODIC_MONTH);
  const day = newMoonDay(k);
  return sunSector(day) >= 9 ? newMoonDay(k - 1) : day;
}

/** Months after month 11 at which the leap month falls (the first month without a major solar term). */
function leapMonthOffset(a11: number): number {
  const k = int((a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let arc = sunSector(newMoonDay(k + i));
  let last: number;
  do {
    last = arc;
    i++;
    arc = sunSector(newMoonDay(k + i));
  } while (arc !== last && i < 14);
  return i - 1;
}

/**
 * `yyyy-mm-dd` of a day of a (non-leap) lunar month of the lunar year that starts in Gregorian `year`;
 * a leap month earlier in the year is counted.
 */
export function solarDateOfLunar(year: number, month: number, day: number): string {
  const [a11, b11] = month < 11 ? [month11(year - 1), month11(year)] : [month11(year), month11(year + 1)];
  const k = int(0.5 + (a11 - EPOCH_NEW_MOON) / SYNODIC_MONTH);
  let offset = month - 11;
  if (offset < 0) offset += 12;
  if (b11 - a11 > 365 && offset >= leapMonthOffset(a11)) offset += 1;
  return dateOfJulianDay(newMoonDay(k + offset) + day - 1);
}

/** Mùng 1 Tết: the first day of the lunar year that starts in Gregorian `year`. */
export const lunarNewYear = (year: number): string => solarDateOfLunar(year, 1, 1);

/** Giỗ Tổ Hùng Vương: the 10th day of the 3rd lunar month. */
export const hungKingsDay = (year: number): string => solarDateOfLunar(year, 3, 10);

import type { StepFigure } from './step-figure.types';

/** A step ranked by what it contributes to the late dossiers of its procedure. */
export interface Bottleneck {
  rank: number;
  procedureCode: string;
  procedureName: string;
  version: number;
  stepId: string;
  stepName: string;
  unit: string;
  allottedMinutes: number | null;
  medianMinutes: number;
  lateShare: number;
  lateDossiers: number;
  lateDossierShare: number;
  /** What an ISO committee reads, in Vietnamese. */
  sentence: string;
}

const MINUTES_PER_DAY = 480;

/** Pure: a number as Vietnamese writes it (comma for decimals), to at most one decimal. */
export const vietnameseNumber = (value: number): string =>
  (Math.round(value * 10) / 10).toString().replace('.', ',');

/** Pure: working minutes in the unit an ISO table speaks of: minutes, working hours or working days. */
export function workingTimeText(minutes: number): string {
  if (minutes < 60) return `${vietnameseNumber(minutes)} phút`;
  if (minutes < MINUTES_PER_DAY) return `${vietnameseNumber(minutes / 60)} giờ`;
  return `${vietnameseNumber(minutes / MINUTES_PER_DAY)} ngày làm việc`;
}

/** Pure: a share (0–1) as a whole percentage. */
export const percentText = (share: number): string => `${Math.round(share * 100)} %`;

/**
 * Pure: the sentence under a bottleneck: the ISO table's time for the step, the median it really took, and the
 * share of the procedure's late dossiers that were late there.
 */
export function bottleneckSentence(f: StepFigure): string {
  const actual = `trung vị thực tế ${workingTimeText(f.medianMinutes)}`;
  const late = `${percentText(f.lateDossierShare)} hồ sơ trễ hạn bị trễ ở bước này`;
  const allotted =
    f.allottedMinutes === null
      ? `Bước ${f.stepName} tính theo ngày lịch`
      : `Quy trình ISO quy định ${workingTimeText(f.allottedMinutes)} cho bước ${f.stepName}`;
  return f.handOvers === 0
    ? `${allotted}; chưa có lần chuyển bước nào; ${late}`
    : `${allotted}; ${actual}; ${late}`;
}

/**
 * Pure: the steps that held late dossiers, most first (then the larger share of their procedure's late dossiers,
 * then the larger share of late hand-overs), the first `top` of them, each with its sentence.
 */
export function rankBottlenecks(figures: StepFigure[], top: number): Bottleneck[] {
  return figures
    .filter((f) => f.lateDossiers > 0)
    .sort(
      (a, b) =>
        b.lateDossiers - a.lateDossiers ||
        b.lateDossierShare - a.lateDossierShare ||
        b.lateShare - a.lateShare ||
        a.procedureCode.localeCompare(b.procedureCode),
    )
    .slice(0, top)
    .map((f, i) => ({
      rank: i + 1,
      procedureCode: f.procedureCode,
      procedureName: f.procedureName,
      version: f.version,
      stepId: f.stepId,
      stepName: f.stepName,
      unit: f.unit,
      allottedMinutes: f.allottedMinutes,
      medianMinutes: f.medianMinutes,
      lateShare: f.lateShare,
      lateDossiers: f.lateDossiers,
      lateDossierShare: f.lateDossierShare,
      sentence: bottleneckSentence(f),
    }));
}

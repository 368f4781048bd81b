import { bottleneckSentence, rankBottlenecks, workingTimeText } from './bottleneck.rules';
import type { StepFigure } from './step-figure.types';

const figure = (over: Partial<StepFigure>): StepFigure => ({
  procedureCode: '2.000908',
  procedureName: 'Cấp bản sao từ sổ gốc',
  version: 1,
  stepId: 'appraise',
  stepName: 'Thẩm định',
  unit: 'tu-phap-xa',
  allottedMinutes: 180,
  handOvers: 10,
  medianMinutes: 390,
  p90Minutes: 600,
  meanMinutes: 400,
  lateShare: 0.6,
  waitMedianMinutes: null,
  workMedianMinutes: null,
  sendBacks: 0,
  sendBackRate: 0,
  repeatVisits: 0,
  supplementRequests: 0,
  supplementRate: 0,
  lateDossiers: 41,
  lateDossierShare: 0.41,
  ...over,
});

describe('bottlenecks', () => {
  it('says what the ISO table promises, what the step took and what it did to late dossiers', () => {
    expect(bottleneckSentence(figure({}))).toBe(
      'Quy trình ISO quy định 3 giờ cho bước Thẩm định; trung vị thực tế 6,5 giờ; 41 % hồ sơ trễ hạn bị trễ ở bước này',
    );
    expect(bottleneckSentence(figure({ allottedMinutes: 2160, medianMinutes: 45 }))).toContain(
      'quy định 4,5 ngày làm việc cho bước Thẩm định; trung vị thực tế 45 phút',
    );
    expect(bottleneckSentence(figure({ allottedMinutes: null, handOvers: 0 }))).toBe(
      'Bước Thẩm định tính theo ngày lịch; chưa có lần chuyển bước nào; 41 % hồ sơ trễ hạn bị trễ ở bước này',
    );
  });

  it('writes working time in minutes, hours or working days', () => {
    expect(workingTimeText(30)).toBe('30 phút');
    expect(workingTimeText(90)).toBe('1,5 giờ');
    expect(workingTimeText(480)).toBe('1 ngày làm việc');
  });

  it('ranks the steps by the late dossiers they held, and leaves out those that held none', () => {
    const ranked = rankBottlenecks(
      [
        figure({ stepId: 'receive', lateDossiers: 0, lateDossierShare: 0 }),
        figure({ stepId: 'sign', lateDossiers: 5, lateDossierShare: 0.05 }),
        figure({ procedureCode: '1.001193', stepId: 'appraise', lateDossiers: 41, lateDossierShare: 0.8 }),
        figure({}),
      ],
      2,
    );
    expect(ranked.map((b) => [b.rank, b.procedureCode, b.stepId])).toEqual([
      [1, '1.001193', 'appraise'],
      [2, '2.000908', 'appraise'],
    ]);
    expect(ranked[1]!.sentence).toContain('41 %');
  });
});

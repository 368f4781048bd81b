import { useMemo } from 'preact/hooks';
import type { StepTrendReport } from '../api/api.types';
import { formatBucket } from '../format';
import { PercentLineChart } from './percent-line-chart.component';

/** The share of late hand-overs month by month as a line chart. */
export function StepTrendChart({ report }: { report: StepTrendReport }) {
  const labels = useMemo(() => report.points.map((p) => formatBucket(p.month)), [report]);
  const values = useMemo(
    () => report.points.map((p) => (p.lateShare === null ? null : Math.round(p.lateShare * 1000) / 10)),
    [report],
  );
  return (
    <PercentLineChart
      labels={labels}
      values={values}
      series="Tỷ lệ chuyển bước trễ hạn (%)"
      description="Biểu đồ tỷ lệ chuyển bước trễ hạn theo tháng"
      color="#b3261e"
      fill="rgba(179, 38, 30, 0.12)"
    />
  );
}

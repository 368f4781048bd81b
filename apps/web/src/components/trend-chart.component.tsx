import { useMemo } from 'preact/hooks';
import type { TrendReport } from '../api/api.types';
import { formatBucket } from '../format';
import { PercentLineChart } from './percent-line-chart.component';

/** The on-time rate per interval as a line chart. */
export function TrendChart({ report }: { report: TrendReport }) {
  const labels = useMemo(() => report.points.map((p) => formatBucket(p.label)), [report]);
  const values = useMemo(() => report.points.map((p) => p.onTimeRate), [report]);
  return (
    <PercentLineChart
      labels={labels}
      values={values}
      series="Tỷ lệ đúng hạn (%)"
      description="Biểu đồ tỷ lệ hồ sơ giải quyết đúng hạn theo thời gian"
      color="#0b5cad"
      fill="rgba(11, 92, 173, 0.15)"
    />
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { TrendReport } from '../api/api.types';
import { formatBucket } from '../format';

/** The on-time rate per interval as a line chart (chart.js, loaded on first use). */
export function TrendChart({ report }: { report: TrendReport }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    import('chart.js/auto').then(({ default: Chart }) => {
      if (!live || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'line',
        data: {
          labels: report.points.map((p) => formatBucket(p.label)),
          datasets: [
            {
              label: 'Tỷ lệ đúng hạn (%)',
              data: report.points.map((p) => p.onTimeRate),
              borderColor: '#0b5cad',
              backgroundColor: 'rgba(11, 92, 173, 0.15)',
              fill: true,
              spanGaps: true,
              tension: 0.2,
              pointRadius: 4,
            },
          ],
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          animation: false,
          layout: { padding: 8 },
          scales: { y: { min: 0, max: 100, ticks: { callback: (v) => `${v}%` } } },
          plugins: { legend: { display: false } },
        },
      });
    });
    return () => {
      live = false;
      chart?.destroy();
    };
  }, [report]);
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label="Biểu đồ tỷ lệ hồ sơ giải quyết đúng hạn theo thời gian" />
    </div>
  );
}

import { useEffect, useRef } from 'preact/hooks';
import type { StepTrendReport } from '../api/api.types';
import { formatBucket } from '../format';

/** The share of late hand-overs month by month as a line chart (chart.js, loaded on first use). */
export function StepTrendChart({ report }: { report: StepTrendReport }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    import('chart.js/auto').then(({ default: Chart }) => {
      if (!live || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'line',
        data: {
          labels: report.points.map((p) => formatBucket(p.month)),
          datasets: [
            {
              label: 'Tỷ lệ chuyển bước trễ hạn (%)',
              data: report.points.map((p) =>
                p.lateShare === null ? null : Math.round(p.lateShare * 1000) / 10,
              ),
              borderColor: '#b3261e',
              backgroundColor: 'rgba(179, 38, 30, 0.12)',
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
      <canvas ref={canvas} role="img" aria-label="Biểu đồ tỷ lệ chuyển bước trễ hạn theo tháng" />
    </div>
  );
}

import { useEffect, useRef } from 'preact/hooks';

interface PercentLineChartProps {
  /** The x-axis labels, one per point. */
  labels: string[];
  /** Percentages 0–100, null where the interval has nothing to measure (the line spans the gap). */
  values: Array<number | null>;
  /** The series' name, as a screen reader and the tooltip read it. */
  series: string;
  /** What the chart shows, for the canvas's accessible name. */
  description: string;
  color: string;
  fill: string;
}

/** A percentage over time as a line chart on a 0–100 % axis (chart.js, loaded on first use). */
export function PercentLineChart({
  labels,
  values,
  series,
  description,
  color,
  fill,
}: PercentLineChartProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let live = true;
    import('chart.js/auto').then(({ default: Chart }) => {
      if (!live || !canvas.current) return;
      chart = new Chart(canvas.current, {
        type: 'line',
        data: {
          labels,
          datasets: [
            {
              label: series,
              data: values,
              borderColor: color,
              backgroundColor: fill,
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
  }, [labels, values, series, color, fill]);
  return (
    <div class="chart-box">
      <canvas ref={canvas} role="img" aria-label={description} />
    </div>
  );
}

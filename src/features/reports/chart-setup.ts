/**
 * Registers only the chart.js parts the report draws (bars and lines on category/linear axes, with tooltips and
 * legends), so the rest of chart.js is tree-shaken away. The controllers register themselves through
 * react-chartjs-2's typed `Bar` and `Line`. Imported by the report's charts only: chart.js loads with that route.
 */
import { BarElement, CategoryScale, Chart, Legend, LinearScale, LineElement, PointElement, Tooltip } from 'chart.js';

Chart.register(CategoryScale, LinearScale, BarElement, LineElement, PointElement, Tooltip, Legend);

/** Shared options: fill the container, no animation (reduced motion, instant demo pace). */
export const baseOptions = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
} as const;

/**
 * Axis labels, legends and grid lines in the theme's colours (chart.js defaults are grey on white, unreadable in
 * the dark theme). Idempotent; each chart calls it while rendering, before chart.js resolves its options.
 */
export function applyChartTheme({ text, grid }: { text: string; grid: string }): void {
  Chart.defaults.color = text;
  Chart.defaults.borderColor = grid;
}

/** `2026-11-28` → `11-28`. */
export const shortDate = (date: string) => date.slice(5);

/** A pointer cursor over clickable chart elements. */
export function pointerOnHover(event: { native: Event | null }, elements: readonly unknown[]): void {
  const target = event.native?.target;
  if (target instanceof HTMLElement) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
}

/** Display formats shared by every page. */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * Epoch milliseconds (the API sends numbers or decimal strings) as `YYYY-MM-DD HH:mm:ss` in the browser's time
 * zone. Plain Date rather than dayjs, which would load with every list page only for this.
 */
export function formatTime(ms: number | string | undefined): string {
  if (ms === undefined || ms === '') return '-';
  const d = new Date(Number(ms));
  if (Number.isNaN(d.getTime())) return '-';
  const date = `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  return `${date} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

/** Binary units, as `docker images` prints them (1 MB = 1024 KB). */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 ? 0 : value < 10 ? 2 : value < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${UNITS[unit]}`;
}

/** The 12-character short form `docker images` shows for ids and digests. */
export function shortHash(hex: string): string {
  return hex.replace(/^sha256:/, '').slice(0, 12);
}

/** Ratio for progress bars; an absent or zero quota reads as full when something is used. */
export function usagePercent(used: number, quota: number): number {
  if (quota <= 0) return used > 0 ? 100 : 0;
  return Math.min(100, Math.round((used / quota) * 100));
}

/** CNY with two decimals, e.g. `¥8,000.00`. */
export function formatCny(amount: number): string {
  return `¥${amount.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

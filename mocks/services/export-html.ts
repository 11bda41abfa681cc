/**
 * The printable HTML report: one self-contained file (inline CSS with print rules, inline SVG charts, no
 * script, no external resource), every value HTML-escaped. Print it to PDF from the browser.
 */

export type ExportLang = 'zh-CN' | 'en-US';

export interface HtmlTable {
  title: string;
  headers: string[];
  rows: (string | number)[][];
  /** Shown instead of an empty table. */
  empty: string;
}

/** One bar group of a chart: stacked segments, each with a colour. */
export interface BarGroup {
  label: string;
  segments: { name: string; value: number; color: string }[];
}

export interface HtmlReport {
  lang: ExportLang;
  title: string;
  subtitle: string;
  summary: [string, string | number][];
  chart?: { title: string; groups: BarGroup[] };
  tables: HtmlTable[];
  footer: string;
}

export const SEVERITY_COLORS = { High: '#d93026', Medium: '#f98e1a', Low: '#f7c600', Unknown: '#8c8c8c' } as const;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attribute values. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

const CSS = `
*{box-sizing:border-box}
body{font-family:-apple-system,"PingFang SC","Microsoft YaHei","Helvetica Neue",Arial,sans-serif;color:#1f1f1f;margin:24px;font-size:13px}
h1{font-size:20px;margin:0 0 4px}h2{font-size:15px;margin:24px 0 8px;border-left:3px solid #ff6a00;padding-left:8px}
.sub{color:#666;margin-bottom:16px}
.cards{display:flex;flex-wrap:wrap;gap:8px}
.card{border:1px solid #e5e5e5;border-radius:4px;padding:8px 12px;min-width:120px}
.card b{display:block;font-size:18px}
table{border-collapse:collapse;width:100%;margin-bottom:8px}
th,td{border:1px solid #e5e5e5;padding:4px 6px;text-align:left;vertical-align:top;word-break:break-all}
th{background:#f5f5f5}
.empty{color:#999}
footer{margin-top:24px;color:#999;font-size:11px}
@media print{body{margin:0}h2{break-after:avoid}tr,.card,svg{break-inside:avoid}thead{display:table-header-group}}
`;

function chartSvg(groups: readonly BarGroup[]): string {
  const width = 720;
  const height = 200;
  const pad = { left: 40, bottom: 40, top: 10 };
  const max = Math.max(1, ...groups.map((g) => g.segments.reduce((n, s) => n + s.value, 0)));
  const slot = (width - pad.left) / Math.max(groups.length, 1);
  const bar = Math.max(2, Math.min(40, slot * 0.6));
  const plot = height - pad.bottom - pad.top;
  const parts: string[] = [
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width}" y2="${height - pad.bottom}" stroke="#ccc"/>`,
    `<text x="${pad.left - 4}" y="${pad.top + 8}" text-anchor="end" font-size="10">${max}</text>`,
    `<text x="${pad.left - 4}" y="${height - pad.bottom}" text-anchor="end" font-size="10">0</text>`,
  ];
  const every = Math.ceil(groups.length / 15);
  groups.forEach((group, i) => {
    const x = pad.left + i * slot + (slot - bar) / 2;
    let y = height - pad.bottom;
    for (const segment of group.segments) {
      const h = (segment.value / max) * plot;
      if (h <= 0) continue;
      y -= h;
      parts.push(
        `<rect x="${x.toFixed(1)}" y="${y.toFixed(1)}" width="${bar.toFixed(1)}" height="${h.toFixed(1)}" fill="${escapeHtml(segment.color)}"><title>${escapeHtml(`${group.label} ${segment.name}: ${segment.value}`)}</title></rect>`,
      );
    }
    if (i % every === 0) {
      parts.push(
        `<text x="${(x + bar / 2).toFixed(1)}" y="${height - pad.bottom + 14}" text-anchor="middle" font-size="10">${escapeHtml(group.label)}</text>`,
      );
    }
  });
  const legend = [...new Map(groups.flatMap((g) => g.segments).map((s) => [s.name, s.color])).entries()];
  legend.forEach(([name, color], i) => {
    const x = pad.left + i * 110;
    parts.push(`<rect x="${x}" y="${height - 14}" width="10" height="10" fill="${escapeHtml(color)}"/>`);
    parts.push(`<text x="${x + 14}" y="${height - 5}" font-size="11">${escapeHtml(name)}</text>`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="100%" style="max-width:${width}px">${parts.join('')}</svg>`;
}

function tableHtml(table: HtmlTable): string {
  const head = `<h2>${escapeHtml(table.title)}</h2>`;
  if (table.rows.length === 0) return `${head}<p class="empty">${escapeHtml(table.empty)}</p>`;
  const headers = table.headers.map((h) => `<th>${escapeHtml(h)}</th>`).join('');
  const rows = table.rows.map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`);
  return `${head}<table><thead><tr>${headers}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/** The whole document. */
export function renderHtmlReport(report: HtmlReport): string {
  const cards = report.summary
    .map(([label, value]) => `<div class="card">${escapeHtml(label)}<b>${escapeHtml(value)}</b></div>`)
    .join('');
  const chart = report.chart ? `<h2>${escapeHtml(report.chart.title)}</h2>${chartSvg(report.chart.groups)}` : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(report.lang)}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${escapeHtml(report.title)}</title><style>${CSS}</style></head><body>`,
    `<h1>${escapeHtml(report.title)}</h1><div class="sub">${escapeHtml(report.subtitle)}</div>`,
    `<div class="cards">${cards}</div>`,
    chart,
    ...report.tables.map(tableHtml),
    `<footer>${escapeHtml(report.footer)}</footer>`,
    '</body></html>',
    '',
  ].join('\n');
}

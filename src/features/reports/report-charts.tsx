import { Typography } from 'antd';
import type { ChartEvent } from 'chart.js';
import { Bar, Line } from 'react-chartjs-2';
import {
  type ComplianceRow,
  FIX_POINT_FIELD,
  FIX_STATES,
  type FixState,
  type SecurityReport,
} from '@/api/contract/reports';
import { SCAN_SEVERITIES, type ScanSeverity } from '@/api/contract/scans';
import { severityLabel } from '@/lib/enum-labels';
import { useLocale, useT } from '@/lib/i18n';
import { ChartLinks } from './chart-links';
import { applyChartTheme, baseOptions, pointerOnHover, shortDate } from './chart-setup';
import { fixStateLabel, useChartColors } from './labels';

const HEIGHT = 260;
type Clicked = readonly { datasetIndex: number; index: number }[];

/**
 * 漏洞趋势: raw findings per day, stacked by level; a bar opens the search for its level, and so do the links
 * under the chart (the latest day's numbers).
 */
export function TrendChart({
  report,
  levelPath,
  onLevel,
}: {
  report: SecurityReport;
  levelPath: (level: ScanSeverity) => string;
  onLevel: (level: ScanSeverity) => void;
}) {
  const t = useT();
  const colors = useChartColors();
  applyChartTheme(colors);
  const last = report.Trend.at(-1);
  const detail = SCAN_SEVERITIES.map((s) =>
    t('reports.chart.item', { label: t(severityLabel[s]), value: last?.[s] ?? 0 }),
  ).join(', ');
  return (
    <>
      <div style={{ height: HEIGHT }}>
        <Bar
          role="img"
          aria-label={t('reports.chart.trend.aria', { days: report.Days, detail })}
          data={{
            labels: report.Trend.map((p) => shortDate(p.Date)),
            datasets: SCAN_SEVERITIES.map((s) => ({
              label: t(severityLabel[s]),
              data: report.Trend.map((p) => p[s]),
              backgroundColor: colors.severity[s],
              stack: 'levels',
            })),
          }}
          options={{
            ...baseOptions,
            scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
            onHover: pointerOnHover,
            onClick: (_e: ChartEvent, elements: Clicked) => {
              const level = SCAN_SEVERITIES[elements[0]?.datasetIndex ?? -1];
              if (level) onLevel(level);
            },
          }}
        />
      </div>
      <ChartLinks
        label={t('reports.chart.trend.links')}
        items={SCAN_SEVERITIES.map((s) => ({
          key: s,
          // Named by the day, so they read apart from the level cards above (same numbers, same searches).
          label: last ? `${shortDate(last.Date)} ${t(severityLabel[s])}` : t(severityLabel[s]),
          value: last?.[s] ?? 0,
          to: levelPath(s),
          color: colors.severity[s],
        }))}
      />
    </>
  );
}

/** 按生态分布: findings per ecosystem (OS family or language); a bar or link opens the search for it. */
export function EcosystemChart({
  report,
  ecosystemPath,
  onEcosystem,
}: {
  report: SecurityReport;
  ecosystemPath: (ecosystem: string) => string;
  onEcosystem: (ecosystem: string) => void;
}) {
  const t = useT();
  const colors = useChartColors();
  applyChartTheme(colors);
  const rows = report.Ecosystems;
  const detail = rows.map((r) => t('reports.chart.item', { label: r.Ecosystem, value: r.Count })).join(', ');
  return (
    <>
      <div style={{ height: HEIGHT }}>
        <Bar
          role="img"
          aria-label={t('reports.chart.ecosystem.aria', { detail: detail || t('reports.chart.empty') })}
          data={{
            labels: rows.map((r) => r.Ecosystem),
            datasets: [
              { label: t('reports.chart.count'), data: rows.map((r) => r.Count), backgroundColor: colors.primary },
            ],
          }}
          options={{
            ...baseOptions,
            indexAxis: 'y',
            plugins: { legend: { display: false } },
            scales: { x: { beginAtZero: true, ticks: { precision: 0 } } },
            onHover: pointerOnHover,
            onClick: (_e: ChartEvent, elements: Clicked) => {
              const row = rows[elements[0]?.index ?? -1];
              if (row) onEcosystem(row.Ecosystem);
            },
          }}
        />
      </div>
      <ChartLinks
        label={t('reports.chart.ecosystem.links')}
        items={rows.map((r) => ({
          key: r.Ecosystem,
          label: r.Ecosystem,
          value: r.Count,
          to: ecosystemPath(r.Ecosystem),
        }))}
      />
    </>
  );
}

/**
 * 修复进度: 未修复 / 修复中 / 已修复 / 已忽略 per day. A point, or a link under the chart (today's numbers), opens
 * the search for the findings in that state today.
 */
export function FixProgressChart({
  report,
  statePath,
  onState,
}: {
  report: SecurityReport;
  statePath: (state: FixState) => string;
  onState: (state: FixState) => void;
}) {
  const t = useT();
  const colors = useChartColors();
  applyChartTheme(colors);
  const last = report.FixProgress.at(-1);
  const detail = FIX_STATES.map((s) =>
    t('reports.chart.item', { label: t(fixStateLabel[s]), value: last?.[FIX_POINT_FIELD[s]] ?? 0 }),
  ).join(', ');
  return (
    <>
      <div style={{ height: HEIGHT }}>
        <Line
          role="img"
          aria-label={t('reports.chart.fix.aria', { detail })}
          data={{
            labels: report.FixProgress.map((p) => shortDate(p.Date)),
            datasets: FIX_STATES.map((s) => ({
              label: t(fixStateLabel[s]),
              data: report.FixProgress.map((p) => p[FIX_POINT_FIELD[s]]),
              borderColor: colors.fix[s],
              backgroundColor: colors.fix[s],
              pointRadius: 2,
            })),
          }}
          options={{
            ...baseOptions,
            scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
            onHover: pointerOnHover,
            onClick: (_e: ChartEvent, elements: Clicked) => {
              const state = FIX_STATES[elements[0]?.datasetIndex ?? -1];
              if (state) onState(state);
            },
          }}
        />
      </div>
      <ChartLinks
        label={t('reports.chart.fix.links')}
        items={FIX_STATES.map((s) => ({
          key: s,
          label: t(fixStateLabel[s]),
          value: last?.[FIX_POINT_FIELD[s]] ?? 0,
          to: statePath(s),
          color: colors.fix[s],
        }))}
      />
    </>
  );
}

/**
 * 基线合规: pass rate per CIS item over the cloud-engine scanned images. Baseline checks are not vulnerabilities:
 * an item's bar (and link) opens the CIS view of its worst failing image's scan; a passed item leads nowhere.
 */
export function ComplianceChart({
  report,
  itemPath,
  onItem,
}: {
  report: SecurityReport;
  itemPath: (row: ComplianceRow) => string | undefined;
  onItem: (row: ComplianceRow) => void;
}) {
  const t = useT();
  const lang = useLocale();
  const colors = useChartColors();
  applyChartTheme(colors);
  const rows = report.Compliance;
  if (rows.length === 0) {
    return <Typography.Text type="secondary">{t('reports.chart.compliance.empty')}</Typography.Text>;
  }
  const detail = rows.map((r) => t('reports.chart.item', { label: r.CisItem, value: `${r.PassRate}%` })).join(', ');
  return (
    <>
      <div style={{ height: Math.max(HEIGHT, rows.length * 28) }}>
        <Bar
          role="img"
          aria-label={t('reports.chart.compliance.aria', { detail })}
          data={{
            labels: rows.map((r) => `${r.CisItem} ${r.Title[lang]}`),
            datasets: [
              {
                label: t('reports.chart.pass-rate'),
                data: rows.map((r) => r.PassRate),
                backgroundColor: rows.map((r) => (r.PassRate === 100 ? colors.fix.FIXED : colors.severity.Medium)),
              },
            ],
          }}
          options={{
            ...baseOptions,
            indexAxis: 'y',
            plugins: {
              legend: { display: false },
              tooltip: {
                callbacks: {
                  afterLabel: (item) => {
                    const row = rows[item.dataIndex];
                    if (!row) return '';
                    const passed = t('reports.chart.passed', { passed: row.Passed, failed: row.Failed });
                    const worst = row.WorstImage;
                    return worst
                      ? [
                          passed,
                          t('reports.chart.compliance.worst', {
                            image: `${worst.Namespace}/${worst.RepoName}:${worst.Tag}`,
                          }),
                        ]
                      : passed;
                  },
                },
              },
            },
            scales: { x: { min: 0, max: 100 } },
            onHover: (event, elements: Clicked) =>
              pointerOnHover(
                event,
                elements.filter((e) => rows[e.index]?.WorstImage),
              ),
            onClick: (_e: ChartEvent, elements: Clicked) => {
              const row = rows[elements[0]?.index ?? -1];
              if (row?.WorstImage) onItem(row);
            },
          }}
        />
      </div>
      <ChartLinks
        label={t('reports.chart.compliance.links')}
        items={rows.map((r) => ({
          key: r.CisItem,
          label: `${r.CisItem} ${r.Title[lang]}`,
          value: `${r.PassRate}%`,
          to: itemPath(r),
        }))}
      />
    </>
  );
}

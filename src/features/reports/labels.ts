/** Catalog keys of the report enums, and the colours its charts share with the rest of the console. */
import { theme } from 'antd';
import type { FixState, ReportFrequency } from '@/api/contract/reports';
import { SCAN_SEVERITIES, type ScanSeverity } from '@/api/contract/scans';
import { severityColor } from '@/lib/enum-labels';
import type { MessageKey } from '@/lib/i18n';

export const frequencyLabel: Record<ReportFrequency, MessageKey> = {
  DAILY: 'reports.frequency.daily',
  WEEKLY: 'reports.frequency.weekly',
};

export const fixStateLabel: Record<FixState, MessageKey> = {
  UNFIXED: 'reports.fix.unfixed',
  FIXING: 'reports.fix.fixing',
  FIXED: 'reports.fix.fixed',
  IGNORED: 'reports.fix.ignored',
};

/** Solid colours for canvases: the same presets the severity tags use (red, orange, gold, grey). */
export function useChartColors() {
  const { token } = theme.useToken();
  const preset = (name: string) =>
    name === 'default' ? token.colorTextQuaternary : token[name as 'red' | 'orange' | 'gold'];
  const severity = Object.fromEntries(SCAN_SEVERITIES.map((s) => [s, preset(severityColor[s])])) as Record<
    ScanSeverity,
    string
  >;
  const fix: Record<FixState, string> = {
    UNFIXED: token.red,
    FIXING: token.blue,
    FIXED: token.green,
    IGNORED: token.colorTextQuaternary,
  };
  return { severity, fix, primary: token.colorPrimary, text: token.colorTextSecondary, grid: token.colorSplit };
}

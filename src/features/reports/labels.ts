/** Catalog keys of the report enums, and the colours its charts share with the rest of the console. */
import { theme } from 'antd';
import type { FixState as ApiFixState, ReportFrequency } from '@/api/contract/reports';
import { SCAN_SEVERITIES, type ScanSeverity } from '@/api/contract/scans';
import { severityColor } from '@/lib/enum-labels';
import type { MessageKey } from '@/lib/i18n';

export const frequencyLabel: Record<ReportFrequency, MessageKey> = {
  DAILY: 'reports.frequency.daily',
  WEEKLY: 'reports.frequency.weekly',
};

export const FIX_STATES = ['Unfixed', 'Fixing', 'Fixed', 'Ignored'] as const;
export type FixState = (typeof FIX_STATES)[number];

export const fixStateLabel: Record<FixState, MessageKey> = {
  Unfixed: 'reports.fix.unfixed',
  Fixing: 'reports.fix.fixing',
  Fixed: 'reports.fix.fixed',
  Ignored: 'reports.fix.ignored',
};

/** The search filter (the API's fix state) of a fix-progress series. */
export const fixFilter: Record<FixState, ApiFixState> = {
  Unfixed: 'UNFIXED',
  Fixing: 'FIXING',
  Fixed: 'FIXED',
  Ignored: 'IGNORED',
};
export const fixStateKey: Record<ApiFixState, MessageKey> = {
  UNFIXED: fixStateLabel.Unfixed,
  FIXING: fixStateLabel.Fixing,
  FIXED: fixStateLabel.Fixed,
  IGNORED: fixStateLabel.Ignored,
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
    Unfixed: token.red,
    Fixing: token.blue,
    Fixed: token.green,
    Ignored: token.colorTextQuaternary,
  };
  return { severity, fix, primary: token.colorPrimary, text: token.colorTextSecondary, grid: token.colorSplit };
}

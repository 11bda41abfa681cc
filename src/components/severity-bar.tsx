import { Flex, Tag, Tooltip, theme } from 'antd';
import { SCAN_SEVERITIES, type ScanSeverity, type ScanSummary } from '@/api/contract/scans';
import { severityColor, severityLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

export function severityCount(summary: ScanSummary, severity: ScanSeverity): number {
  switch (severity) {
    case 'High':
      return summary.HighSeverity;
    case 'Medium':
      return summary.MediumSeverity;
    case 'Low':
      return summary.LowSeverity;
    case 'Unknown':
      return summary.UnknownSeverity;
  }
}

/** A compact 高危/中危/低危/未知 count strip for tables; levels with no findings are greyed. */
export function SeverityBar({ summary }: { summary: ScanSummary }) {
  const t = useT();
  const { token } = theme.useToken();
  const parts = SCAN_SEVERITIES.map((severity) => ({
    severity,
    label: t(severityLabel[severity]),
    count: severityCount(summary, severity),
  }));
  const detail = parts.map((p) => t('scans.severity-count', { level: p.label, count: p.count })).join(', ');
  return (
    <Tooltip title={detail}>
      <Flex gap={4} wrap={false} role="group" aria-label={t('scans.severity-bar.aria', { detail })}>
        {parts.map((p) => (
          <Tag
            key={p.severity}
            color={p.count > 0 ? severityColor[p.severity] : undefined}
            variant={p.count > 0 ? 'filled' : 'outlined'}
            // Greyed by colour, not opacity, so the zero counts still read at 4.5:1.
            style={{
              marginInlineEnd: 0,
              color: p.count > 0 ? undefined : token.colorTextDescription,
              fontVariantNumeric: 'tabular-nums',
            }}
          >
            {t('scans.severity-count', { level: p.label, count: p.count })}
          </Tag>
        ))}
      </Flex>
    </Tooltip>
  );
}

import { Descriptions, Flex, Statistic, theme } from 'antd';
import type { ActionResponse } from '@/api/contract/actions';
import { SCAN_SEVERITIES, type ScanSeverity, type ScanSummary } from '@/api/contract/scans';
import { severityCount } from '@/components/severity-bar';
import { scanServiceLabel, severityLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';

interface ScanSummaryPanelProps {
  summary: ScanSummary;
  task: ActionResponse<'GetRepoTagScanStatus'>;
}

/** 高危 / 中危 / 低危 / 未知 / 总漏洞数, the engine and when the scan finished. */
export function ScanSummaryPanel({ summary, task }: ScanSummaryPanelProps) {
  const t = useT();
  const { token } = theme.useToken();
  const colors: Record<ScanSeverity, string> = {
    High: token.colorError,
    Medium: token.colorWarning,
    Low: token['gold-6'],
    Unknown: token.colorTextSecondary,
  };
  const stats = [
    ...SCAN_SEVERITIES.map((severity) => ({
      key: severity,
      title: t(severityLabel[severity]),
      value: severityCount(summary, severity),
      color: severityCount(summary, severity) > 0 ? colors[severity] : undefined,
    })),
    { key: 'total', title: t('scans.summary.total'), value: summary.TotalSeverity, color: undefined },
  ];
  return (
    <Flex vertical gap={12}>
      <Flex gap={40} wrap>
        {stats.map((s) => (
          <Statistic key={s.key} title={s.title} value={s.value} styles={{ content: { color: s.color } }} />
        ))}
      </Flex>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'engine', label: t('scans.summary.engine'), children: t(scanServiceLabel[task.ScanService]) },
          { key: 'time', label: t('scans.summary.time'), children: formatTime(task.FinishTime ?? task.StartTime) },
          ...(task.DbVersion ? [{ key: 'db', label: t('scans.summary.db'), children: task.DbVersion }] : []),
          ...(task.SignatureVersion
            ? [{ key: 'signatures', label: t('scans.summary.signatures'), children: task.SignatureVersion }]
            : []),
        ]}
      />
    </Flex>
  );
}

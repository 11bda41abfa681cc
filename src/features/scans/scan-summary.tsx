import { Descriptions, Flex, Statistic, Typography, theme } from 'antd';
import type { ActionResponse } from '@/api/contract/actions';
import { SCAN_SEVERITIES, type ScanSeverity, type ScanSummary } from '@/api/contract/scans';
import { severityCount } from '@/components/severity-bar';
import { scanServiceLabel, severityLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';

interface ScanSummaryPanelProps {
  summary: ScanSummary;
  task: ActionResponse<'GetRepoTagScanStatus'>;
  /** Counts after exceptions (忽略), when any exception applies to the tag. */
  effective?: Record<ScanSeverity | 'Total', number>;
}

/**
 * 高危 / 中危 / 低危 / 未知 / 总漏洞数, the engine and when the scan finished. Where exceptions remove findings,
 * each count also says what is left (忽略后).
 */
export function ScanSummaryPanel({ summary, task, effective }: ScanSummaryPanelProps) {
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
      after: effective?.[severity],
    })),
    {
      key: 'total',
      title: t('scans.summary.total'),
      value: summary.TotalSeverity,
      color: undefined,
      after: effective?.Total,
    },
  ];
  const excepted = stats.some((s) => s.after !== undefined && s.after !== s.value);
  return (
    <Flex vertical gap={12}>
      <Flex gap={40} wrap>
        {stats.map((s) => (
          <Statistic
            key={s.key}
            title={s.title}
            value={s.value}
            styles={{ content: { color: s.color } }}
            suffix={
              excepted && s.after !== undefined ? (
                <Typography.Text type="secondary" style={{ fontSize: 14 }}>
                  {t('policies.summary.after', { count: s.after })}
                </Typography.Text>
              ) : undefined
            }
          />
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

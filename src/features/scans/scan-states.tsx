import { Flex, Progress, Result, Typography } from 'antd';
import type { ActionResponse } from '@/api/contract/actions';
import { parseReason } from '@/api/contract/reasons';
import { EmptyState } from '@/components/empty-state';
import { scanPhaseLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { reasonText } from '@/lib/reason-text';

/** 未扫描: the tag has no scan task yet; 立即扫描 in the header starts one. */
export function ScanNotStarted() {
  const t = useT();
  return <EmptyState title={t('scans.not-scanned.title')} description={t('scans.not-scanned.description')} />;
}

/** 扫描中: the engine's progress and current step, refreshed by the status poll. */
export function ScanProgressPanel({ task }: { task: ActionResponse<'GetRepoTagScanStatus'> }) {
  const t = useT();
  const percent = task.Progress ?? 0;
  const phase = t(scanPhaseLabel[task.Phase ?? 'QUEUED']);
  return (
    <Flex vertical align="center" gap={12} style={{ padding: '24px 0' }}>
      <Typography.Text strong>{t('scans.scanning.title')}</Typography.Text>
      <Progress
        percent={percent}
        status="active"
        style={{ maxWidth: 480 }}
        aria-label={t('scans.progress', { percent })}
      />
      <Typography.Text type="secondary">{t('scans.scanning.description', { phase })}</Typography.Text>
    </Flex>
  );
}

/** 扫描失败, with the reason in the user's language (an engine error's own words under the title that says so). */
export function ScanFailed({ reason }: { reason: string | undefined }) {
  const t = useT();
  const parsed = reason === undefined ? undefined : parseReason(reason);
  let subTitle = t('scans.failed.no-reason');
  if (parsed?.kind === 'scan-failed') subTitle = t('scans.failed.reason', { reason: parsed.vars.detail ?? '' });
  else if (reason) subTitle = t('scans.failed.reason', { reason: reasonText(t, reason) });
  return <Result status="error" title={t('scans.failed.title')} subTitle={subTitle} />;
}

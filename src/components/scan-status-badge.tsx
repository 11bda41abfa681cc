import { Badge, Flex, Progress } from 'antd';
import { scanStatusBadge, scanStatusLabel, type TagScanState } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

interface ScanStatusBadgeProps {
  state: TagScanState;
  /** 0–100 while scanning; shown as a small bar next to 扫描中. */
  progress?: number;
}

/** 未扫描 / 扫描中 (with progress) / 扫描完成 / 扫描失败 / 重试中 of one image version. */
export function ScanStatusBadge({ state, progress }: ScanStatusBadgeProps) {
  const t = useT();
  const badge = (
    <Badge status={scanStatusBadge[state]} text={t(scanStatusLabel[state])} style={{ whiteSpace: 'nowrap' }} />
  );
  if ((state !== 'SCANNING' && state !== 'RETRYING') || progress === undefined) return badge;
  return (
    <Flex align="center" gap={8} wrap={false}>
      {badge}
      <Progress
        percent={progress}
        size={{ width: 72, height: 6 }}
        showInfo={false}
        status="active"
        aria-label={t('scans.progress', { percent: progress })}
      />
    </Flex>
  );
}

import { Tag } from 'antd';
import type { ScanSeverity } from '@/api/contract/scans';
import { severityColor, severityLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

/** 高危 / 中危 / 低危 / 未知 as a coloured tag. */
export function SeverityTag({ severity }: { severity: ScanSeverity }) {
  const t = useT();
  return (
    <Tag color={severityColor[severity]} variant="outlined" style={{ marginInlineEnd: 0 }}>
      {t(severityLabel[severity])}
    </Tag>
  );
}

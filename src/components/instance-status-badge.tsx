import { Badge } from 'antd';
import type { InstanceStatus } from '@/api/contract/instances';
import { instanceStatusBadge, instanceStatusLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

export function InstanceStatusBadge({ status }: { status: InstanceStatus }) {
  const t = useT();
  return <Badge status={instanceStatusBadge[status]} text={t(instanceStatusLabel[status])} />;
}

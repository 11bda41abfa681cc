import { Link } from 'react-router';
import type { InstanceSummary } from '@/api/contract/instances';
import { CopyableText } from '@/components/copyable-text';
import { InstanceStatusBadge } from '@/components/instance-status-badge';
import type { LiteColumn } from '@/components/lite-table';
import { paths } from '@/hooks/use-route-params';
import { instanceSpecLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';

export function instanceColumns(t: TFunction, regionId: string): LiteColumn<InstanceSummary>[] {
  return [
    {
      key: 'name',
      title: t('instances.col.name'),
      render: (_, row) => (
        <div>
          <Link to={paths.instance(regionId, row.InstanceId)}>{row.InstanceName}</Link>
          <div>
            <CopyableText text={row.InstanceId} label="ID" secondary />
          </div>
        </div>
      ),
    },
    {
      key: 'spec',
      title: t('instances.col.spec'),
      render: (_, row) => t(instanceSpecLabel[row.InstanceSpecification]),
    },
    {
      key: 'status',
      title: t('common.status'),
      render: (_, row) => <InstanceStatusBadge status={row.InstanceStatus} />,
    },
    {
      key: 'created',
      title: t('common.create-time'),
      render: (_, row) => formatTime(row.CreateTime),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, row) => <Link to={paths.instance(regionId, row.InstanceId)}>{t('common.manage')}</Link>,
    },
  ];
}

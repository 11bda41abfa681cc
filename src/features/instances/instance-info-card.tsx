import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions } from 'antd';
import type { InstanceDetail } from '@/api/contract/instances';
import { regionQueries } from '@/api/resources/regions';
import { CopyableText } from '@/components/copyable-text';
import { InstanceStatusBadge } from '@/components/instance-status-badge';
import { instanceSpecLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n';

export function InstanceInfoCard({ instance }: { instance: InstanceDetail }) {
  const t = useT();
  const locale = useLocale();
  const regions = useQuery(regionQueries.list(locale));
  const regionName = regions.data?.Regions.find((r) => r.RegionId === instance.RegionId)?.LocalName;
  return (
    <Card title={t('overview.info.title')}>
      <Descriptions
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'name', label: t('overview.info.name'), children: instance.InstanceName },
          {
            key: 'id',
            label: t('overview.info.id'),
            children: <CopyableText text={instance.InstanceId} label={t('overview.info.id')} />,
          },
          {
            key: 'spec',
            label: t('overview.info.spec'),
            children: t(instanceSpecLabel[instance.InstanceSpecification]),
          },
          {
            key: 'status',
            label: t('common.status'),
            children: <InstanceStatusBadge status={instance.InstanceStatus} />,
          },
          {
            key: 'region',
            label: t('overview.info.region'),
            children: regionName ? `${regionName} (${instance.RegionId})` : instance.RegionId,
          },
          { key: 'created', label: t('common.create-time'), children: formatTime(instance.CreateTime) },
          { key: 'rg', label: t('overview.info.resource-group'), children: instance.ResourceGroupId },
        ]}
      />
    </Card>
  );
}

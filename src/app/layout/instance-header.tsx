import { useQuery } from '@tanstack/react-query';
import { Flex, Select, Tag, Typography, theme } from 'antd';
import { useNavigate } from 'react-router';
import type { InstanceDetail } from '@/api/contract/instances';
import { instanceQueries } from '@/api/resources/instances';
import { InstanceStatusBadge } from '@/components/instance-status-badge';
import { instanceSpecLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';

/** Instance name, edition and status above every instance page, with a switcher to the region's others. */
export function InstanceHeader({ instance }: { instance: InstanceDetail }) {
  const t = useT();
  const split = theme.useToken().token.colorSplit;
  const navigate = useNavigate();
  const others = useQuery(instanceQueries.list({ RegionId: instance.RegionId, PageNo: 1, PageSize: 100 }));
  const options = (others.data?.Instances ?? [instance]).map((i) => ({ value: i.InstanceId, label: i.InstanceName }));
  return (
    <Flex
      align="center"
      gap={12}
      wrap
      style={{ marginBottom: 16, paddingBottom: 12, borderBottom: `1px solid ${split}` }}
    >
      <Typography.Title level={4} style={{ margin: 0 }}>
        {instance.InstanceName}
      </Typography.Title>
      <Tag color="orange">{t(instanceSpecLabel[instance.InstanceSpecification])}</Tag>
      <InstanceStatusBadge status={instance.InstanceStatus} />
      <Select
        aria-label={t('layout.switch-instance')}
        size="small"
        value={instance.InstanceId}
        options={options}
        onChange={(id: string) => navigate(`/${instance.RegionId}/instances/${id}/overview`)}
        style={{ minWidth: 180, marginInlineStart: 'auto' }}
        popupMatchSelectWidth={false}
        prefix={<Typography.Text type="secondary">{t('layout.switch-instance')}</Typography.Text>}
      />
    </Flex>
  );
}

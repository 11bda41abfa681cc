import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Flex, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { instanceQueries } from '@/api/resources/instances';
import { usePermissions } from '@/api/resources/ram';
import { regionQueries } from '@/api/resources/regions';
import { useUnlinkVpc, vpcQueries } from '@/api/resources/vpc';
import { CopyableText } from '@/components/copyable-text';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { PermissionButton, useStablePermissions } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { useInstanceParams } from '@/hooks/use-route-params';
import { useLocale, useT } from '@/lib/i18n';
import { AddVpcModal } from './add-vpc-modal';
import { vpcColumns } from './vpc-columns';

/** How often a VPC link that is still being created is checked again. */
const CREATING_POLL_MS = 1_500;

/** 访问控制 > 专有网络: the VPCs whose resources reach the instance privately. */
export function VpcPage() {
  const t = useT();
  const locale = useLocale();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { regionId, instanceId } = useInstanceParams();
  const modal = useModalState<never>();
  const unlink = useUnlinkVpc();
  const endpoint = useQuery({
    ...vpcQueries.endpoint(instanceId),
    refetchInterval: (q) => (q.state.data?.LinkedVpcs.some((v) => v.Status === 'CREATING') ? CREATING_POLL_MS : false),
  });
  const vpcs = useQuery(vpcQueries.vpcs(regionId));
  const usageQuery = useQuery(instanceQueries.usage(instanceId));
  const regions = useQuery(regionQueries.list(locale));
  const regionName = regions.data?.Regions.find((r) => r.RegionId === regionId)?.LocalName ?? regionId;
  const usage = usageQuery.data && { used: Number(usageQuery.data.VpcUsage), quota: Number(usageQuery.data.VpcQuota) };
  const quotaReached = usage !== undefined && usage.used >= usage.quota;
  const links = endpoint.data?.LinkedVpcs;
  const creating = links?.some((v) => v.Status === 'CREATING');

  const [canAdd, canDelete] = useStablePermissions(
    usePermissions([
      { action: 'CreateInstanceVpcEndpointLinkedVpc', params: { InstanceId: instanceId } },
      { action: 'DeleteInstanceVpcEndpointLinkedVpc', params: { InstanceId: instanceId } },
    ]),
  );
  const columns = useMemo(
    () =>
      vpcColumns(t, {
        canDelete,
        vpcs: new Map((vpcs.data?.Vpcs ?? []).map((v) => [v.VpcId, v])),
        onDelete: (link) =>
          unlink
            .mutateAsync({ InstanceId: instanceId, VpcId: link.VpcId, VswitchId: link.VswitchId })
            .then(() => message.success(t('vpc.deleted', { id: link.VpcId })), showError),
      }),
    [t, canDelete, vpcs.data, instanceId, unlink.mutateAsync, message, showError],
  );

  return (
    <>
      <PageHeader title={t('menu.vpc')} />
      <Panel>
        <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <PermissionButton
            data-tour="vpc-add"
            type="primary"
            icon={<PlusOutlined />}
            permission={canAdd}
            blockedReason={quotaReached ? t('vpc.quota-reached', { quota: usage.quota }) : undefined}
            onClick={() => modal.show()}
          >
            {t('vpc.add')}
          </PermissionButton>
          {usage && (
            <Typography.Text type={quotaReached ? 'danger' : 'secondary'}>
              {t('common.quota-used', { used: usage.used, quota: usage.quota })}
            </Typography.Text>
          )}
        </Flex>
        {/* Plain text, not Descriptions: its <table> rows would mix with the linked-VPC table's rows. */}
        {endpoint.data && endpoint.data.Domains.length > 0 && (
          <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
            <Typography.Text type="secondary">{t('vpc.domain')}:</Typography.Text>
            {endpoint.data.Domains.map((d) => (
              <CopyableText key={d} text={d} label={t('vpc.domain')} code />
            ))}
          </Flex>
        )}
        {creating && <Alert type="info" showIcon title={t('vpc.creating-hint')} style={{ marginBottom: 16 }} />}
        {endpoint.isError ? (
          <ErrorResult error={endpoint.error} onRetry={() => endpoint.refetch()} />
        ) : (
          <Table
            rowKey={(link) => `${link.VpcId}/${link.VswitchId}`}
            columns={columns}
            dataSource={links}
            loading={endpoint.isPending}
            pagination={false}
            locale={{
              emptyText: endpoint.isPending ? (
                ' '
              ) : (
                <EmptyState title={t('vpc.empty.title')} description={t('vpc.empty.description')} />
              ),
            }}
          />
        )}
      </Panel>
      <AddVpcModal
        key={modal.key}
        instanceId={instanceId}
        regionId={regionId}
        regionName={regionName}
        linkedVpcIds={new Set(links?.map((v) => v.VpcId))}
        usage={usage}
        open={modal.open}
        onClose={modal.hide}
      />
    </>
  );
}

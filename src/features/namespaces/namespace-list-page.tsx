import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Input, Typography } from 'antd';
import { useMemo } from 'react';
import type { Namespace } from '@/api/contract/namespaces';
import { instanceQueries } from '@/api/resources/instances';
import { namespaceQueries, useDeleteNamespace } from '@/api/resources/namespaces';
import { useCan } from '@/api/resources/ram';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { PermissionButton } from '@/components/permission-gate';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { paths, useInstanceParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination, useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { namespaceColumns } from './namespace-columns';
import { NamespaceFormModal } from './namespace-form-modal';

export function NamespaceListPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { regionId, instanceId } = useInstanceParams();
  const pagination = usePagination();
  const [name, setName] = useUrlFilter('name');
  const modal = useModalState<Namespace>();
  const remove = useDeleteNamespace();

  const list = useQuery({
    ...namespaceQueries.list({
      InstanceId: instanceId,
      NamespaceName: name || undefined,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const usage = useQuery(instanceQueries.usage(instanceId));
  const used = Number(usage.data?.NamespaceUsage ?? 0);
  const quota = Number(usage.data?.NamespaceQuota ?? 0);
  const quotaReached = usage.isSuccess && used >= quota;
  const total = list.data ? Number(list.data.TotalCount) : undefined;
  useClampPage(pagination, total, list.data?.Namespaces.length);

  const columns = useMemo(
    () =>
      namespaceColumns(t, {
        instanceId,
        reposPath: (ns) =>
          `${paths.instance(regionId, instanceId, 'repositories')}?namespace=${encodeURIComponent(ns)}`,
        onEdit: modal.show,
        onDelete: (ns) =>
          remove
            .mutateAsync({ InstanceId: instanceId, NamespaceName: ns.NamespaceName })
            .then(() => message.success(t('namespaces.deleted', { name: ns.NamespaceName })), showError),
      }),
    [t, regionId, instanceId, modal.show, remove.mutateAsync, message, showError],
  );

  const canCreate = useCan('CreateNamespace', { InstanceId: instanceId });
  const createButton = (
    <PermissionButton
      type="primary"
      icon={<PlusOutlined />}
      permission={canCreate}
      blockedReason={quotaReached ? t('namespaces.quota-reached', { quota }) : undefined}
      onClick={() => modal.show()}
    >
      {t('namespaces.create')}
    </PermissionButton>
  );

  return (
    <>
      <PageHeader title={t('menu.namespaces')} />
      <Panel>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Flex align="center" gap={12} wrap>
            {createButton}
            {usage.isSuccess && (
              <Typography.Text type={quotaReached ? 'danger' : 'secondary'}>
                {t('common.quota-used', { used, quota })}
              </Typography.Text>
            )}
          </Flex>
          <Input.Search
            key={name}
            defaultValue={name}
            allowClear
            placeholder={t('namespaces.search')}
            aria-label={t('namespaces.search')}
            onSearch={(value) => setName(value.trim())}
            style={{ width: 280 }}
          />
        </Flex>
        <QueryTable
          query={list}
          rowKey="NamespaceId"
          columns={columns}
          rows={list.data?.Namespaces}
          pagination={pagination}
          total={total}
          empty={
            name ? (
              <EmptyState title={t('namespaces.empty.search', { name })} />
            ) : (
              <EmptyState title={t('namespaces.empty.title')} description={t('namespaces.empty.description')} />
            )
          }
        />
      </Panel>
      <NamespaceFormModal
        key={modal.key}
        instanceId={instanceId}
        open={modal.open}
        namespace={modal.record}
        onClose={modal.hide}
      />
    </>
  );
}

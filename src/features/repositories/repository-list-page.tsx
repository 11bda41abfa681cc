import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { instanceQueries } from '@/api/resources/instances';
import { namespaceQueries } from '@/api/resources/namespaces';
import { usePermissions } from '@/api/resources/ram';
import { repositoryQueries, useDeleteRepository } from '@/api/resources/repositories';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { anyPermitted, PermissionButton } from '@/components/permission-gate';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { paths, useInstanceParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination, useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { CreateRepositoryModal } from './create-repository-modal';
import { repositoryColumns } from './repository-columns';

export function RepositoryListPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { regionId, instanceId } = useInstanceParams();
  const pagination = usePagination();
  const [namespace, setNamespace] = useUrlFilter('namespace');
  const [name, setName] = useUrlFilter('name');
  const modal = useModalState<never>();
  const remove = useDeleteRepository();

  const list = useQuery({
    ...repositoryQueries.list({
      InstanceId: instanceId,
      RepoNamespaceName: namespace || undefined,
      RepoName: name || undefined,
      RepoStatus: 'ALL',
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const namespaces = useQuery(namespaceQueries.list({ InstanceId: instanceId, PageNo: 1, PageSize: 100 }));
  const usage = useQuery(instanceQueries.usage(instanceId));
  const used = Number(usage.data?.RepoUsage ?? 0);
  const quota = Number(usage.data?.RepoQuota ?? 0);
  const noNamespace = namespaces.isSuccess && namespaces.data.Namespaces.length === 0;
  const quotaReached = usage.isSuccess && used >= quota;
  const createBlocked = noNamespace
    ? t('repos.no-namespace')
    : quotaReached
      ? t('repos.quota-reached', { quota })
      : undefined;
  const total = list.data ? Number(list.data.TotalCount) : undefined;
  useClampPage(pagination, total, list.data?.Repositories.length);
  // The namespace is picked in the dialog: 创建镜像仓库 is open when the identity may create in any listed one.
  const createAnswers = usePermissions(
    (namespaces.data?.Namespaces ?? []).map((ns) => ({
      action: 'CreateRepository' as const,
      params: { InstanceId: instanceId, RepoNamespaceName: ns.NamespaceName },
    })),
  );
  const canCreate = namespaces.isPending ? { allowed: false, loading: true } : anyPermitted(createAnswers);

  const columns = useMemo(
    () =>
      repositoryColumns(t, {
        instanceId,
        detailPath: (repo) => paths.repository(regionId, instanceId, repo.RepoId),
        onDelete: (repo) =>
          remove
            .mutateAsync({ InstanceId: instanceId, RepoId: repo.RepoId })
            .then(
              () => message.success(t('repos.deleted', { name: `${repo.RepoNamespaceName}/${repo.RepoName}` })),
              showError,
            ),
      }),
    [t, regionId, instanceId, remove.mutateAsync, message, showError],
  );

  return (
    <>
      <PageHeader title={t('menu.repositories')} />
      <Panel>
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          <Flex align="center" gap={12} wrap>
            <PermissionButton
              type="primary"
              icon={<PlusOutlined />}
              permission={canCreate}
              blockedReason={createBlocked}
              onClick={() => modal.show()}
            >
              {t('repos.create')}
            </PermissionButton>
            {usage.isSuccess && (
              <Typography.Text type={quotaReached ? 'danger' : 'secondary'}>
                {t('common.quota-used', { used, quota })}
              </Typography.Text>
            )}
          </Flex>
          <Flex gap={12} wrap>
            <Select
              aria-label={t('repos.filter.namespace')}
              value={namespace}
              onChange={setNamespace}
              loading={namespaces.isPending}
              style={{ width: 200 }}
              showSearch={{ optionFilterProp: 'label' }}
              options={[
                { value: '', label: t('repos.filter.all-namespaces') },
                ...(namespaces.data?.Namespaces ?? []).map((ns) => ({
                  value: ns.NamespaceName,
                  label: ns.NamespaceName,
                })),
              ]}
            />
            <Input.Search
              key={name}
              defaultValue={name}
              allowClear
              placeholder={t('repos.search')}
              aria-label={t('repos.search')}
              onSearch={(value) => setName(value.trim())}
              style={{ width: 260 }}
            />
          </Flex>
        </Flex>
        <QueryTable
          query={list}
          rowKey="RepoId"
          columns={columns}
          rows={list.data?.Repositories}
          pagination={pagination}
          total={total}
          empty={
            namespace || name ? (
              <EmptyState title={t('repos.empty.filtered')} />
            ) : (
              <EmptyState
                title={t('repos.empty.title')}
                description={noNamespace ? t('repos.no-namespace') : t('repos.empty.description')}
              />
            )
          }
        />
      </Panel>
      <CreateRepositoryModal
        key={modal.key}
        instanceId={instanceId}
        open={modal.open}
        namespace={namespace}
        onClose={modal.hide}
      />
    </>
  );
}

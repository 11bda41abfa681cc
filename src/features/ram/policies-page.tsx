import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Segmented, Table, Typography } from 'antd';
import { useMemo } from 'react';
import { POLICY_TYPES, type RamPolicy, type RamPolicyType } from '@/api/contract/ram';
import { ramQueries, useCan, useDeletePolicy } from '@/api/resources/ram';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { useModalState } from '@/hooks/use-modal-state';
import { useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { CanButton } from './can-button';
import { policyColumns } from './policy-columns';
import { PolicyEditorModal } from './policy-editor-modal';
import { DeniedResult, RamErrorResult, useRamErrorMessage } from './use-ram-error';

/** 访问控制 > 权限策略: system and custom policies; 创建权限策略, 编辑 (a new version), 删除 unreferenced ones. */
export function RamPoliciesPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useRamErrorMessage();
  const [typeFilter, setTypeFilter] = useUrlFilter('type');
  const type = POLICY_TYPES.find((p) => p === typeFilter);
  const canList = useCan('ListPolicies');
  const policies = useQuery({ ...ramQueries.policies(type), enabled: canList.allowed });
  const editor = useModalState<RamPolicy>();
  const remove = useDeletePolicy();

  const columns = useMemo(
    () =>
      policyColumns(t, {
        onOpen: (policy) => editor.show(policy),
        onDelete: (policy) =>
          remove
            .mutateAsync({ PolicyName: policy.PolicyName })
            .then(() => void message.success(t('ram.policies.deleted', { name: policy.PolicyName })), showError),
      }),
    [t, editor.show, remove.mutateAsync, message, showError],
  );

  return (
    <>
      <PageHeader
        title={t('menu.ram-policies')}
        extra={
          <CanButton type="primary" icon={<PlusOutlined />} action="CreatePolicy" onClick={() => editor.show()}>
            {t('ram.policies.create')}
          </CanButton>
        }
      >
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('ram.policies.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Segmented<RamPolicyType | 'all'>
          aria-label={t('ram.policies.col.type')}
          style={{ marginBottom: 16 }}
          value={type ?? 'all'}
          onChange={(value) => setTypeFilter(value === 'all' ? '' : value)}
          options={[
            { value: 'all', label: t('ram.policies.type.all') },
            { value: 'System', label: t('ram.policies.type.System') },
            { value: 'Custom', label: t('ram.policies.type.Custom') },
          ]}
        />
        {canList.reason ? (
          <DeniedResult reason={canList.reason} />
        ) : policies.isError ? (
          <RamErrorResult error={policies.error} onRetry={() => policies.refetch()} />
        ) : (
          <Table<RamPolicy>
            rowKey={(p) => `${p.PolicyType}:${p.PolicyName}`}
            columns={columns}
            dataSource={policies.data?.Policies}
            loading={policies.isPending || canList.loading}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: policies.isPending ? ' ' : <EmptyState title={t('ram.policies.empty')} /> }}
          />
        )}
      </Panel>
      <PolicyEditorModal key={editor.key} open={editor.open} policy={editor.record} onClose={editor.hide} />
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { DeployPolicy } from '@/api/contract/policies';
import { policyQueries, useDeleteDeployPolicy, useUpdateDeployPolicy } from '@/api/resources/policies';
import { useCan } from '@/api/resources/ram';
import { witnessQueries } from '@/api/resources/signing';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { useT } from '@/lib/i18n';
import { policyColumns } from './policy-columns';
import { PolicyFormModal } from './policy-form-modal';
import { toggledPolicy } from './policy-form-values';

/** 部署策略: one policy per namespace, with 启用/停用, 编辑, 删除 and 创建策略. */
export function PolicySection({ instanceId }: { instanceId: string }) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const form = useModalState<DeployPolicy>();
  const policies = useQuery(policyQueries.list(instanceId));
  const witnesses = useQuery(witnessQueries.list(instanceId));
  const update = useUpdateDeployPolicy();
  const remove = useDeleteDeployPolicy();
  const [togglingId, setTogglingId] = useState<string>();
  // The namespace is picked in the dialog; asked of the instance (the backend judges the namespace on save).
  const canCreate = useCan('CreateDeployPolicy', { InstanceId: instanceId });

  const names = useMemo(
    () => new Map((witnesses.data?.Witnesses ?? []).map((w) => [w.WitnessId, w.WitnessName])),
    [witnesses.data],
  );
  const columns = useMemo(
    () =>
      policyColumns(t, {
        instanceId,
        witnessName: (id) => names.get(id) ?? id,
        togglingId,
        onToggle: (policy, enabled) => {
          setTogglingId(policy.PolicyId);
          update
            .mutateAsync(toggledPolicy(policy, enabled))
            .then(
              () =>
                void message.success(
                  t(enabled ? 'policies.toggled.on' : 'policies.toggled.off', { namespace: policy.NamespaceName }),
                ),
              showError,
            )
            .finally(() => setTogglingId(undefined));
        },
        onEdit: (policy) => form.show(policy),
        onDelete: (policy) =>
          remove
            .mutateAsync({ InstanceId: instanceId, PolicyId: policy.PolicyId })
            .then(() => message.success(t('policies.deleted', { namespace: policy.NamespaceName })), showError),
      }),
    [t, names, togglingId, update.mutateAsync, form.show, remove.mutateAsync, instanceId, message, showError],
  );

  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
        <PermissionButton type="primary" icon={<PlusOutlined />} permission={canCreate} onClick={() => form.show()}>
          {t('policies.create')}
        </PermissionButton>
        <Typography.Text type="secondary">{t('policies.one-per-namespace')}</Typography.Text>
      </Flex>
      {policies.isError ? (
        <ErrorResult error={policies.error} onRetry={() => policies.refetch()} />
      ) : (
        <Table<DeployPolicy>
          rowKey="PolicyId"
          columns={columns}
          dataSource={policies.data?.Policies}
          loading={policies.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{
            emptyText: policies.isPending ? (
              ' '
            ) : (
              <EmptyState title={t('policies.empty.title')} description={t('policies.empty.description')} />
            ),
          }}
        />
      )}
      <PolicyFormModal
        key={form.key}
        instanceId={instanceId}
        open={form.open}
        policy={form.record}
        taken={(policies.data?.Policies ?? []).map((p) => p.NamespaceName)}
        onClose={form.hide}
      />
    </>
  );
}

import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Table } from 'antd';
import { useMemo } from 'react';
import type { SignRule } from '@/api/contract/signing';
import { usePermissions } from '@/api/resources/ram';
import { signRuleQueries, useDeleteSignRule, witnessQueries } from '@/api/resources/signing';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PermissionButton, useStablePermissions } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { useT } from '@/lib/i18n';
import { signRuleColumns } from './rule-columns';
import { SignRuleFormModal } from './rule-form-modal';

interface RulesTabProps {
  instanceId: string;
  onGoTo: (tab: 'witnesses' | 'keys') => void;
}

/** 加签规则: which pushes are signed (or may be signed by hand) with which witness. */
export function RulesTab({ instanceId, onGoTo }: RulesTabProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const rules = useQuery(signRuleQueries.list(instanceId));
  const witnesses = useQuery(witnessQueries.list(instanceId));
  const remove = useDeleteSignRule();
  const form = useModalState<SignRule>();
  const noWitness = witnesses.isSuccess && witnesses.data.Witnesses.length === 0;

  const [canCreate, canRemove] = useStablePermissions(
    usePermissions([
      { action: 'CreateSigningRule', params: { InstanceId: instanceId } },
      { action: 'DeleteSigningRule', params: { InstanceId: instanceId } },
    ]),
  );
  const columns = useMemo(() => {
    const names = new Map((witnesses.data?.Witnesses ?? []).map((w) => [w.WitnessId, w.WitnessName]));
    return signRuleColumns(t, {
      instanceId,
      canRemove,
      witnessName: (id) => names.get(id),
      onEdit: (rule) => form.show(rule),
      onDelete: (rule) =>
        remove
          .mutateAsync({ InstanceId: instanceId, SignRuleId: rule.SignRuleId })
          .then(() => message.success(t('signing.rules.deleted', { name: rule.RuleName })), showError),
    });
  }, [t, canRemove, witnesses.data, form.show, remove.mutateAsync, instanceId, message, showError]);

  const createButton = (
    <PermissionButton type="primary" icon={<PlusOutlined />} permission={canCreate} onClick={() => form.show()}>
      {t('signing.rules.create')}
    </PermissionButton>
  );
  const empty = noWitness ? (
    <EmptyState
      title={t('signing.rules.need-witness.title')}
      description={t('signing.rules.need-witness.description')}
      action={
        <Button type="primary" onClick={() => onGoTo('witnesses')}>
          {t('signing.go-witnesses')}
        </Button>
      }
    />
  ) : (
    <EmptyState
      title={t('signing.rules.empty.title')}
      description={t('signing.rules.empty.description')}
      action={createButton}
    />
  );

  return (
    <>
      <Flex style={{ marginBottom: 16 }}>{createButton}</Flex>
      {rules.isError ? (
        <ErrorResult error={rules.error} onRetry={() => rules.refetch()} />
      ) : (
        <Table<SignRule>
          rowKey="SignRuleId"
          columns={columns}
          dataSource={rules.data?.Rules}
          loading={rules.isPending}
          pagination={false}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: rules.isPending ? ' ' : empty }}
        />
      )}
      <SignRuleFormModal
        key={form.key}
        instanceId={instanceId}
        open={form.open}
        rule={form.record}
        onClose={form.hide}
        onGoToWitnesses={() => {
          form.hide();
          onGoTo('witnesses');
        }}
      />
    </>
  );
}

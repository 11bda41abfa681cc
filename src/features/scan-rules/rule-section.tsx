import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useMemo } from 'react';
import type { ScanRuleListItem } from '@/api/contract/scan-rules';
import { usePermissions } from '@/api/resources/ram';
import { scanRuleQueries, useDeleteScanRule, useRunScanRule } from '@/api/resources/scan-rules';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { PermissionButton, useStablePermissions } from '@/components/permission-gate';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { useT } from '@/lib/i18n';
import { ruleColumns } from './rule-columns';
import { RuleWizard } from './rule-wizard';

interface RuleSectionProps {
  instanceId: string;
  /** Why batch actions are unavailable (no VPC), if they are. */
  disabledReason?: string;
  /** Disabled without a reason while what decides it (the VPC) is still loading. */
  waiting?: boolean;
}

/** The rules fit one page: an instance has a handful. */
const RULE_PAGE_SIZE = 100;

/** 扫描规则: the rules with 立即扫描 / 编辑 / 删除, and 创建规则. */
export function RuleSection({ instanceId, disabledReason, waiting }: RuleSectionProps) {
  const t = useT();
  const { message, modal } = useFeedback();
  const showError = useApiErrorMessage();
  const wizard = useModalState<ScanRuleListItem>();
  const remove = useDeleteScanRule();
  const run = useRunScanRule();
  const rules = useQuery({
    ...scanRuleQueries.list({ InstanceId: instanceId, PageNo: 1, PageSize: RULE_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  const scope = { InstanceId: instanceId };
  const [canCreate, canRun, canEdit, canRemove] = useStablePermissions(
    usePermissions([
      { action: 'CreateScanRule', params: scope },
      { action: 'RunScanRule', params: scope },
      { action: 'UpdateScanRule', params: scope },
      { action: 'DeleteScanRule', params: scope },
    ]),
  );

  const columns = useMemo(
    () =>
      ruleColumns(t, {
        disabledReason,
        can: { run: canRun, edit: canEdit, remove: canRemove },
        onEdit: (rule) => wizard.show(rule),
        onDelete: (rule) =>
          remove
            .mutateAsync({ InstanceId: instanceId, ScanRuleId: rule.ScanRuleId })
            .then(() => message.success(t('scan-rules.deleted', { name: rule.RuleName })), showError),
        onRun: (rule) =>
          void modal.confirm({
            title: t('scan-rules.run.title'),
            content: t('scan-rules.run.content', { name: rule.RuleName }),
            okText: t('common.ok'),
            cancelText: t('common.cancel'),
            onOk: () =>
              run
                .mutateAsync({ InstanceId: instanceId, ScanRuleId: rule.ScanRuleId })
                .then((res) => message.success(t('scan-rules.run.started', { id: res.RuleTaskId })), showError),
          }),
      }),
    [
      t,
      disabledReason,
      canRun,
      canEdit,
      canRemove,
      wizard.show,
      remove.mutateAsync,
      run.mutateAsync,
      instanceId,
      message,
      modal,
      showError,
    ],
  );

  return (
    <Card
      data-tour="rule-section"
      data-ready={rules.isSuccess}
      title={t('scan-rules.rules.title')}
      size="small"
      style={{ marginBottom: 16 }}
      extra={
        <PermissionButton
          data-tour="create-rule"
          type="primary"
          icon={<PlusOutlined />}
          permission={canCreate}
          blockedReason={disabledReason}
          disabled={waiting}
          onClick={() => wizard.show()}
        >
          {t('scan-rules.create')}
        </PermissionButton>
      }
    >
      <QueryTable<ScanRuleListItem>
        query={rules}
        rows={rules.data?.ScanRules}
        rowKey="ScanRuleId"
        columns={columns}
        pagination={{ page: 1, pageSize: RULE_PAGE_SIZE, setPage: () => undefined }}
        total={undefined}
        empty={<EmptyState title={t('scan-rules.empty.title')} description={t('scan-rules.empty.description')} />}
      />
      <RuleWizard
        key={wizard.key}
        instanceId={instanceId}
        open={wizard.open}
        rule={wizard.record}
        onClose={wizard.hide}
      />
    </Card>
  );
}

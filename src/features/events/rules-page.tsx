import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { EVENT_RULE_LIMIT, type EventRule } from '@/api/contract/events';
import { eventRuleQueries, useDeleteEventRule, useTestEventRule } from '@/api/resources/events';
import { usePermissions } from '@/api/resources/ram';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { useFeedback } from '@/components/feedback';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { PermissionButton, useStablePermissions } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { useInstanceParams } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { eventRuleColumns } from './rule-columns';
import { RuleFormModal } from './rule-form-modal';

/** 事件中心 > 事件规则: the rules with 编辑 / 测试发送 / 删除, and 创建规则 (at most 10). */
export function EventRulesPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { instanceId } = useInstanceParams();
  const form = useModalState<EventRule>();
  const remove = useDeleteEventRule();
  const test = useTestEventRule();
  const [testingId, setTestingId] = useState<string>();
  const rules = useQuery(eventRuleQueries.list(instanceId));
  const count = rules.data?.Rules.length;
  const limitReached = count !== undefined && count >= EVENT_RULE_LIMIT;

  const scope = { InstanceId: instanceId };
  const [canCreate, canEdit, canTest, canRemove] = useStablePermissions(
    usePermissions([
      { action: 'CreateEventCenterRule', params: scope },
      { action: 'UpdateEventCenterRule', params: scope },
      { action: 'TestEventCenterRule', params: scope },
      { action: 'DeleteEventCenterRule', params: scope },
    ]),
  );

  const columns = useMemo(
    () =>
      eventRuleColumns(t, {
        testingId,
        can: { edit: canEdit, test: canTest, remove: canRemove },
        onEdit: (rule) => form.show(rule),
        onTest: (rule) => {
          setTestingId(rule.RuleId);
          test
            .mutateAsync({ InstanceId: instanceId, RuleId: rule.RuleId })
            .then(() => void message.success(t('events.test.sent')), showError)
            .finally(() => setTestingId(undefined));
        },
        onDelete: (rule) =>
          remove
            .mutateAsync({ InstanceId: instanceId, RuleId: rule.RuleId })
            .then(() => message.success(t('events.deleted', { name: rule.RuleName })), showError),
      }),
    [
      t,
      testingId,
      canEdit,
      canTest,
      canRemove,
      form.show,
      test.mutateAsync,
      remove.mutateAsync,
      instanceId,
      message,
      showError,
    ],
  );

  const createButton = (
    <PermissionButton
      type="primary"
      icon={<PlusOutlined />}
      permission={canCreate}
      blockedReason={limitReached ? t('events.rules.limit', { limit: EVENT_RULE_LIMIT }) : undefined}
      onClick={() => form.show()}
    >
      {t('events.rules.create')}
    </PermissionButton>
  );

  return (
    <>
      <PageHeader title={t('menu.event-rules')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('events.rules.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Flex align="center" gap={12} wrap style={{ marginBottom: 16 }}>
          {createButton}
          {count !== undefined && (
            <Typography.Text type={limitReached ? 'danger' : 'secondary'}>
              {t('events.rules.count', { used: count, limit: EVENT_RULE_LIMIT })}
            </Typography.Text>
          )}
        </Flex>
        {rules.isError ? (
          <ErrorResult error={rules.error} onRetry={() => rules.refetch()} />
        ) : (
          <Table<EventRule>
            rowKey="RuleId"
            columns={columns}
            dataSource={rules.data?.Rules}
            loading={rules.isPending}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{
              emptyText: rules.isPending ? (
                ' '
              ) : (
                <EmptyState title={t('events.rules.empty.title')} description={t('events.rules.empty.description')} />
              ),
            }}
          />
        )}
      </Panel>
      <RuleFormModal
        key={form.key}
        instanceId={instanceId}
        open={form.open}
        ruleId={form.record?.RuleId}
        onClose={form.hide}
      />
    </>
  );
}

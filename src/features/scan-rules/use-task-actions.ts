import type { ScanRuleTask } from '@/api/contract/scan-rules';
import { usePermissions } from '@/api/resources/ram';
import { useRetryScanRuleTask, useStopScanRuleTask } from '@/api/resources/scan-rules';
import { useFeedback } from '@/components/feedback';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';

/**
 * 停止 a running task and 重试 a failed or stopped one, each confirmed in a 提示 dialog; with what RAM answers
 * for each (one answer per instance: rule tasks are `instance/<id>/scanrule/*`).
 */
export function useTaskActions(instanceId: string) {
  const t = useT();
  const { message, modal } = useFeedback();
  const showError = useApiErrorMessage();
  const stop = useStopScanRuleTask();
  const retry = useRetryScanRuleTask();
  const [stopPermission, retryPermission] = usePermissions([
    { action: 'StopScanRuleTask', params: { InstanceId: instanceId } },
    { action: 'RetryScanRuleTask', params: { InstanceId: instanceId } },
  ]);
  const params = (task: Pick<ScanRuleTask, 'RuleTaskId'>) => ({ InstanceId: instanceId, RuleTaskId: task.RuleTaskId });
  return {
    stopPermission,
    retryPermission,
    canStop: (task: Pick<ScanRuleTask, 'Status'>) => task.Status === 'SCANNING',
    canRetry: (task: Pick<ScanRuleTask, 'Status' | 'FailedCount'>) =>
      (task.Status === 'FAILED' || task.Status === 'STOPPED') && task.FailedCount > 0,
    stop: (task: Pick<ScanRuleTask, 'RuleTaskId'>) =>
      void modal.confirm({
        title: t('engine.switch.title'),
        content: t('scan-rules.tasks.stop.content', { id: task.RuleTaskId }),
        okText: t('common.ok'),
        cancelText: t('common.cancel'),
        okButtonProps: { danger: true },
        onOk: () =>
          stop.mutateAsync(params(task)).then(() => message.success(t('scan-rules.tasks.stopped')), showError),
      }),
    retry: (task: Pick<ScanRuleTask, 'RuleTaskId' | 'FailedCount'>) =>
      void modal.confirm({
        title: t('engine.switch.title'),
        content: t('scan-rules.tasks.retry.content', { count: task.FailedCount }),
        okText: t('common.ok'),
        cancelText: t('common.cancel'),
        onOk: () =>
          retry
            .mutateAsync(params(task))
            .then((res) => message.success(t('scan-rules.tasks.retried', { count: res.ImageCount })), showError),
      }),
  };
}

export type TaskActions = ReturnType<typeof useTaskActions>;

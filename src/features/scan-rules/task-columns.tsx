import type { TableColumnsType } from 'antd';
import { Flex, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { ScanRuleTask } from '@/api/contract/scan-rules';
import { PermissionButton } from '@/components/permission-gate';
import { ScanStatusBadge } from '@/components/scan-status-badge';
import { scanRuleTriggerLabel, scanServiceLabel } from '@/lib/enum-labels';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { formatDuration } from './format-duration';
import type { TaskActions } from './use-task-actions';

interface TaskColumnOptions {
  taskPath: (task: ScanRuleTask) => string;
  actions: TaskActions;
  /** "Now", for the running time of tasks still scanning. */
  now: number;
}

export function taskColumns(
  t: TFunction,
  { taskPath, now, actions }: TaskColumnOptions,
): TableColumnsType<ScanRuleTask> {
  return [
    {
      key: 'id',
      title: t('scan-rules.tasks.col.id'),
      render: (_, task) => <Typography.Text copyable>{task.RuleTaskId}</Typography.Text>,
    },
    { key: 'rule', title: t('scan-rules.tasks.col.rule'), dataIndex: 'RuleName' },
    {
      key: 'engine',
      title: t('scan-rules.tasks.col.engine'),
      render: (_, task) => t(scanServiceLabel[task.ScanService]),
    },
    {
      key: 'trigger',
      title: t('scan-rules.tasks.col.trigger'),
      render: (_, task) => t(scanRuleTriggerLabel[task.TriggerType]),
    },
    { key: 'images', title: t('scan-rules.tasks.col.images'), dataIndex: 'ImageCount' },
    {
      key: 'status',
      title: t('scan-rules.tasks.col.status'),
      render: (_, task) => (
        <Flex vertical gap={2} data-tour="task-status" data-status={task.Status}>
          <ScanStatusBadge state={task.Status} progress={task.Status === 'SCANNING' ? task.Progress : undefined} />
          {task.FailedCount > 0 && (
            <Typography.Text type="danger" style={{ fontSize: 12 }}>
              {t('scan-rules.tasks.failed-count', { count: task.FailedCount })}
            </Typography.Text>
          )}
        </Flex>
      ),
    },
    { key: 'start', title: t('scan-rules.tasks.col.start'), render: (_, task) => formatTime(task.StartTime) },
    {
      key: 'duration',
      title: t('scan-rules.tasks.col.duration'),
      render: (_, task) => formatDuration(t, (task.FinishTime ?? now) - task.StartTime),
    },
    {
      key: 'actions',
      title: t('scan-rules.tasks.col.actions'),
      render: (_, task) => (
        <Space size={0} wrap>
          <Link to={taskPath(task)} style={{ marginInlineEnd: 8 }}>
            {t('scan-rules.tasks.view')}
          </Link>
          {actions.canStop(task) && (
            <PermissionButton
              type="link"
              size="small"
              danger
              permission={actions.stopPermission}
              onClick={() => actions.stop(task)}
            >
              {t('scan-rules.tasks.stop')}
            </PermissionButton>
          )}
          {actions.canRetry(task) && (
            <PermissionButton
              type="link"
              size="small"
              permission={actions.retryPermission}
              onClick={() => actions.retry(task)}
            >
              {t('scan-rules.tasks.retry')}
            </PermissionButton>
          )}
        </Space>
      ),
    },
  ];
}

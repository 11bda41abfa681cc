import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import type { ScanRuleTask } from '@/api/contract/scan-rules';
import { isRuleTaskFinished, scanRuleTaskQueries } from '@/api/resources/scan-rules';
import { EmptyState } from '@/components/empty-state';
import { QueryTable } from '@/components/query-table';
import { paths } from '@/hooks/use-route-params';
import { usePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { taskColumns } from './task-columns';
import { useTaskActions } from './use-task-actions';

/** 任务列表: the batch scan tasks, newest first; polls while any is scanning. */
export function TaskSection({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const t = useT();
  const pagination = usePagination();
  const tasks = useQuery({
    ...scanRuleTaskQueries.list({ InstanceId: instanceId, PageNo: pagination.page, PageSize: pagination.pageSize }),
    placeholderData: keepPreviousData,
  });
  const actions = useTaskActions(instanceId);
  const running = tasks.data?.Tasks.some((task) => !isRuleTaskFinished(task.Status)) ?? false;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);

  const columns = useMemo(
    () =>
      taskColumns(t, {
        now,
        actions,
        taskPath: (task: ScanRuleTask) => paths.scanTask(regionId, instanceId, task.RuleTaskId),
      }),
    [t, now, actions, regionId, instanceId],
  );

  return (
    <Card title={t('scan-rules.tasks.title')} size="small" data-tour="task-section" data-ready={tasks.isSuccess}>
      <QueryTable<ScanRuleTask>
        query={tasks}
        rows={tasks.data?.Tasks}
        rowKey="RuleTaskId"
        columns={columns}
        pagination={pagination}
        total={tasks.data?.TotalCount}
        empty={
          <EmptyState title={t('scan-rules.tasks.empty.title')} description={t('scan-rules.tasks.empty.description')} />
        }
      />
    </Card>
  );
}

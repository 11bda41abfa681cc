import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import { parseReason } from '@/api/contract/reasons';
import type { FixTask, FixTaskStatus, VulFixStatus } from '@/api/contract/scan-fix';
import { fixQueries } from '@/api/resources/scan-fix';
import { paths, useRegionId } from '@/hooks/use-route-params';
import { formatTime } from '@/lib/format';
import { type MessageKey, type TFunction, useT } from '@/lib/i18n';
import { reasonText } from '@/lib/reason-text';
import type { ScanTarget } from './scan-target';

/** Why the fixed tag was not scanned, short enough for the status cell: the quota's figures, else the reason. */
function scanRefusedText(t: TFunction, reason: string): string {
  const parsed = parseReason(reason);
  if (parsed?.kind === 'quota-exceeded') return t('fix.tasks.scan-refused.quota', parsed.vars);
  return t('fix.tasks.scan-refused', { reason: reasonText(t, reason) });
}

const taskStatus: Record<FixTaskStatus, { key: MessageKey; color: string }> = {
  FIXING: { key: 'fix.task.FIXING', color: 'processing' },
  SUCCESS: { key: 'fix.task.SUCCESS', color: 'success' },
  FAILED: { key: 'fix.task.FAILED', color: 'error' },
};

const vulStatus: Record<VulFixStatus, { key: MessageKey; color: string }> = {
  UNFIXED: { key: 'fix.status.UNFIXED', color: 'default' },
  FIXING: { key: 'fix.status.FIXING', color: 'processing' },
  FIXED: { key: 'fix.status.FIXED', color: 'success' },
};

/** 未修复 / 修复中 / 修复成功 of one finding. */
export function VulFixStatusTag({ status }: { status: VulFixStatus }) {
  const t = useT();
  const { key, color } = vulStatus[status];
  return <Tag color={color}>{t(key)}</Tag>;
}

/** 修复任务: the one-click fixes of this tag, each with its new tag's 安全扫描 page. Hidden while there are none. */
export function FixTaskList({ target }: { target: ScanTarget }) {
  const t = useT();
  const regionId = useRegionId();
  const list = useQuery(fixQueries.list(target.instanceId, target.repoId, target.tag));
  const tasks = list.data?.FixTasks ?? [];
  if (tasks.length === 0) return null;
  return (
    <Card size="small" title={t('fix.tasks.title')}>
      <Table<FixTask>
        size="small"
        rowKey="FixTaskId"
        dataSource={tasks}
        pagination={tasks.length > 5 ? { pageSize: 5, size: 'small' } : false}
        columns={[
          {
            key: 'new-tag',
            title: t('fix.tasks.col.new-tag'),
            render: (_, task) =>
              task.Status === 'SUCCESS' ? (
                <Link
                  to={paths.tagScan(regionId, task.InstanceId, task.RepoId, task.NewTag)}
                  aria-label={t('fix.tasks.new-tag.aria', { tag: task.NewTag })}
                >
                  {task.NewTag}
                </Link>
              ) : (
                <Typography.Text>{task.NewTag}</Typography.Text>
              ),
          },
          {
            key: 'status',
            title: t('fix.tasks.col.status'),
            render: (_, task) => {
              const { key, color } = taskStatus[task.Status];
              const tag = <Tag color={color}>{t(key)}</Tag>;
              if (task.FailReason) return <Tooltip title={reasonText(t, task.FailReason)}>{tag}</Tooltip>;
              if (!task.ScanRefusedReason) return tag;
              return (
                <Flex vertical gap={2} align="start">
                  {tag}
                  <Typography.Text type="warning" style={{ fontSize: 12 }}>
                    {scanRefusedText(t, task.ScanRefusedReason)}
                  </Typography.Text>
                </Flex>
              );
            },
          },
          {
            key: 'packages',
            title: t('fix.tasks.col.packages'),
            render: (_, task) => (
              <Typography.Text ellipsis={{ tooltip: task.Command }} style={{ maxWidth: 240 }}>
                {task.Packages.map((p) => `${p.Name} ${p.TargetVersion}`).join(', ')}
              </Typography.Text>
            ),
          },
          {
            key: 'cves',
            title: t('fix.tasks.col.cves'),
            onHeaderCell: () => ({ style: { whiteSpace: 'nowrap' } }),
            render: (_, task) => task.CveNames.length,
          },
          { key: 'start', title: t('fix.tasks.col.start'), render: (_, task) => formatTime(task.StartTime) },
          {
            key: 'finish',
            title: t('fix.tasks.col.finish'),
            render: (_, task) => (task.FinishTime ? formatTime(task.FinishTime) : '-'),
          },
        ]}
      />
    </Card>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Flex, Typography } from 'antd';
import { scanQueries } from '@/api/resources/scans';
import { ScanStatusBadge } from '@/components/scan-status-badge';
import { SeverityBar } from '@/components/severity-bar';

interface TagScanCellProps {
  instanceId: string;
  repoId: string;
  tag: string;
}

/** A tag's latest scan in the 镜像版本 list: its status (polled while 扫描中) and, once complete, its counts. */
export function TagScanCell({ instanceId, repoId, tag }: TagScanCellProps) {
  const status = useQuery(scanQueries.status(instanceId, repoId, tag));
  const task = status.data;
  const complete = task?.Status === 'COMPLETE';
  const summary = useQuery({
    ...scanQueries.summary({ InstanceId: instanceId, RepoId: repoId, Tag: tag, ScanTaskId: task?.ScanTaskId }),
    enabled: complete,
  });

  if (status.isPending) return <Typography.Text type="secondary">-</Typography.Text>;
  if (status.isError) {
    return (
      <Typography.Text type="secondary" title={status.error.message}>
        -
      </Typography.Text>
    );
  }
  if (!task) return <ScanStatusBadge state="NONE" />;
  return (
    <Flex vertical gap={4} align="flex-start">
      <ScanStatusBadge state={task.Status} progress={task.Progress} />
      {complete && summary.data && <SeverityBar summary={summary.data} />}
    </Flex>
  );
}

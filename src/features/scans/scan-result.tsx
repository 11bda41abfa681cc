import { SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex } from 'antd';
import type { ActionResponse } from '@/api/contract/actions';
import { scanQueries } from '@/api/resources/scans';
import { ButtonLink } from '@/components/button-link';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { paths, useTagParams } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { ExportScanButton } from './export-button';
import { FixTaskList } from './fix-tasks';
import { ScanSummaryPanel } from './scan-summary';
import type { ScanTarget } from './scan-target';
import { useScanExceptions } from './use-scan-exceptions';
import { VulnerabilityTabs } from './vulnerability-tabs';

interface ScanResultProps {
  task: ActionResponse<'GetRepoTagScanStatus'>;
  target: ScanTarget;
  /** `namespace/repo:tag`, once the repository has loaded (names the exported files). */
  image: string | undefined;
  /** Manifest digest, hex without `sha256:`. */
  digest: string | undefined;
}

/** A complete scan: the counts by level, then the result tabs (无漏洞 on the vulnerability tabs of a clean image). */
export function ScanResult({ task, target, image, digest }: ScanResultProps) {
  const t = useT();
  const { regionId } = useTagParams();
  const summary = useQuery(
    scanQueries.summary({
      InstanceId: target.instanceId,
      RepoId: target.repoId,
      Tag: target.tag,
      ScanTaskId: task.ScanTaskId,
    }),
  );
  const exceptions = useScanExceptions(target, task.ScanTaskId).query.data;
  if (summary.isPending) return <PageLoading />;
  if (summary.isError) return <ErrorResult error={summary.error} onRetry={() => summary.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <ScanSummaryPanel
          summary={summary.data}
          task={task}
          effective={exceptions && exceptions.ScanTaskId === task.ScanTaskId ? exceptions.Effective : undefined}
        />
        <Flex gap={8} wrap>
          <ButtonLink
            icon={<SwapOutlined />}
            to={paths.scanDiff(regionId, target.instanceId, undefined, {
              repoId: target.repoId,
              tag: target.tag,
              scanTaskId: task.ScanTaskId,
            })}
          >
            {t('scans.diff-link')}
          </ButtonLink>
          <ExportScanButton target={target} task={task} summary={summary.data} image={image} digest={digest} />
        </Flex>
      </Flex>
      {task.ScanService === 'SAS_SCAN_SERVICE' && <FixTaskList target={target} />}
      <VulnerabilityTabs
        target={target}
        scanTaskId={task.ScanTaskId}
        engine={task.ScanService}
        clean={summary.data.TotalSeverity === 0}
      />
    </Flex>
  );
}

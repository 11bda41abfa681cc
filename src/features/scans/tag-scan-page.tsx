import { useQuery } from '@tanstack/react-query';
import { Card, Flex, Result } from 'antd';
import type { ReactNode } from 'react';
import { repositoryQueries } from '@/api/resources/repositories';
import { scanQueries } from '@/api/resources/scans';
import { tagQueries } from '@/api/resources/tags';
import { ButtonLink } from '@/components/button-link';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { paths, useTagParams } from '@/hooks/use-route-params';
import { errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';
import { ScanHeader } from './scan-header';
import { ScanResult } from './scan-result';
import { ScanFailed, ScanNotStarted, ScanProgressPanel } from './scan-states';

/** 安全扫描 of one image version: start a scan, follow its progress, read the vulnerabilities it found. */
export function TagScanPage() {
  const t = useT();
  const { regionId, instanceId, repoId, tag } = useTagParams();
  const repo = useQuery(repositoryQueries.detail(instanceId, repoId));
  const image = useQuery(tagQueries.detail(instanceId, repoId, tag));
  const status = useQuery(scanQueries.status(instanceId, repoId, tag));

  if (image.isError && errorCode(image.error) === 'TAG_NOT_EXIST') {
    return (
      <Result
        status="404"
        title={t('scans.tag-not-found.title')}
        subTitle={t('scans.tag-not-found.description', { tag })}
        extra={
          <ButtonLink type="primary" to={paths.repository(regionId, instanceId, repoId, 'tags')}>
            {t('scans.back-to-tags')}
          </ButtonLink>
        }
      />
    );
  }

  const task = status.data;
  const imageName = repo.data && `${repo.data.RepoNamespaceName}/${repo.data.RepoName}:${tag}`;
  const digest = image.data?.Digest ?? task?.Digest;
  let body: ReactNode;
  if (status.isPending) body = <PageLoading />;
  else if (status.isError) body = <ErrorResult error={status.error} onRetry={() => status.refetch()} />;
  else if (!task) body = <ScanNotStarted />;
  else if (task.Status === 'COMPLETE')
    body = <ScanResult task={task} target={{ instanceId, repoId, tag }} image={imageName} digest={digest} />;
  else if (task.Status === 'FAILED') body = <ScanFailed reason={task.FailReason} />;
  else body = <ScanProgressPanel task={task} />;

  return (
    <Flex vertical gap={16}>
      <ScanHeader target={{ instanceId, repoId, tag }} image={imageName} digest={digest} task={task} />
      <Card title={t('scans.summary.title')} data-tour="scan-summary">
        {body}
      </Card>
    </Flex>
  );
}

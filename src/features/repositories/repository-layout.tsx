import { DatabaseOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Flex, Result, Typography } from 'antd';
import { Outlet } from 'react-router';
import { repositoryQueries } from '@/api/resources/repositories';
import { ButtonLink } from '@/components/button-link';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { RepoTypeTag } from '@/components/repo-type-tag';
import { paths, useRepoParams } from '@/hooks/use-route-params';
import { errorCode } from '@/lib/api-errors';
import { useT } from '@/lib/i18n';

/** Repository detail: its name above 基本信息 / 镜像版本 (the left navigation comes from the route table). */
export function RepositoryLayout() {
  const t = useT();
  const { regionId, instanceId, repoId } = useRepoParams();
  const repo = useQuery(repositoryQueries.detail(instanceId, repoId));
  const back = (
    <ButtonLink type="primary" to={paths.instance(regionId, instanceId, 'repositories')}>
      {t('layout.back-to-repositories')}
    </ButtonLink>
  );

  if (repo.isPending) return <PageLoading />;
  if (repo.isError) {
    if (errorCode(repo.error) === 'REPO_NOT_EXIST') {
      return (
        <Result
          status="404"
          title={t('repos.not-found.title')}
          subTitle={t('repos.not-found.description')}
          extra={back}
        />
      );
    }
    return <ErrorResult error={repo.error} onRetry={() => repo.refetch()} extra={back} />;
  }
  return (
    <>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 16 }}>
        <DatabaseOutlined style={{ fontSize: 18, color: '#0064c8' }} />
        <Typography.Title level={5} style={{ margin: 0 }}>
          <Typography.Text type="secondary">{repo.data.RepoNamespaceName}/</Typography.Text>
          {repo.data.RepoName}
        </Typography.Title>
        <RepoTypeTag type={repo.data.RepoType} />
        <Typography.Text type="secondary">{repo.data.Summary}</Typography.Text>
      </Flex>
      <Outlet />
    </>
  );
}

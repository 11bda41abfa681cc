import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Typography } from 'antd';
import { useCan } from '@/api/resources/ram';
import { repositoryQueries } from '@/api/resources/repositories';
import { CopyableText } from '@/components/copyable-text';
import { ErrorResult } from '@/components/error-result';
import { PageLoading } from '@/components/page-loading';
import { PermissionButton } from '@/components/permission-gate';
import { RepoTypeTag } from '@/components/repo-type-tag';
import { useModalState } from '@/hooks/use-modal-state';
import { useRepoParams } from '@/hooks/use-route-params';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { EditRepositoryModal } from './edit-repository-modal';
import { useRepoAddresses } from './use-repo-addresses';

/** 基本信息 of a repository, with 编辑 opening 修改基本信息. */
export function RepositoryInfoPage() {
  const t = useT();
  const { instanceId, repoId } = useRepoParams();
  const repo = useQuery(repositoryQueries.detail(instanceId, repoId));
  const modal = useModalState<never>();
  const canEdit = useCan('UpdateRepository', { InstanceId: instanceId, RepoId: repoId });
  const addresses = useRepoAddresses(instanceId, repo.data?.RepoNamespaceName, repo.data?.RepoName);

  if (repo.isPending) return <PageLoading />;
  if (repo.isError) return <ErrorResult error={repo.error} onRetry={() => repo.refetch()} />;
  const r = repo.data;
  return (
    <Card
      title={t('menu.repo-info')}
      extra={
        <PermissionButton icon={<EditOutlined />} permission={canEdit} onClick={() => modal.show()}>
          {t('common.edit')}
        </PermissionButton>
      }
    >
      <Descriptions
        column={1}
        styles={{ label: { width: 140 } }}
        bordered
        size="small"
        items={[
          { key: 'name', label: t('repos.col.name'), children: r.RepoName },
          { key: 'ns', label: t('repos.col.namespace'), children: r.RepoNamespaceName },
          { key: 'type', label: t('repos.col.type'), children: <RepoTypeTag type={r.RepoType} /> },
          { key: 'summary', label: t('repos.col.summary'), children: r.Summary },
          {
            key: 'detail',
            label: t('repos.field.detail'),
            children: r.Detail ? (
              <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{r.Detail}</Typography.Paragraph>
            ) : (
              <Typography.Text type="secondary">{t('repos.detail.no-detail')}</Typography.Text>
            ),
          },
          { key: 'created', label: t('common.create-time'), children: formatTime(r.CreateTime) },
          {
            key: 'public',
            label: t('repos.detail.public-address'),
            children: addresses.publicAddress ? (
              <CopyableText text={addresses.publicAddress} label={t('repos.detail.public-address')} code />
            ) : (
              '-'
            ),
          },
          {
            key: 'vpc',
            label: t('repos.detail.vpc-address'),
            children: addresses.vpcAddress ? (
              <CopyableText text={addresses.vpcAddress} label={t('repos.detail.vpc-address')} code />
            ) : (
              <Typography.Text type="secondary">{t('repos.detail.no-vpc')}</Typography.Text>
            ),
          },
        ]}
      />
      <EditRepositoryModal key={modal.key} repo={r} open={modal.open} onClose={modal.hide} />
    </Card>
  );
}

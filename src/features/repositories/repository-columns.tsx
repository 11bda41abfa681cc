import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { Repository } from '@/api/contract/repositories';
import { useCan } from '@/api/resources/ram';
import { DeleteConfirm } from '@/components/delete-confirm';
import { RepoTypeTag } from '@/components/repo-type-tag';
import { formatTime } from '@/lib/format';
import { type TFunction, useT } from '@/lib/i18n';

interface RepositoryColumnActions {
  instanceId: string;
  detailPath: (repo: Repository) => string;
  onDelete: (repo: Repository) => Promise<unknown>;
}

export function repositoryColumns(t: TFunction, actions: RepositoryColumnActions): TableColumnsType<Repository> {
  return [
    {
      key: 'name',
      title: t('repos.col.name'),
      render: (_, repo) => (
        <div>
          <Link to={actions.detailPath(repo)}>{repo.RepoName}</Link>
          <div>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {repo.RepoNamespaceName}/{repo.RepoName}
            </Typography.Text>
          </div>
        </div>
      ),
    },
    { key: 'namespace', title: t('repos.col.namespace'), render: (_, repo) => repo.RepoNamespaceName },
    { key: 'type', title: t('repos.col.type'), render: (_, repo) => <RepoTypeTag type={repo.RepoType} /> },
    {
      key: 'summary',
      title: t('repos.col.summary'),
      ellipsis: true,
      render: (_, repo) => <span title={repo.Summary}>{repo.Summary}</span>,
    },
    { key: 'created', title: t('common.create-time'), render: (_, repo) => formatTime(repo.CreateTime) },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 120,
      render: (_, repo) => (
        <Space size={12}>
          <Link to={actions.detailPath(repo)}>{t('common.manage')}</Link>
          <RepositoryDelete repo={repo} actions={actions} />
        </Space>
      ),
    },
  ];
}

/** 删除 of a repository, disabled with RAM's reason when the identity may not (`DeleteRepository`). */
function RepositoryDelete({ repo, actions }: { repo: Repository; actions: RepositoryColumnActions }) {
  const t = useT();
  const can = useCan('DeleteRepository', { InstanceId: actions.instanceId, RepoId: repo.RepoId });
  return (
    <DeleteConfirm
      title={t('repos.delete.title', { name: `${repo.RepoNamespaceName}/${repo.RepoName}` })}
      warning={t('repos.delete.warning')}
      ariaLabel={t('repos.delete.aria', { name: repo.RepoName })}
      disabled={repo.RepoStatus === 'DELETING'}
      permission={can}
      onConfirm={() => actions.onDelete(repo)}
    />
  );
}

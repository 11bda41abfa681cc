import { AppstoreAddOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Button, Card, Space } from 'antd';
import { useMemo } from 'react';
import { repositoryQueries } from '@/api/resources/repositories';
import { tagQueries, useDeleteRepoTag } from '@/api/resources/tags';
import { CommandBlock } from '@/components/command-block';
import { EmptyState } from '@/components/empty-state';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { paths, useRepoParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { PushDemoModal } from './push-demo-modal';
import { tagColumns } from './tag-columns';
import { UploadImageModal } from './upload-image-modal';
import { useRepoAddresses } from './use-repo-addresses';

/** 镜像版本: the repository's tags, with pull commands to copy. */
export function TagListPage() {
  const t = useT();
  const { message } = App.useApp();
  const showError = useApiErrorMessage();
  const { regionId, instanceId, repoId } = useRepoParams();
  const pagination = usePagination();
  const repo = useQuery(repositoryQueries.detail(instanceId, repoId));
  const { publicAddress } = useRepoAddresses(instanceId, repo.data?.RepoNamespaceName, repo.data?.RepoName);
  const remove = useDeleteRepoTag();
  const uploadModal = useModalState<never>();
  const demoModal = useModalState<never>();
  const list = useQuery({
    ...tagQueries.list({
      InstanceId: instanceId,
      RepoId: repoId,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  const total = list.data ? Number(list.data.TotalCount) : undefined;
  useClampPage(pagination, total, list.data?.Images.length);

  const columns = useMemo(
    () =>
      tagColumns(t, {
        pullCommand: (tag) => (publicAddress ? `docker pull ${publicAddress}:${tag}` : undefined),
        onDelete: (row) =>
          remove
            .mutateAsync({ InstanceId: instanceId, RepoId: repoId, Tag: row.Tag })
            .then(() => message.success(t('tags.deleted', { tag: row.Tag })), showError),
        scanTarget: { instanceId, repoId },
        scanPath: (tag) => paths.tagScan(regionId, instanceId, repoId, tag),
      }),
    [t, publicAddress, regionId, instanceId, repoId, remove.mutateAsync, message, showError],
  );

  const pushHint = publicAddress && (
    <div style={{ maxWidth: 640, margin: '8px auto 0' }}>
      <CommandBlock commands={[`docker tag <image-id> ${publicAddress}:<tag>`, `docker push ${publicAddress}:<tag>`]} />
    </div>
  );

  const target = repo.data && {
    instanceId,
    repoId,
    namespace: repo.data.RepoNamespaceName,
    repoName: repo.data.RepoName,
  };
  const actions = (
    <Space wrap>
      <Button type="primary" icon={<UploadOutlined />} disabled={!target} onClick={() => uploadModal.show()}>
        {t('uploads.upload')}
      </Button>
      <Button icon={<AppstoreAddOutlined />} disabled={!target} onClick={() => demoModal.show()}>
        {t('uploads.demo')}
      </Button>
    </Space>
  );

  return (
    <Card title={t('menu.repo-tags')} extra={actions}>
      {target ? (
        <>
          <UploadImageModal
            key={`upload-${uploadModal.key}`}
            {...target}
            open={uploadModal.open}
            onClose={uploadModal.hide}
          />
          <PushDemoModal key={`demo-${demoModal.key}`} {...target} open={demoModal.open} onClose={demoModal.hide} />
        </>
      ) : null}
      <QueryTable
        query={list}
        rowKey="Tag"
        columns={columns}
        rows={list.data?.Images}
        pagination={pagination}
        total={total}
        empty={
          <EmptyState
            title={t('tags.empty.title')}
            description={
              <>
                {t('tags.empty.description')}
                {pushHint}
              </>
            }
          />
        }
      />
    </Card>
  );
}

import { AppstoreAddOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { App, Card, Space } from 'antd';
import { useMemo } from 'react';
import { useCan } from '@/api/resources/ram';
import { repositoryQueries } from '@/api/resources/repositories';
import { signatureQueries } from '@/api/resources/signing';
import { tagQueries, useDeleteRepoTag } from '@/api/resources/tags';
import { CommandBlock } from '@/components/command-block';
import { EmptyState } from '@/components/empty-state';
import { PermissionButton } from '@/components/permission-gate';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { paths, useRepoParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { PushDemoModal } from './push-demo-modal';
import { tagColumns } from './tag-columns';
import { useTagSigningDialogs } from './tag-signing-dialogs';
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
  const signatures = useQuery(signatureQueries.list(instanceId, repoId));
  const signing = useMemo(() => {
    const byTag = new Map((signatures.data?.Tags ?? []).map((s) => [s.Tag, s]));
    const byDigest = new Map<string, string[]>();
    for (const s of signatures.data?.Tags ?? []) byDigest.set(s.Digest, [...(byDigest.get(s.Digest) ?? []), s.Tag]);
    return {
      signatureOf: (tag: string) => byTag.get(tag),
      tagsOfDigest: (digest: string) => byDigest.get(digest) ?? [],
    };
  }, [signatures.data]);

  const target = repo.data && {
    instanceId,
    repoId,
    namespace: repo.data.RepoNamespaceName,
    repoName: repo.data.RepoName,
  };
  const dialogs = useTagSigningDialogs(
    target && { ...target, witnessesPath: paths.signing(regionId, instanceId, 'witnesses') },
    signing.signatureOf,
  );
  const repoData = repo.data;
  // Both push a tag into this repository (`cr:PushRepository`); the tag itself is chosen in the dialog.
  const pushTarget = {
    InstanceId: instanceId,
    NamespaceName: repoData?.RepoNamespaceName,
    RepoName: repoData?.RepoName,
  };
  const canUpload = useCan('CompleteImageUpload', pushTarget);
  const canPushDemo = useCan('PushDemoImage', pushTarget);

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
        ...signing,
        onSigningAction: dialogs.open,
        deployPath: (tag) =>
          repoData &&
          paths.policies(regionId, instanceId, 'check', {
            namespace: repoData.RepoNamespaceName,
            repo: repoData.RepoName,
            tag,
          }),
        diffPath: (tag) => paths.scanDiff(regionId, instanceId, undefined, { repoId, tag }),
      }),
    [
      t,
      publicAddress,
      regionId,
      instanceId,
      repoId,
      remove.mutateAsync,
      message,
      showError,
      signing,
      dialogs.open,
      repoData,
    ],
  );

  const pushHint = publicAddress && (
    <div style={{ maxWidth: 640, margin: '8px auto 0' }}>
      <CommandBlock commands={[`docker tag <image-id> ${publicAddress}:<tag>`, `docker push ${publicAddress}:<tag>`]} />
    </div>
  );

  const actions = (
    <Space wrap>
      <PermissionButton
        type="primary"
        icon={<UploadOutlined />}
        disabled={!target}
        permission={repoData && canUpload}
        onClick={() => uploadModal.show()}
      >
        {t('uploads.upload')}
      </PermissionButton>
      <PermissionButton
        icon={<AppstoreAddOutlined />}
        disabled={!target}
        permission={repoData && canPushDemo}
        onClick={() => demoModal.show()}
      >
        {t('uploads.demo')}
      </PermissionButton>
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
          {dialogs.dialogs}
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

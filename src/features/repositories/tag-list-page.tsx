import { AppstoreAddOutlined, UploadOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Card, Flex, Input, Select, Space } from 'antd';
import { useMemo } from 'react';
import type { ActionRequest } from '@/api/contract/actions';
import { useCan } from '@/api/resources/ram';
import { repositoryQueries } from '@/api/resources/repositories';
import { signatureQueries } from '@/api/resources/signing';
import { tagQueries, useDeleteRepoTag } from '@/api/resources/tags';
import { CommandBlock } from '@/components/command-block';
import { DemoOnly } from '@/components/demo-only';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useModalState } from '@/hooks/use-modal-state';
import { paths, useRepoParams } from '@/hooks/use-route-params';
import { useClampPage, usePagination, useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { PushDemoModal } from './push-demo-modal';
import { tagColumns } from './tag-columns';
import { useTagSigningDialogs } from './tag-signing-dialogs';
import { UploadImageModal } from './upload-image-modal';
import { useRepoAddresses } from './use-repo-addresses';

/** The sort choices of the list, as `ListRepoTag` orders them. */
const TAG_SORTS = {
  newest: { OrderBy: 'ImageUpdate', Order: 'desc' },
  oldest: { OrderBy: 'ImageUpdate', Order: 'asc' },
  'name-asc': { OrderBy: 'Tag', Order: 'asc' },
  'name-desc': { OrderBy: 'Tag', Order: 'desc' },
  'size-desc': { OrderBy: 'ImageSize', Order: 'desc' },
  'size-asc': { OrderBy: 'ImageSize', Order: 'asc' },
} as const satisfies Record<string, Pick<ActionRequest<'ListRepoTag'>, 'OrderBy' | 'Order'>>;
type TagSort = keyof typeof TAG_SORTS;
const DEFAULT_SORT: TagSort = 'newest';

/** The sort named in the URL (`?sort=`), or the default for anything else. */
const sortOf = (value: string): TagSort => (value in TAG_SORTS ? (value as TagSort) : DEFAULT_SORT);

/** 镜像版本: the repository's tags, with pull commands to copy; searchable and sortable by the server. */
export function TagListPage() {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const { regionId, instanceId, repoId } = useRepoParams();
  const pagination = usePagination();
  const repo = useQuery(repositoryQueries.detail(instanceId, repoId));
  const { publicAddress } = useRepoAddresses(instanceId, repo.data?.RepoNamespaceName, repo.data?.RepoName);
  const remove = useDeleteRepoTag();
  const uploadModal = useModalState<never>();
  const demoModal = useModalState<never>();
  const [filter, setFilter] = useUrlFilter('tag');
  const [sortParam, setSort] = useUrlFilter('sort');
  const sort = sortOf(sortParam);
  // Filtered, sorted and paged by the server: a repository can hold thousands of tags.
  const list = useQuery({
    ...tagQueries.list({
      InstanceId: instanceId,
      RepoId: repoId,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
      ...(filter ? { TagFilter: filter } : {}),
      ...TAG_SORTS[sort],
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
      <DemoOnly>
        <PermissionButton
          icon={<AppstoreAddOutlined />}
          disabled={!target}
          permission={repoData && canPushDemo}
          onClick={() => demoModal.show()}
        >
          {t('uploads.demo')}
        </PermissionButton>
      </DemoOnly>
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
      <Flex gap={12} wrap justify="flex-end" style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('tags.sort')}
          value={sort}
          onChange={(value) => setSort(value === DEFAULT_SORT ? '' : value)}
          style={{ width: 200 }}
          options={Object.keys(TAG_SORTS).map((value) => ({ value, label: t(`tags.sort.${value as TagSort}`) }))}
        />
        <Input.Search
          key={filter}
          defaultValue={filter}
          allowClear
          placeholder={t('tags.search')}
          aria-label={t('tags.search')}
          onSearch={(value) => setFilter(value.trim())}
          style={{ width: 260 }}
        />
      </Flex>
      <QueryTable
        query={list}
        rowKey="Tag"
        columns={columns}
        rows={list.data?.Images}
        pagination={pagination}
        total={total}
        empty={
          filter ? (
            <EmptyState title={t('tags.empty.filtered', { filter })} />
          ) : (
            <EmptyState
              title={t('tags.empty.title')}
              description={
                <>
                  {t('tags.empty.description')}
                  {pushHint}
                </>
              }
            />
          )
        }
      />
    </Card>
  );
}

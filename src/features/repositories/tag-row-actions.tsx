import { SafetyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { RepoTag } from '@/api/contract/tags';
import { useCan } from '@/api/resources/ram';
import { scanEngineQueries } from '@/api/resources/scan-engine';
import { useCreateRepoTagScanTask } from '@/api/resources/scans';
import { DeleteConfirm } from '@/components/delete-confirm';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useT } from '@/lib/i18n';

interface TagRef {
  instanceId: string;
  repoId: string;
  row: RepoTag;
}

/**
 * 扫描 of a tag row: starts a scan with the instance's engine (like 立即扫描 on the scan page), disabled with
 * RAM's reason when the identity may not (`CreateRepoTagScanTask` → `cr:PutScan` on the repository).
 */
export function TagScanNowButton({ instanceId, repoId, row }: TagRef) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const create = useCreateRepoTagScanTask();
  const can = useCan('CreateRepoTagScanTask', { InstanceId: instanceId, RepoId: repoId, Tag: row.Tag });
  const engine = useQuery(scanEngineQueries.instance(instanceId));
  const scan = () =>
    create
      .mutateAsync({
        InstanceId: instanceId,
        RepoId: repoId,
        Tag: row.Tag,
        Digest: row.Digest,
        ScanService: engine.data?.ScanService,
      })
      .then(() => message.success(t('scans.started', { image: row.Tag })), showError);
  return (
    <PermissionButton
      type="link"
      size="small"
      style={{ padding: 0 }}
      icon={<SafetyOutlined />}
      permission={can}
      disabled={row.Status === 'DELETING'}
      loading={create.isPending}
      aria-label={t('tags.scan-now.aria', { tag: row.Tag })}
      onClick={scan}
    >
      {t('tags.scan-now')}
    </PermissionButton>
  );
}

/** 删除 of a tag row, disabled with the reason when the identity may not (`DeleteRepoTag`). */
export function TagDelete({ instanceId, repoId, row, onDelete }: TagRef & { onDelete: () => Promise<unknown> }) {
  const t = useT();
  const can = useCan('DeleteRepoTag', { InstanceId: instanceId, RepoId: repoId, Tag: row.Tag });
  return (
    <DeleteConfirm
      title={t('tags.delete.title', { tag: row.Tag })}
      warning={t('tags.delete.warning')}
      ariaLabel={t('tags.delete.aria', { tag: row.Tag })}
      disabled={row.Status === 'DELETING'}
      permission={can}
      onConfirm={onDelete}
    />
  );
}

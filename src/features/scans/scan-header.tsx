import { SafetyOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Typography } from 'antd';
import type { ActionResponse } from '@/api/contract/actions';
import { useCan } from '@/api/resources/ram';
import { scanEngineQueries } from '@/api/resources/scan-engine';
import { useCreateRepoTagScanTask } from '@/api/resources/scans';
import { CopyableText } from '@/components/copyable-text';
import { useFeedback } from '@/components/feedback';
import { PermissionButton } from '@/components/permission-gate';
import { ScanStatusBadge } from '@/components/scan-status-badge';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { scanServiceLabel } from '@/lib/enum-labels';
import { shortHash } from '@/lib/format';
import { useT } from '@/lib/i18n';
import type { ScanTarget } from './scan-target';

interface ScanHeaderProps {
  target: ScanTarget;
  /** `namespace/repo:tag`, once the repository has loaded. */
  image: string | undefined;
  /** Manifest digest, hex without `sha256:`. */
  digest: string | undefined;
  /** The latest task: undefined while loading, null when never scanned. */
  task: ActionResponse<'GetRepoTagScanStatus'> | null | undefined;
}

/** The image being scanned, its scan status, and 立即扫描. */
export function ScanHeader({ target, image, digest, task }: ScanHeaderProps) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const create = useCreateRepoTagScanTask();
  const can = useCan('CreateRepoTagScanTask', {
    InstanceId: target.instanceId,
    RepoId: target.repoId,
    Tag: target.tag,
  });
  // 立即扫描 uses the instance's engine (切换 on 镜像扫描), like the console.
  const engine = useQuery(scanEngineQueries.instance(target.instanceId));
  const running = task?.Status === 'SCANNING' || task?.Status === 'RETRYING';
  const name = image ?? target.tag;

  const scan = () =>
    create
      .mutateAsync({
        InstanceId: target.instanceId,
        RepoId: target.repoId,
        Tag: target.tag,
        Digest: digest,
        ScanService: engine.data?.ScanService,
      })
      .then(() => message.success(t('scans.started', { image: name })), showError);

  return (
    <Card
      title={
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('menu.tag-scan')}
        </Typography.Title>
      }
      extra={
        <PermissionButton
          data-tour="scan-now"
          // Which scan is the latest (absent while loading): the tour sees a new one start.
          data-scan-task={task === undefined ? undefined : (task?.ScanTaskId ?? 'none')}
          type="primary"
          icon={<SafetyOutlined />}
          loading={create.isPending || running}
          disabled={task === undefined || !engine.data}
          permission={can}
          title={engine.data && !can.reason ? t(scanServiceLabel[engine.data.ScanService]) : undefined}
          onClick={scan}
        >
          {t('scans.scan-now')}
        </PermissionButton>
      }
    >
      <Descriptions
        size="small"
        column={{ xs: 1, md: 3 }}
        items={[
          {
            key: 'image',
            label: t('scans.image'),
            children: <CopyableText text={name} label={t('scans.image')} code />,
          },
          {
            key: 'digest',
            label: t('scans.digest'),
            children: digest ? (
              <CopyableText
                text={`sha256:${digest}`}
                display={`sha256:${shortHash(digest)}`}
                label={t('scans.digest')}
              />
            ) : (
              '-'
            ),
          },
          {
            key: 'status',
            label: t('scans.status'),
            children:
              task === undefined ? '-' : <ScanStatusBadge state={task?.Status ?? 'NONE'} progress={task?.Progress} />,
          },
        ]}
      />
    </Card>
  );
}

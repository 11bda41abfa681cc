import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { RepoTag } from '@/api/contract/tags';
import { CopyButton } from '@/components/copy-button';
import { CopyableText } from '@/components/copyable-text';
import { DeleteConfirm } from '@/components/delete-confirm';
import { formatBytes, formatTime, shortHash } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { TagScanCell } from './tag-scan-cell';

interface TagColumnActions {
  /** `docker pull <domain>/<ns>/<repo>:<tag>`, or undefined while the domain is loading. */
  pullCommand: (tag: string) => string | undefined;
  onDelete: (tag: RepoTag) => Promise<unknown>;
  /** Whose tags these are, for each tag's scan status. */
  scanTarget: { instanceId: string; repoId: string };
  /** The 安全扫描 page of a tag. */
  scanPath: (tag: string) => string;
}

export function tagColumns(t: TFunction, actions: TagColumnActions): TableColumnsType<RepoTag> {
  return [
    {
      key: 'tag',
      title: t('tags.col.tag'),
      render: (_, row) => <Typography.Text strong>{row.Tag}</Typography.Text>,
    },
    {
      key: 'image',
      title: t('tags.col.image'),
      render: (_, row) => (
        <Space orientation="vertical" size={0}>
          <CopyableText text={row.ImageId} display={shortHash(row.ImageId)} label={t('tags.image-id')} code />
          <CopyableText
            text={`sha256:${row.Digest}`}
            display={`sha256:${shortHash(row.Digest)}`}
            label={t('tags.digest')}
            secondary
          />
        </Space>
      ),
    },
    { key: 'size', title: t('tags.col.size'), render: (_, row) => formatBytes(row.ImageSize) },
    { key: 'pushed', title: t('tags.col.pushed'), render: (_, row) => formatTime(row.ImageUpdate) },
    {
      key: 'scan',
      title: t('scans.col.status'),
      render: (_, row) => <TagScanCell {...actions.scanTarget} tag={row.Tag} />,
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 280,
      render: (_, row) => {
        const command = actions.pullCommand(row.Tag);
        return (
          <Space size={12}>
            <Link to={actions.scanPath(row.Tag)}>{t('scans.action.scan')}</Link>
            {command && (
              <CopyButton text={command} label={t('tags.copy-pull.aria', { tag: row.Tag })}>
                {t('tags.copy-pull')}
              </CopyButton>
            )}
            <DeleteConfirm
              title={t('tags.delete.title', { tag: row.Tag })}
              warning={t('tags.delete.warning')}
              ariaLabel={t('tags.delete.aria', { tag: row.Tag })}
              disabled={row.Status === 'DELETING'}
              onConfirm={() => actions.onDelete(row)}
            />
          </Space>
        );
      },
    },
  ];
}

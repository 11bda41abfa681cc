import type { TableColumnsType } from 'antd';
import { Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { TagSignatureState } from '@/api/contract/signing';
import type { RepoTag } from '@/api/contract/tags';
import { CopyButton } from '@/components/copy-button';
import { CopyableText } from '@/components/copyable-text';
import { formatBytes, formatTime, shortHash } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';
import { TagDelete, TagScanNowButton } from './tag-row-actions';
import { TagScanCell } from './tag-scan-cell';
import { TagSignatureCell } from './tag-signature-cell';
import { type SigningAction, TagSigningMenu } from './tag-signing-menu';

interface TagColumnActions {
  /** `docker pull <domain>/<ns>/<repo>:<tag>`, or undefined while the domain is loading. */
  pullCommand: (tag: string) => string | undefined;
  onDelete: (tag: RepoTag) => Promise<unknown>;
  /** Whose tags these are, for each tag's scan status. */
  scanTarget: { instanceId: string; repoId: string };
  /** The 安全扫描 page of a tag. */
  scanPath: (tag: string) => string;
  /** The tag's signature state (ListRepoTagSignature), undefined while loading or for a `.sig` artifact. */
  signatureOf: (tag: string) => TagSignatureState | undefined;
  /** The tags pointing at a digest (hex): what a `.sig` artifact signs. */
  tagsOfDigest: (digest: string) => string[];
  onSigningAction: (action: SigningAction, tag: RepoTag) => void;
  /** 模拟部署 of a tag, or undefined while the repository loads. */
  deployPath: (tag: string) => string | undefined;
  /** 扫描对比 of a tag: the diff page with the tag as the side to compare. */
  diffPath: (tag: string) => string;
}

export function tagColumns(t: TFunction, actions: TagColumnActions): TableColumnsType<RepoTag> {
  return [
    {
      key: 'tag',
      title: t('tags.col.tag'),
      // Signature artifacts have 80-character tags: let them wrap instead of squeezing the other columns.
      width: 200,
      render: (_, row) => (
        <Typography.Text strong style={{ wordBreak: 'break-all' }}>
          {row.Tag}
        </Typography.Text>
      ),
    },
    {
      key: 'image',
      title: t('tags.col.image'),
      // Short hashes on one line each: squeezed by the other columns they would wrap a character per line.
      width: 210,
      render: (_, row) => (
        <Space orientation="vertical" size={0} style={{ whiteSpace: 'nowrap' }}>
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
    {
      key: 'size',
      title: t('tags.col.size'),
      render: (_, row) => <span style={{ whiteSpace: 'nowrap' }}>{formatBytes(row.ImageSize)}</span>,
    },
    { key: 'pushed', title: t('tags.col.pushed'), render: (_, row) => formatTime(row.ImageUpdate) },
    {
      key: 'scan',
      title: t('scans.col.status'),
      render: (_, row) => <TagScanCell {...actions.scanTarget} tag={row.Tag} />,
    },
    {
      key: 'signature',
      title: t('signing.col.signature'),
      render: (_, row) => (
        <TagSignatureCell tag={row.Tag} state={actions.signatureOf(row.Tag)} tagsOfDigest={actions.tagsOfDigest} />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 400,
      render: (_, row) => {
        const command = actions.pullCommand(row.Tag);
        return (
          <Space size={12} wrap style={{ whiteSpace: 'nowrap' }}>
            <Link to={actions.scanPath(row.Tag)}>{t('scans.action.scan')}</Link>
            <TagScanNowButton {...actions.scanTarget} row={row} />
            {command && (
              <CopyButton text={command} label={t('tags.copy-pull.aria', { tag: row.Tag })}>
                {t('tags.copy-pull')}
              </CopyButton>
            )}
            <TagDelete {...actions.scanTarget} row={row} onDelete={() => actions.onDelete(row)} />
            <TagSigningMenu
              {...actions.scanTarget}
              row={row}
              diffPath={actions.diffPath(row.Tag)}
              state={actions.signatureOf(row.Tag)}
              deployPath={actions.deployPath(row.Tag)}
              onAction={actions.onSigningAction}
            />
          </Space>
        );
      },
    },
  ];
}

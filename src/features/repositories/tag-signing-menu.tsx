import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown, type MenuProps, Tooltip } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { TagSignatureState } from '@/api/contract/signing';
import type { RepoTag } from '@/api/contract/tags';
import { type Permission, usePermissions } from '@/api/resources/ram';
import { useT } from '@/lib/i18n';
import { usePresenterMode } from '@/stores/presenter-store';
import { signedDigestOf } from './signature-labels';

export type SigningAction = 'sign' | 'verify' | 'export' | 'tamper';

interface TagSigningMenuProps {
  instanceId: string;
  repoId: string;
  row: RepoTag;
  state: TagSignatureState | undefined;
  /** 模拟部署 of the tag (the deployment policies' check), or undefined while the repository loads. */
  deployPath: string | undefined;
  /** 扫描对比 of the tag (the scan diff page, this tag as the side compared). */
  diffPath: string;
  onAction: (action: SigningAction, row: RepoTag) => void;
}

/** A menu item's label, with RAM's reason in a tooltip when the identity may not use it. */
function gatedLabel(label: string, can: Permission): ReactNode {
  return can.reason ? (
    <Tooltip title={can.reason} placement="left">
      <span>{label}</span>
    </Tooltip>
  ) : (
    label
  );
}

/**
 * 更多 of a tag: 加签, 验证签名, 导出签名, 模拟篡改, 模拟部署 and 扫描对比. A `.sig` artifact is neither signed nor
 * checked. Items the identity may not use are disabled with RAM's reason.
 */
export function TagSigningMenu({
  instanceId,
  repoId,
  row,
  state,
  deployPath,
  diffPath,
  onAction,
}: TagSigningMenuProps) {
  const t = useT();
  // 模拟篡改 is a demo-only control: presenter mode hides it.
  const presenting = usePresenterMode();
  const isArtifact = signedDigestOf(row.Tag) !== undefined;
  const hasSignature = (state?.Signatures.length ?? 0) > 0;
  const params = { InstanceId: instanceId, RepoId: repoId, Tag: row.Tag };
  const [sign, verify, exportSig, tamper] = usePermissions([
    { action: 'SignRepoTag', params },
    { action: 'VerifyRepoTagSignature', params },
    { action: 'ExportRepoTagSignature', params },
    { action: 'TamperRepoTagSignature', params },
  ]) as [Permission, Permission, Permission, Permission];
  const items: MenuProps['items'] = [
    {
      key: 'sign',
      label: gatedLabel(t('signing.action.sign'), sign),
      disabled: isArtifact || !sign.allowed,
    },
    {
      key: 'verify',
      label: gatedLabel(t('signing.action.verify'), verify),
      disabled: isArtifact || !verify.allowed,
    },
    {
      key: 'export',
      label: gatedLabel(t('signing.action.export'), exportSig),
      disabled: isArtifact || !hasSignature || !exportSig.allowed,
    },
    ...(presenting
      ? []
      : [
          {
            key: 'tamper',
            label: gatedLabel(t('signing.action.tamper'), tamper),
            disabled: isArtifact || !hasSignature || !tamper.allowed,
            danger: true,
          },
        ]),
    { type: 'divider' },
    {
      key: 'deploy',
      label:
        deployPath && !isArtifact ? (
          <Link to={deployPath}>{t('signing.action.deploy')}</Link>
        ) : (
          t('signing.action.deploy')
        ),
      disabled: isArtifact || !deployPath,
    },
    {
      key: 'diff',
      label: isArtifact ? t('tags.scan-diff') : <Link to={diffPath}>{t('tags.scan-diff')}</Link>,
      disabled: isArtifact,
    },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key !== 'deploy' && key !== 'diff') onAction(key as SigningAction, row);
  };
  return (
    <Dropdown menu={{ items, onClick }} trigger={['click']}>
      <Button
        type="link"
        size="small"
        style={{ padding: 0 }}
        aria-label={t('signing.action.more.aria', { tag: row.Tag })}
      >
        {t('signing.action.more')} <DownOutlined />
      </Button>
    </Dropdown>
  );
}

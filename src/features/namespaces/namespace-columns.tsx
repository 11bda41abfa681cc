import type { TableColumnsType } from 'antd';
import { Badge, Space, Tag } from 'antd';
import { Link } from 'react-router';
import type { Namespace } from '@/api/contract/namespaces';
import { usePermissions } from '@/api/resources/ram';
import { DeleteConfirm } from '@/components/delete-confirm';
import { PermissionButton } from '@/components/permission-gate';
import { RepoTypeTag } from '@/components/repo-type-tag';
import { namespaceStatusBadge, namespaceStatusLabel } from '@/lib/enum-labels';
import { type TFunction, useT } from '@/lib/i18n';

interface NamespaceColumnActions {
  instanceId: string;
  /** Where the namespace's repositories are listed. */
  reposPath: (name: string) => string;
  onEdit: (ns: Namespace) => void;
  onDelete: (ns: Namespace) => Promise<unknown>;
}

export function namespaceColumns(t: TFunction, actions: NamespaceColumnActions): TableColumnsType<Namespace> {
  return [
    {
      key: 'name',
      title: t('namespaces.col.name'),
      render: (_, ns) => (
        <Link to={actions.reposPath(ns.NamespaceName)} title={t('namespaces.view-repos', { name: ns.NamespaceName })}>
          {ns.NamespaceName}
        </Link>
      ),
    },
    {
      key: 'auto-create',
      title: t('namespaces.col.auto-create'),
      render: (_, ns) => (ns.AutoCreateRepo ? <Tag color="green">{t('common.on')}</Tag> : <Tag>{t('common.off')}</Tag>),
    },
    {
      key: 'default-type',
      title: t('namespaces.col.default-type'),
      render: (_, ns) => <RepoTypeTag type={ns.DefaultRepoType} />,
    },
    {
      key: 'status',
      title: t('common.status'),
      render: (_, ns) => (
        <Badge status={namespaceStatusBadge[ns.NamespaceStatus]} text={t(namespaceStatusLabel[ns.NamespaceStatus])} />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 140,
      render: (_, ns) => <NamespaceRowActions ns={ns} actions={actions} />,
    },
  ];
}

/** 编辑 and 删除 of a namespace, disabled with RAM's reason when the identity may not. */
function NamespaceRowActions({ ns, actions }: { ns: Namespace; actions: NamespaceColumnActions }) {
  const t = useT();
  const params = { InstanceId: actions.instanceId, NamespaceName: ns.NamespaceName };
  const [edit, remove] = usePermissions([
    { action: 'UpdateNamespace', params },
    { action: 'DeleteNamespace', params },
  ]);
  return (
    <Space size={12}>
      <PermissionButton
        type="link"
        size="small"
        style={{ padding: 0 }}
        aria-label={t('namespaces.edit.aria', { name: ns.NamespaceName })}
        disabled={ns.NamespaceStatus === 'DELETING'}
        permission={edit}
        onClick={() => actions.onEdit(ns)}
      >
        {t('common.edit')}
      </PermissionButton>
      <DeleteConfirm
        title={t('namespaces.delete.title', { name: ns.NamespaceName })}
        warning={t('namespaces.delete.warning')}
        ariaLabel={t('namespaces.delete.aria', { name: ns.NamespaceName })}
        disabled={ns.NamespaceStatus === 'DELETING'}
        permission={remove}
        onConfirm={() => actions.onDelete(ns)}
      />
    </Space>
  );
}

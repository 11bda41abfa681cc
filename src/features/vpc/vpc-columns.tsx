import type { TableColumnsType } from 'antd';
import { Badge, Typography } from 'antd';
import type { Vpc } from '@/api/contract/console';
import type { LinkedVpc } from '@/api/contract/endpoints';
import { DeleteConfirm } from '@/components/delete-confirm';
import type { PermissionState } from '@/components/permission-gate';
import { linkedVpcStatusBadge, linkedVpcStatusLabel } from '@/lib/enum-labels';
import type { TFunction } from '@/lib/i18n';

interface VpcColumnActions {
  /** The account's VPCs by id, for their names. */
  vpcs: Map<string, Vpc>;
  onDelete: (link: LinkedVpc) => Promise<unknown>;
  /** What RAM answers for DeleteInstanceVpcEndpointLinkedVpc (per instance). */
  canDelete?: PermissionState;
}

export function vpcColumns(t: TFunction, actions: VpcColumnActions): TableColumnsType<LinkedVpc> {
  return [
    {
      key: 'vpc',
      title: t('vpc.col.vpc'),
      render: (_, link) => (
        <div>
          <Typography.Text>{link.VpcId}</Typography.Text>
          {actions.vpcs.get(link.VpcId) && (
            <div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {actions.vpcs.get(link.VpcId)?.VpcName}
              </Typography.Text>
            </div>
          )}
        </div>
      ),
    },
    { key: 'vswitch', title: t('vpc.col.vswitch'), render: (_, link) => link.VswitchId },
    { key: 'ip', title: t('vpc.col.ip'), render: (_, link) => link.Ip || '-' },
    {
      key: 'status',
      title: t('common.status'),
      render: (_, link) => (
        <Badge status={linkedVpcStatusBadge[link.Status]} text={t(linkedVpcStatusLabel[link.Status])} />
      ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      width: 100,
      render: (_, link) => (
        <DeleteConfirm
          title={t('vpc.delete.title', { id: link.VpcId })}
          warning={t('vpc.delete.warning')}
          ariaLabel={t('vpc.delete.aria', { id: link.VpcId })}
          disabled={link.Status === 'CREATING'}
          permission={actions.canDelete}
          onConfirm={() => actions.onDelete(link)}
        />
      ),
    },
  ];
}

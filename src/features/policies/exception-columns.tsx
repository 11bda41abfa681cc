import type { TableColumnsType } from 'antd';
import { Tag, Typography } from 'antd';
import type { VulnException } from '@/api/contract/policies';
import { useCan } from '@/api/resources/ram';
import { DeleteConfirm } from '@/components/delete-confirm';
import { formatTime } from '@/lib/format';
import { type TFunction, useT } from '@/lib/i18n';
import { exceptionPath, exceptionScopeLabel } from '@/lib/policy-labels';

export function exceptionColumns(
  t: TFunction,
  onDelete: (exception: VulnException) => Promise<unknown>,
  instanceId: string,
): TableColumnsType<VulnException> {
  return [
    { key: 'cve', title: t('policies.exception.col.cve'), render: (_, e) => e.CveId },
    {
      key: 'scope',
      title: t('policies.exception.col.scope'),
      render: (_, e) => (
        <>
          <Tag>{t(exceptionScopeLabel[e.ScopeType])}</Tag>
          <Typography.Text code>{exceptionPath(e)}</Typography.Text>
        </>
      ),
    },
    {
      key: 'reason',
      title: t('policies.exception.col.reason'),
      render: (_, e) => (
        <Typography.Text ellipsis={{ tooltip: e.Reason }} style={{ maxWidth: 240 }}>
          {e.Reason}
        </Typography.Text>
      ),
    },
    { key: 'author', title: t('policies.exception.col.author'), render: (_, e) => e.Author },
    { key: 'created', title: t('common.create-time'), render: (_, e) => formatTime(e.CreateTime) },
    {
      key: 'expire',
      title: t('policies.exception.col.expire'),
      render: (_, e) =>
        e.ExpireTime === undefined ? (
          <Typography.Text type="secondary">{t('policies.exception.never')}</Typography.Text>
        ) : (
          formatTime(e.ExpireTime)
        ),
    },
    {
      key: 'status',
      title: t('common.status'),
      render: (_, e) =>
        e.Expired ? (
          <Tag color="red">{t('policies.exception.expired')}</Tag>
        ) : (
          <Tag color="green">{t('policies.exception.active')}</Tag>
        ),
    },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, e) => <ExceptionDelete exception={e} instanceId={instanceId} onDelete={onDelete} />,
    },
  ];
}

interface ExceptionDeleteProps {
  exception: VulnException;
  instanceId: string;
  onDelete: (exception: VulnException) => Promise<unknown>;
}

/** 删除 of an exception: DeleteVulnException acts on the exception's namespace or repository. */
function ExceptionDelete({ exception: e, instanceId, onDelete }: ExceptionDeleteProps) {
  const t = useT();
  const can = useCan('DeleteVulnException', { InstanceId: instanceId, ExceptionId: e.ExceptionId });
  return (
    <DeleteConfirm
      title={t('policies.exception.delete.title', { cve: e.CveId })}
      warning={t('policies.exception.delete.warning')}
      ariaLabel={t('policies.exception.delete.aria', { cve: e.CveId })}
      permission={can}
      onConfirm={() => onDelete(e)}
    />
  );
}

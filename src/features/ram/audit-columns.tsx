import { type TableColumnsType, Tag, Typography } from 'antd';
import type { AuditLog } from '@/api/contract/ram';
import { formatTime } from '@/lib/format';
import type { TFunction } from '@/lib/i18n';

/** 时间, 身份, 操作, RAM 操作, 资源, 结果 (拒绝 in red), 说明. */
export function auditColumns(t: TFunction, identityLabel: (userName: string) => string): TableColumnsType<AuditLog> {
  return [
    { title: t('ram.audit.col.time'), dataIndex: 'Time', render: (ms: number) => formatTime(ms), width: 170 },
    { title: t('ram.audit.col.identity'), dataIndex: 'UserName', render: (name: string) => identityLabel(name) },
    { title: t('ram.audit.col.action'), dataIndex: 'Action' },
    {
      title: t('ram.audit.col.ram-action'),
      dataIndex: 'RamAction',
      render: (action: string) => <Typography.Text code>{action}</Typography.Text>,
    },
    {
      title: t('ram.audit.col.resource'),
      dataIndex: 'Resource',
      render: (arn: string) => (
        <Typography.Text style={{ wordBreak: 'break-all', fontSize: 12 }} copyable={{ text: arn }}>
          {arn}
        </Typography.Text>
      ),
    },
    {
      title: t('ram.audit.col.result'),
      dataIndex: 'Result',
      render: (result: AuditLog['Result']) =>
        result === 'DENIED' ? (
          <Tag color="red">{t('ram.audit.result.DENIED')}</Tag>
        ) : (
          <Tag color="green">{t('ram.audit.result.ALLOWED')}</Tag>
        ),
    },
    { title: t('ram.audit.col.detail'), dataIndex: 'Detail', render: (detail?: string) => detail || '-' },
  ];
}

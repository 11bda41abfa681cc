import { useQuery } from '@tanstack/react-query';
import { Drawer, Table, Tag } from 'antd';
import { useState } from 'react';
import type { KeyUsage, KmsKey } from '@/api/contract/signing';
import { keyQueries } from '@/api/resources/signing';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { formatTime } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { keyOperationLabel, keyUsageDetailText } from './labels';

const PAGE_SIZE = 20;

interface KeyUsageDrawerProps {
  regionId: string;
  target: KmsKey | undefined;
  open: boolean;
  onClose: () => void;
}

/** 使用记录 of a key: every create, public-key read, sign, verify, enable and disable, newest first. */
export function KeyUsageDrawer({ regionId, target, open, onClose }: KeyUsageDrawerProps) {
  const t = useT();
  const [page, setPage] = useState(1);
  const keyId = target?.KeyId ?? '';
  const usage = useQuery({
    ...keyQueries.usage(regionId, { KeyId: keyId, PageNo: page, PageSize: PAGE_SIZE }),
    enabled: open && Boolean(keyId),
  });
  const total = usage.data?.TotalCount ?? 0;

  return (
    <Drawer open={open} onClose={onClose} title={t('signing.usage.title', { keyId })} size={840} destroyOnHidden>
      {usage.isError ? (
        <ErrorResult error={usage.error} onRetry={() => usage.refetch()} />
      ) : (
        <Table<KeyUsage>
          rowKey="UsageId"
          dataSource={usage.data?.Usages}
          loading={usage.isPending}
          size="small"
          scroll={{ x: 'max-content' }}
          pagination={
            total > PAGE_SIZE
              ? { current: page, pageSize: PAGE_SIZE, total, onChange: setPage, showSizeChanger: false }
              : false
          }
          locale={{ emptyText: usage.isPending ? ' ' : <EmptyState title={t('signing.usage.empty')} /> }}
          columns={[
            { key: 'time', title: t('signing.usage.col.time'), render: (_, u) => formatTime(u.Time) },
            { key: 'op', title: t('signing.usage.col.operation'), render: (_, u) => t(keyOperationLabel[u.Operation]) },
            {
              key: 'target',
              title: t('signing.usage.col.target'),
              render: (_, u) => <span style={{ wordBreak: 'break-all' }}>{u.Target ?? '-'}</span>,
            },
            {
              key: 'result',
              title: t('signing.usage.col.result'),
              render: (_, u) =>
                u.Result === 'SUCCESS' ? (
                  <Tag color="success">{t('signing.usage.result.success')}</Tag>
                ) : (
                  <Tag color="error">{t('signing.usage.result.failed')}</Tag>
                ),
            },
            {
              key: 'detail',
              title: t('signing.usage.col.detail'),
              render: (_, u) => (u.Detail ? keyUsageDetailText(t, u.Detail) : '-'),
            },
          ]}
        />
      )}
    </Drawer>
  );
}

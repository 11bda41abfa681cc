import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Badge, Drawer, type TableColumnsType, Typography } from 'antd';
import { useState } from 'react';
import type { SasSyncLog } from '@/api/contract/scan-engine';
import { scanEngineQueries } from '@/api/resources/scan-engine';
import { EmptyState } from '@/components/empty-state';
import { QueryTable } from '@/components/query-table';
import { sasSyncEventLabel } from '@/lib/enum-labels';
import { formatTime, shortHash } from '@/lib/format';
import { type TFunction, useT } from '@/lib/i18n';

const PAGE_SIZE = 20;

function columns(t: TFunction): TableColumnsType<SasSyncLog> {
  return [
    { key: 'time', title: t('engine.sync-log.col.time'), render: (_v, log) => formatTime(log.SyncTime), width: 180 },
    { key: 'event', title: t('engine.sync-log.col.event'), render: (_v, log) => t(sasSyncEventLabel[log.EventType]) },
    { key: 'target', title: t('engine.sync-log.col.target'), dataIndex: 'Target' },
    {
      key: 'digest',
      title: t('engine.sync-log.col.digest'),
      render: (_v, log) => (log.Digest ? <Typography.Text code>{shortHash(log.Digest)}</Typography.Text> : '-'),
    },
    {
      key: 'status',
      title: t('engine.sync-log.col.status'),
      render: () => <Badge status="success" text={t('enum.sas-sync.synced')} />,
    },
  ];
}

/** 同步记录: the events forwarded to Security Center, newest first. */
export function SyncLogDrawer({
  instanceId,
  open,
  onClose,
}: {
  instanceId: string;
  open: boolean;
  onClose: () => void;
}) {
  const t = useT();
  const [page, setPage] = useState(1);
  const logs = useQuery({
    ...scanEngineQueries.syncLog({ InstanceId: instanceId, PageNo: page, PageSize: PAGE_SIZE }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  return (
    <Drawer open={open} onClose={onClose} title={t('engine.sync-log.title')} size={720}>
      <QueryTable<SasSyncLog>
        query={logs}
        rows={logs.data?.Logs}
        rowKey="LogId"
        columns={columns(t)}
        pagination={{ page, pageSize: PAGE_SIZE, setPage: (next) => setPage(next) }}
        total={logs.data?.TotalCount}
        empty={<EmptyState title={t('engine.sync-log')} description={t('engine.sync-log.empty')} />}
      />
    </Drawer>
  );
}

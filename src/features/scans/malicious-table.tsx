import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { MALICIOUS_LEVELS, type ScanMaliciousFile } from '@/api/contract/scan-cloud';
import { scanQueries } from '@/api/resources/scans';
import { EmptyState } from '@/components/empty-state';
import { QueryTable } from '@/components/query-table';
import { type Pagination, useClampPage } from '@/hooks/use-url-state';
import { maliciousLevelColor, maliciousLevelLabel } from '@/lib/enum-labels';
import { shortHash } from '@/lib/format';
import { type TFunction, useLocale, useT } from '@/lib/i18n';
import { FindingDetail, LevelSelect } from './finding-detail';

type Row = ScanMaliciousFile & { rowKey: string };

function columns(t: TFunction): TableColumnsType<Row> {
  return [
    { key: 'name', title: t('scans.malicious.col.name'), dataIndex: 'MaliciousName' },
    {
      key: 'level',
      title: t('scans.malicious.col.level'),
      render: (_, row) => (
        <Tag color={maliciousLevelColor[row.Level]} variant="outlined">
          {t(maliciousLevelLabel[row.Level])}
        </Tag>
      ),
    },
    {
      key: 'path',
      title: t('scans.malicious.col.path'),
      render: (_, row) => <Typography.Text code>{row.FilePath}</Typography.Text>,
    },
    {
      key: 'layer',
      title: t('scans.malicious.col.layer'),
      render: (_, row) =>
        row.Location.Layer ? <Typography.Text code>{shortHash(row.Location.Layer)}</Typography.Text> : '-',
    },
    {
      key: 'md5',
      title: t('scans.malicious.col.md5'),
      render: (_, row) => (
        <Typography.Text copyable={{ text: row.MaliciousMd5 }}>{row.MaliciousMd5.slice(0, 12)}</Typography.Text>
      ),
    },
  ];
}

interface MaliciousTableProps {
  target: { instanceId: string; repoId: string; tag: string };
  scanTaskId: string | undefined;
  pagination: Pagination;
  level: string;
  setLevel: (value: string) => void;
}

/** 恶意样本: each malicious file with its level, path, layer and hashes, expanded to why it matched. */
export function MaliciousTable({ target, scanTaskId, pagination, level, setLevel }: MaliciousTableProps) {
  const t = useT();
  const locale = useLocale();
  const validLevel = (MALICIOUS_LEVELS as readonly string[]).includes(level)
    ? (level as ScanMaliciousFile['Level'])
    : undefined;
  const list = useQuery({
    ...scanQueries.malicious({
      InstanceId: target.instanceId,
      RepoId: target.repoId,
      Tag: target.tag,
      ScanTaskId: scanTaskId,
      Level: validLevel,
      Lang: locale,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  useClampPage(pagination, list.data?.TotalCount, list.data?.ScanMaliciousFiles.length);
  const rows = useMemo(
    () =>
      list.data?.ScanMaliciousFiles.map((row) => ({
        ...row,
        rowKey: `${row.RuleId}|${row.FilePath}|${row.Location.Layer ?? ''}`,
      })),
    [list.data],
  );
  const cols = useMemo(() => columns(t), [t]);
  return (
    <>
      <Flex justify="flex-end" gap={12} wrap style={{ marginBottom: 16 }}>
        <LevelSelect levels={MALICIOUS_LEVELS} labels={maliciousLevelLabel} value={validLevel} onChange={setLevel} />
      </Flex>
      <QueryTable<Row>
        query={list}
        rows={rows}
        rowKey="rowKey"
        columns={cols}
        pagination={pagination}
        total={list.data?.TotalCount}
        expandable={{
          expandedRowRender: (row) => (
            <FindingDetail
              description={row.Description}
              advice={row.Advice}
              sha256={row.Sha256}
              locations={[row.Location]}
            />
          ),
        }}
        empty={<EmptyState title={validLevel ? t('scans.malicious.empty.filtered') : t('scans.malicious.empty')} />}
      />
    </>
  );
}

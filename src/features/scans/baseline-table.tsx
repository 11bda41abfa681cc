import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Flex, Select, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { BASELINE_KINDS, BASELINE_LEVELS, type ScanBaseline } from '@/api/contract/scan-cloud';
import { scanQueries } from '@/api/resources/scans';
import { EmptyState } from '@/components/empty-state';
import { QueryTable } from '@/components/query-table';
import { type Pagination, useClampPage } from '@/hooks/use-url-state';
import { baselineLevelColor, baselineLevelLabel } from '@/lib/enum-labels';
import { type TFunction, useLocale, useT } from '@/lib/i18n';
import { FindingDetail, LevelSelect } from './finding-detail';
import type { ScanTarget } from './scan-target';

function columns(t: TFunction): TableColumnsType<ScanBaseline> {
  return [
    { key: 'name', title: t('scans.baseline.col.name'), dataIndex: 'BaselineNameAlias' },
    {
      key: 'class',
      title: t('scans.baseline.col.class'),
      render: (_, row) => (
        <Flex gap={4} wrap>
          {row.BaselineClassAlias}
          {row.Kind === 'secret' && <Tag color="purple">{t('scans.cloud.kind.secret')}</Tag>}
        </Flex>
      ),
    },
    {
      key: 'level',
      title: t('scans.baseline.col.level'),
      render: (_, row) => (
        <Tag color={baselineLevelColor[row.BaselineNameLevel]} variant="outlined">
          {t(baselineLevelLabel[row.BaselineNameLevel])}
        </Tag>
      ),
    },
    { key: 'items', title: t('scans.baseline.col.items'), dataIndex: 'BaselineItemCount' },
    { key: 'cis', title: t('scans.baseline.col.cis'), render: (_, row) => row.Cis ?? '-' },
    {
      key: 'prompt',
      title: t('scans.baseline.col.prompt'),
      render: (_, row) => (
        <Typography.Text code ellipsis style={{ maxWidth: 320 }} title={row.BaselineDetailPrompt}>
          {row.BaselineDetailPrompt}
        </Typography.Text>
      ),
    },
  ];
}

interface CloudTableProps {
  target: ScanTarget;
  scanTaskId: string | undefined;
  pagination: Pagination;
  level: string;
  setLevel: (value: string) => void;
  kind: string;
  setKind: (value: string) => void;
}

/** 基线检查: one row per failed check, expanded to its description, fix and every location. */
export function BaselineTable({ target, scanTaskId, pagination, level, setLevel, kind, setKind }: CloudTableProps) {
  const t = useT();
  const locale = useLocale();
  const validLevel = (BASELINE_LEVELS as readonly string[]).includes(level)
    ? (level as ScanBaseline['BaselineNameLevel'])
    : undefined;
  const validKind = (BASELINE_KINDS as readonly string[]).includes(kind) ? (kind as ScanBaseline['Kind']) : undefined;
  const list = useQuery({
    ...scanQueries.baselines({
      InstanceId: target.instanceId,
      RepoId: target.repoId,
      Tag: target.tag,
      ScanTaskId: scanTaskId,
      Level: validLevel,
      Kind: validKind,
      Lang: locale,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    placeholderData: keepPreviousData,
  });
  useClampPage(pagination, list.data?.TotalCount, list.data?.ScanBaselines.length);
  const cols = useMemo(() => columns(t), [t]);
  return (
    <>
      <Flex justify="flex-end" gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t('scans.cloud.kind')}
          value={validKind ?? ''}
          onChange={setKind}
          style={{ width: 160 }}
          options={[
            { value: '', label: t('scans.cloud.kind.all') },
            { value: 'baseline', label: t('scans.cloud.kind.baseline') },
            { value: 'secret', label: t('scans.cloud.kind.secret') },
          ]}
        />
        <LevelSelect levels={BASELINE_LEVELS} labels={baselineLevelLabel} value={validLevel} onChange={setLevel} />
      </Flex>
      <QueryTable<ScanBaseline>
        query={list}
        rows={list.data?.ScanBaselines}
        rowKey="BaselineNameKey"
        columns={cols}
        pagination={pagination}
        total={list.data?.TotalCount}
        expandable={{
          expandedRowRender: (row) => (
            <FindingDetail
              description={row.BaselineDetailDescription}
              advice={row.BaselineDetailAdvice}
              locations={row.Locations}
            />
          ),
        }}
        empty={
          <EmptyState
            title={validLevel || validKind ? t('scans.baseline.empty.filtered') : t('scans.baseline.empty')}
          />
        }
      />
    </>
  );
}

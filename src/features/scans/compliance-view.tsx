import { useQuery } from '@tanstack/react-query';
import { Badge, Flex, Progress, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import type { ComplianceItem } from '@/api/contract/scan-cloud';
import { scanQueries } from '@/api/resources/scans';
import { ErrorResult } from '@/components/error-result';
import { type TFunction, useLocale, useT } from '@/lib/i18n';
import type { ScanTarget } from './scan-target';

function columns(t: TFunction): TableColumnsType<ComplianceItem> {
  return [
    { key: 'cis', title: t('scans.compliance.col.cis'), dataIndex: 'Cis', width: 100 },
    { key: 'title', title: t('scans.compliance.col.title'), dataIndex: 'Title' },
    {
      key: 'status',
      title: t('scans.compliance.col.status'),
      width: 120,
      render: (_, item) =>
        item.Status === 'PASS' ? (
          <Badge status="success" text={t('scans.compliance.pass')} />
        ) : (
          <Badge status="error" text={t('scans.compliance.fail')} />
        ),
    },
    {
      key: 'failed',
      title: t('scans.compliance.col.failed'),
      render: (_, item) =>
        item.FailedChecks.length === 0 ? (
          <Typography.Text type="secondary">{t('scans.compliance.checks', { count: item.CheckCount })}</Typography.Text>
        ) : (
          <Flex gap={4} wrap>
            {item.FailedChecks.map((check) => (
              <Tag key={check.Key} color="red" variant="outlined">
                {check.Name}
              </Tag>
            ))}
          </Flex>
        ),
    },
  ];
}

/** 合规视图: the baseline results by CIS Docker Benchmark item, with the pass rate. */
export function ComplianceView({ target, scanTaskId }: { target: ScanTarget; scanTaskId: string | undefined }) {
  const t = useT();
  const locale = useLocale();
  const compliance = useQuery(
    scanQueries.compliance({
      InstanceId: target.instanceId,
      RepoId: target.repoId,
      Tag: target.tag,
      ScanTaskId: scanTaskId,
      Lang: locale,
    }),
  );
  const cols = useMemo(() => columns(t), [t]);
  if (compliance.isError) return <ErrorResult error={compliance.error} onRetry={() => compliance.refetch()} />;
  return (
    <Flex vertical gap={12}>
      {compliance.data && (
        <Flex align="center" gap={12}>
          <Typography.Text>{t('scans.compliance.rate')}</Typography.Text>
          <Progress
            percent={compliance.data.PassRate}
            size={{ width: 200 }}
            status={compliance.data.PassRate === 100 ? 'success' : 'normal'}
            aria-label={t('scans.compliance.rate')}
          />
        </Flex>
      )}
      <Table<ComplianceItem>
        rowKey="Cis"
        columns={cols}
        dataSource={compliance.data?.Items}
        loading={compliance.isPending}
        pagination={false}
        size="small"
      />
    </Flex>
  );
}

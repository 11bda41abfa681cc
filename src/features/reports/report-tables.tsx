import { Card, Flex, Space, Table, Typography } from 'antd';
import { Link, useNavigate } from 'react-router';
import type { SecurityReport, TopCve, TopImage } from '@/api/contract/reports';
import { SeverityBar } from '@/components/severity-bar';
import { SeverityTag } from '@/components/severity-tag';
import { paths, type VulnSearchFilters } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';

interface ReportTablesProps {
  report: SecurityReport;
  regionId: string;
  /** The search page of an instance, pre-filtered. */
  searchPath: (filters: VulnSearchFilters, instanceId?: string) => string;
  /** Region-wide reports name the instance of each image (by name when known, else by id). */
  instanceNames?: Record<string, string>;
}

const imageFilters = (i: TopImage): VulnSearchFilters => ({ namespace: i.Namespace, repo: i.RepoName, tag: i.Tag });
const imageName = (i: TopImage) => `${i.Namespace}/${i.RepoName}:${i.Tag}`;

/** Top 5 riskiest images and top 5 CVEs; a row (or its link) opens the search for that image or CVE. */
export function ReportTables({ report, regionId, searchPath, instanceNames }: ReportTablesProps) {
  const t = useT();
  const navigate = useNavigate();
  const empty = t('reports.top.empty');
  return (
    <Flex gap={16} wrap>
      <Card title={t('reports.top-images')} size="small" style={{ flex: '1 1 520px' }}>
        <Table<TopImage>
          size="small"
          pagination={false}
          rowKey={(i) => `${i.InstanceId}:${i.RepoId}:${i.Tag}`}
          dataSource={report.TopImages}
          locale={{ emptyText: empty }}
          onRow={(i) => ({
            onClick: () => navigate(searchPath(imageFilters(i), i.InstanceId)),
            style: { cursor: 'pointer' },
          })}
          columns={[
            {
              title: t('reports.col.image'),
              key: 'image',
              render: (_, i) => (
                <Link to={searchPath(imageFilters(i), i.InstanceId)} onClick={(e) => e.stopPropagation()}>
                  {imageName(i)}
                </Link>
              ),
            },
            ...(instanceNames
              ? [
                  {
                    title: t('reports.col.instance'),
                    key: 'instance',
                    render: (_: unknown, i: TopImage) => instanceNames[i.InstanceId] ?? i.InstanceId,
                  },
                ]
              : []),
            {
              title: t('reports.col.findings'),
              key: 'levels',
              render: (_, i) => (
                <SeverityBar
                  summary={{
                    TotalSeverity: i.Total,
                    HighSeverity: i.High,
                    MediumSeverity: i.Medium,
                    LowSeverity: i.Low,
                    UnknownSeverity: i.Unknown,
                  }}
                />
              ),
            },
            {
              title: t('reports.col.actions'),
              key: 'actions',
              onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
              render: (_, i) => (
                <Link
                  to={paths.scanDiff(regionId, i.InstanceId, undefined, { repoId: i.RepoId, tag: i.Tag })}
                  onClick={(e) => e.stopPropagation()}
                >
                  {t('reports.action.diff')}
                </Link>
              ),
            },
          ]}
        />
      </Card>
      <Card title={t('reports.top-cves')} size="small" style={{ flex: '1 1 420px' }}>
        <Table<TopCve>
          size="small"
          pagination={false}
          rowKey="CveId"
          dataSource={report.TopCves}
          locale={{ emptyText: empty }}
          onRow={(c) => ({ onClick: () => navigate(searchPath({ cve: c.CveId })), style: { cursor: 'pointer' } })}
          columns={[
            {
              title: t('reports.col.cve'),
              dataIndex: 'CveId',
              onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
              render: (id: string) => (
                <Link to={searchPath({ cve: id })} onClick={(e) => e.stopPropagation()}>
                  {id}
                </Link>
              ),
            },
            {
              title: t('reports.col.severity'),
              dataIndex: 'Severity',
              render: (_, c) => <SeverityTag severity={c.Severity} />,
            },
            { title: t('reports.col.images'), dataIndex: 'Images' },
            {
              title: t('reports.col.packages'),
              dataIndex: 'Packages',
              render: (p: string[]) => (
                <Space size={4} wrap>
                  {p.map((name) => (
                    <Typography.Text key={name} code>
                      {name}
                    </Typography.Text>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </Flex>
  );
}

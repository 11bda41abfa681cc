import type { TableColumnsType } from 'antd';
import { Tag, Tooltip, Typography } from 'antd';
import { Link } from 'react-router';
import type { SearchHit } from '@/api/contract/reports';
import { SeverityTag } from '@/components/severity-tag';
import { paths } from '@/hooks/use-route-params';
import type { TFunction } from '@/lib/i18n';
import { fixStateLabel } from './labels';

/** A hit with a key unique across the page (one finding of one image). */
export type SearchRow = SearchHit & { key: string };

export const searchRowKey = (h: SearchHit) =>
  `${h.RepoId}:${h.Tag}:${h.ScanTaskId}:${h.CveId}:${h.Package}:${h.Version}`;

const dash = (value: string | number | undefined) => (value === undefined || value === '' ? '-' : value);

/** 漏洞编号, 等级, CVSS, 包名, 当前版本, 修复版本, 镜像 (to its 安全扫描), 修复状态 (已忽略 = an exception). */
export function searchColumns(t: TFunction, regionId: string, instanceId: string): TableColumnsType<SearchRow> {
  return [
    {
      title: t('reports.search.col.cve'),
      dataIndex: 'CveId',
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (v: string) => <Typography.Text>{v}</Typography.Text>,
    },
    {
      title: t('reports.search.col.severity'),
      dataIndex: 'Severity',
      width: 90,
      render: (_: unknown, h) => <SeverityTag severity={h.Severity} />,
    },
    { title: t('reports.search.col.cvss'), dataIndex: 'Cvss', width: 80, render: (v?: number) => dash(v?.toFixed(1)) },
    { title: t('reports.search.col.package'), dataIndex: 'Package' },
    { title: t('reports.search.col.version'), dataIndex: 'Version' },
    { title: t('reports.search.col.fixed'), dataIndex: 'FixedVersion', render: (v?: string) => dash(v) },
    {
      title: t('reports.search.col.image'),
      key: 'image',
      render: (_: unknown, h) => (
        <Link to={paths.tagScan(regionId, instanceId, h.RepoId, h.Tag)}>{`${h.Namespace}/${h.RepoName}:${h.Tag}`}</Link>
      ),
    },
    {
      title: t('reports.search.col.fix'),
      dataIndex: 'FixState',
      width: 100,
      onCell: () => ({ style: { whiteSpace: 'nowrap' } }),
      render: (_: unknown, h) => {
        const label = t(fixStateLabel[h.FixState]);
        if (h.FixState === 'IGNORED') {
          return (
            <Tooltip title={t('reports.search.excepted.help')}>
              <Tag>{label}</Tag>
            </Tooltip>
          );
        }
        if (h.FixState === 'UNFIXED') return <Typography.Text type="secondary">{label}</Typography.Text>;
        return <Tag color={h.FixState === 'FIXED' ? 'green' : 'blue'}>{label}</Tag>;
      },
    },
  ];
}

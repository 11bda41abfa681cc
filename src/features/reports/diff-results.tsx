import type { TableColumnsType } from 'antd';
import { Alert, Flex, Table, Tabs, Typography } from 'antd';
import type { DiffVulnerability, ScanDiff } from '@/api/contract/reports';
import { SeverityTag } from '@/components/severity-tag';
import type { TFunction } from '@/lib/i18n';
import { useT } from '@/lib/i18n';

type Pkg = ScanDiff['Packages']['Added'][number];
type Upgrade = ScanDiff['Packages']['Upgraded'][number];

function vulColumns(t: TFunction): TableColumnsType<DiffVulnerability> {
  return [
    { title: t('reports.search.col.cve'), dataIndex: 'CveId', onCell: () => ({ style: { whiteSpace: 'nowrap' } }) },
    {
      title: t('reports.search.col.severity'),
      dataIndex: 'Severity',
      render: (_, v) => <SeverityTag severity={v.Severity} />,
    },
    { title: t('reports.search.col.package'), dataIndex: 'Package' },
    { title: t('reports.search.col.version'), dataIndex: 'Version' },
    { title: t('reports.search.col.fixed'), dataIndex: 'FixedVersion', render: (v?: string) => v || '-' },
  ];
}

const vulKey = (v: DiffVulnerability) => `${v.CveId}:${v.Package}`;
const pkgKey = (p: { Ecosystem: string; Name: string }) => `${p.Ecosystem}:${p.Name}`;

function VulTable({ rows, t }: { rows: DiffVulnerability[]; t: TFunction }) {
  return (
    <Table<DiffVulnerability>
      size="small"
      rowKey={vulKey}
      columns={vulColumns(t)}
      dataSource={rows}
      pagination={rows.length > 20 ? { pageSize: 20, showSizeChanger: false } : false}
      locale={{ emptyText: t('reports.diff.vul.empty') }}
    />
  );
}

/** 新增 / 移除 / 升级 From→To, and how many packages stayed. */
function PackageChanges({ diff, t }: { diff: ScanDiff; t: TFunction }) {
  if (!diff.PackagesCompared) return <Alert type="info" showIcon title={t('reports.diff.pkg.not-compared')} />;
  const { Added, Removed, Upgraded, Unchanged } = diff.Packages;
  const pkgColumns: TableColumnsType<Pkg> = [
    { title: t('reports.diff.col.name'), dataIndex: 'Name' },
    { title: t('reports.diff.col.version'), dataIndex: 'Version' },
    { title: t('reports.diff.col.ecosystem'), dataIndex: 'Ecosystem' },
  ];
  const upgradeColumns: TableColumnsType<Upgrade> = [
    { title: t('reports.diff.col.name'), dataIndex: 'Name' },
    { title: t('reports.diff.col.change'), key: 'change', render: (_, u) => `${u.From} → ${u.To}` },
    { title: t('reports.diff.col.ecosystem'), dataIndex: 'Ecosystem' },
  ];
  const small = {
    size: 'small' as const,
    pagination: false as const,
    locale: { emptyText: t('reports.diff.pkg.empty') },
  };
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('reports.diff.pkg.added', { count: Added.length })}
      </Typography.Title>
      <Table<Pkg> {...small} rowKey={pkgKey} columns={pkgColumns} dataSource={Added} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('reports.diff.pkg.removed', { count: Removed.length })}
      </Typography.Title>
      <Table<Pkg> {...small} rowKey={pkgKey} columns={pkgColumns} dataSource={Removed} />
      <Typography.Title level={5} style={{ margin: 0 }}>
        {t('reports.diff.pkg.upgraded', { count: Upgraded.length })}
      </Typography.Title>
      <Table<Upgrade> {...small} rowKey={pkgKey} columns={upgradeColumns} dataSource={Upgraded} />
      <Typography.Text type="secondary">{t('reports.diff.pkg.unchanged', { count: Unchanged })}</Typography.Text>
    </Flex>
  );
}

/** 新增漏洞 / 已修复漏洞 / 未变化 / 软件包变化, with counts in the tab titles. */
export function DiffResults({ diff }: { diff: ScanDiff }) {
  const t = useT();
  const { Added, Fixed, Unchanged } = diff.Vulnerabilities;
  const pkgChanges = diff.Packages.Added.length + diff.Packages.Removed.length + diff.Packages.Upgraded.length;
  return (
    <Tabs
      items={[
        {
          key: 'added',
          label: t('reports.diff.tab.added', { count: Added.length }),
          children: <VulTable rows={Added} t={t} />,
        },
        {
          key: 'fixed',
          label: t('reports.diff.tab.fixed', { count: Fixed.length }),
          children: <VulTable rows={Fixed} t={t} />,
        },
        {
          key: 'unchanged',
          label: t('reports.diff.tab.unchanged', { count: Unchanged.length }),
          children: <VulTable rows={Unchanged} t={t} />,
        },
        {
          key: 'packages',
          label: t('reports.diff.tab.packages', { count: pkgChanges }),
          children: <PackageChanges diff={diff} t={t} />,
        },
      ]}
    />
  );
}

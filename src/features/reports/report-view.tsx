import { Card, Col, Flex, Row, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { ComplianceRow, SecurityReport } from '@/api/contract/reports';
import { paths, type VulnSearchFilters } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';
import { ReportCards } from './report-cards';
import { ComplianceChart, EcosystemChart, FixProgressChart, TrendChart } from './report-charts';
import { ReportTables } from './report-tables';

interface ReportViewProps {
  report: SecurityReport;
  regionId: string;
  searchPath: (filters: VulnSearchFilters, instanceId?: string) => string;
  instanceNames?: Record<string, string>;
}

/**
 * The report itself: cards, the four charts (each with its numbers as links under it), and the top-5 tables.
 * Everything leads to 漏洞检索, except the CIS items (baseline checks, not vulnerabilities), which lead to the
 * CIS view of their worst failing image's scan.
 */
export function ReportView({ report, regionId, searchPath, instanceNames }: ReportViewProps) {
  const t = useT();
  const navigate = useNavigate();
  const compliancePath = (row: ComplianceRow) => {
    const image = row.WorstImage;
    return image && `${paths.tagScan(regionId, image.InstanceId, image.RepoId, image.Tag)}?type=baseline&view=cis`;
  };
  const go = (to: string | undefined) => to && navigate(to);
  return (
    <Flex vertical gap={16}>
      <ReportCards report={report} searchPath={searchPath} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12}>
          <Card
            size="small"
            title={t('reports.chart.trend')}
            extra={<Typography.Text type="secondary">{t('reports.chart.click-hint')}</Typography.Text>}
          >
            <TrendChart
              report={report}
              levelPath={(level) => searchPath({ severity: [level] })}
              onLevel={(level) => go(searchPath({ severity: [level] }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('reports.chart.fix')}>
            <FixProgressChart
              report={report}
              statePath={(state) => searchPath({ fix: [state] })}
              onState={(state) => go(searchPath({ fix: [state] }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('reports.chart.ecosystem')}>
            <EcosystemChart
              report={report}
              ecosystemPath={(ecosystem) => searchPath({ ecosystem })}
              onEcosystem={(ecosystem) => go(searchPath({ ecosystem }))}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('reports.chart.compliance')}>
            <ComplianceChart report={report} itemPath={compliancePath} onItem={(row) => go(compliancePath(row))} />
          </Card>
        </Col>
      </Row>
      <ReportTables report={report} regionId={regionId} searchPath={searchPath} instanceNames={instanceNames} />
    </Flex>
  );
}

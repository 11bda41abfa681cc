import { Card, Col, Row, Statistic, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { SecurityReport } from '@/api/contract/reports';
import { SCAN_SEVERITIES } from '@/api/contract/scans';
import type { VulnSearchFilters } from '@/hooks/use-route-params';
import { severityLabel } from '@/lib/enum-labels';
import { useT } from '@/lib/i18n';
import { useChartColors } from './labels';

interface CardLinkProps {
  to: string;
  label: string;
  title: string;
  value: string | number;
  color?: string;
  footer?: ReactNode;
}

/** A number card that is a link (keyboard and screen readers see one link with the whole sentence). */
function CardLink({ to, label, title, value, color, footer }: CardLinkProps) {
  return (
    <Link to={to} aria-label={label} style={{ display: 'block', height: '100%' }}>
      <Card hoverable size="small" style={{ height: '100%' }}>
        <Statistic title={title} value={value} styles={{ content: color ? { color } : undefined }} />
        {footer && <Typography.Text type="secondary">{footer}</Typography.Text>}
      </Card>
    </Link>
  );
}

interface ReportCardsProps {
  report: SecurityReport;
  searchPath: (filters: VulnSearchFilters) => string;
}

/** 已扫描制品 N / 共 M, 漏洞总数 and one card per level: raw, and 忽略后 (after exceptions). */
export function ReportCards({ report, searchPath }: ReportCardsProps) {
  const t = useT();
  const colors = useChartColors();
  const { Raw, Effective } = report.Levels;
  const scanned = { scanned: report.ArtifactsScanned, total: report.ArtifactsTotal };
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} sm={12} lg={8} xl={4}>
        <CardLink
          to={searchPath({})}
          label={t('reports.card.scanned.aria', scanned)}
          title={t('reports.card.scanned')}
          value={t('reports.card.scanned.value', scanned)}
        />
      </Col>
      <Col xs={24} sm={12} lg={8} xl={4}>
        <CardLink
          to={searchPath({})}
          label={t('reports.card.level.aria', {
            level: t('reports.card.total'),
            raw: Raw.Total,
            effective: Effective.Total,
          })}
          title={t('reports.card.total')}
          value={Raw.Total}
          footer={t('reports.card.effective', { count: Effective.Total })}
        />
      </Col>
      {SCAN_SEVERITIES.map((s) => (
        <Col key={s} xs={24} sm={12} lg={8} xl={4}>
          <CardLink
            to={searchPath({ severity: [s] })}
            label={t('reports.card.level.aria', { level: t(severityLabel[s]), raw: Raw[s], effective: Effective[s] })}
            title={t(severityLabel[s])}
            value={Raw[s]}
            color={Raw[s] > 0 ? colors.severity[s] : undefined}
            footer={t('reports.card.effective', { count: Effective[s] })}
          />
        </Col>
      ))}
    </Row>
  );
}

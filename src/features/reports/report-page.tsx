import { useQuery } from '@tanstack/react-query';
import { Flex, Segmented, Tabs, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { REPORT_DAYS, REPORT_EXPORT_FORMATS, type ReportDays } from '@/api/contract/reports';
import { instanceQueries } from '@/api/resources/instances';
import { isMainAccount, useCallerIdentity } from '@/api/resources/ram';
import { reportQueries, useExportSecurityReport } from '@/api/resources/reports';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { Panel } from '@/components/panel';
import { paths, useInstanceParams, type VulnSearchFilters } from '@/hooks/use-route-params';
import { formatTime } from '@/lib/format';
import { useLocale, useT } from '@/lib/i18n';
import { ExportMenu } from './export-menu';
import { ReportCards } from './report-cards';
import { ReportView } from './report-view';
import { ScheduleSection } from './schedule-section';

const DEFAULT_DAYS: ReportDays = 30;

/** `?scope=region`, `?days=7|30|90`, `?tab=schedules`. */
function useReportParams() {
  const [params, setParams] = useSearchParams();
  const region = params.get('scope') === 'region';
  const days = REPORT_DAYS.find((d) => String(d) === params.get('days')) ?? DEFAULT_DAYS;
  const tab = params.get('tab') === 'schedules' ? 'schedules' : 'report';
  const set = (key: string, value: string | undefined) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });
  return { region, days, tab, set } as const;
}

/** 安全可信 > 安全报告 of this instance or of every instance in the region, and its 定时报告. */
export function SecurityReportPage() {
  const t = useT();
  const lang = useLocale();
  const { regionId, instanceId } = useInstanceParams();
  const { region, days, tab, set } = useReportParams();
  // A RAM user's report covers only the repositories it may read (the backend scopes it): say so.
  const caller = useCallerIdentity().data?.Identity;
  const scopedTo = caller && !isMainAccount(caller) ? caller.UserName : undefined;
  const selector = { RegionId: regionId, InstanceId: region ? undefined : instanceId, Days: days };
  const report = useQuery({ ...reportQueries.security(selector), enabled: tab === 'report' });
  const exportReport = useExportSecurityReport();
  const instances = useQuery({
    ...instanceQueries.list({ RegionId: regionId, PageNo: 1, PageSize: 100 }),
    enabled: region,
  });
  const instanceNames = Object.fromEntries(
    (instances.data?.Instances ?? []).map((i) => [i.InstanceId, i.InstanceName]),
  );
  // Region-wide numbers still open this instance's search, except images, which name their own instance.
  const searchPath = (filters: VulnSearchFilters, target = instanceId) => paths.search(regionId, target, filters);

  const controls = (
    <Flex gap={12} wrap align="center">
      <Segmented
        aria-label={t('reports.scope')}
        value={region ? 'region' : 'instance'}
        onChange={(v) => set('scope', v === 'region' ? 'region' : undefined)}
        options={[
          { value: 'instance', label: t('reports.scope.instance') },
          { value: 'region', label: t('reports.scope.region') },
        ]}
      />
      <Segmented
        aria-label={t('reports.window')}
        value={days}
        onChange={(v) => set('days', v === DEFAULT_DAYS ? undefined : String(v))}
        options={REPORT_DAYS.map((d) => ({ value: d, label: t('reports.days', { days: d }) }))}
      />
      <ExportMenu
        formats={REPORT_EXPORT_FORMATS}
        disabled={!report.data}
        exportAs={(Format) => exportReport.mutateAsync({ ...selector, Format, Lang: lang })}
      />
    </Flex>
  );

  const body = () => {
    if (report.isPending) return <PageLoading />;
    if (report.isError) return <ErrorResult error={report.error} onRetry={() => report.refetch()} />;
    const data = report.data;
    return (
      <Flex vertical gap={16}>
        <Flex justify="space-between" wrap gap={12}>
          {controls}
          <Typography.Text type="secondary">
            {region && `${t('reports.scope.region-note', { count: data.InstanceIds.length })} `}
            {scopedTo && `${t('reports.scoped-note', { user: scopedTo })} `}
            {t('reports.generated', { time: formatTime(data.GeneratedTime) })}
          </Typography.Text>
        </Flex>
        {data.ArtifactsScanned === 0 ? (
          <>
            <ReportCards report={data} searchPath={searchPath} />
            <EmptyState title={t('reports.empty.title')} description={t('reports.empty.description')} />
          </>
        ) : (
          <ReportView
            report={data}
            regionId={regionId}
            searchPath={searchPath}
            instanceNames={region ? instanceNames : undefined}
          />
        )}
      </Flex>
    );
  };

  return (
    <>
      <PageHeader title={t('menu.reports')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('reports.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Tabs
          activeKey={tab}
          onChange={(key) => set('tab', key === 'schedules' ? 'schedules' : undefined)}
          items={[
            { key: 'report', label: t('reports.tab.report') },
            { key: 'schedules', label: t('reports.tab.schedules') },
          ]}
        />
        {tab === 'report' ? body() : <ScheduleSection regionId={regionId} instanceId={instanceId} />}
      </Panel>
    </>
  );
}

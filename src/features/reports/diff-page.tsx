import { SwapOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import type { ScanDiff } from '@/api/contract/reports';
import { reportQueries } from '@/api/resources/reports';
import { repositoryQueries } from '@/api/resources/repositories';
import { EmptyState } from '@/components/empty-state';
import { ErrorResult } from '@/components/error-result';
import { PageHeader } from '@/components/page-header';
import { PageLoading } from '@/components/page-loading';
import { Panel } from '@/components/panel';
import { SeverityBar } from '@/components/severity-bar';
import { type DiffSide, diffSideParam, parseDiffSide, paths, useInstanceParams } from '@/hooks/use-route-params';
import { formatTime, shortHash } from '@/lib/format';
import { useT } from '@/lib/i18n';
import { DiffResults } from './diff-results';
import { DiffSidePicker } from './diff-side-picker';

const complete = (s: Partial<DiffSide>): s is DiffSide => Boolean(s.repoId && s.tag);
const apiSide = (s: DiffSide) => ({
  RepoId: s.repoId,
  Tag: s.tag,
  ...(s.scanTaskId ? { ScanTaskId: s.scanTaskId } : {}),
});

/** One side's summary: the image, its scan and counts, linked to its 安全扫描. */
function SideSummary({ title, side }: { title: string; side: ScanDiff['Base'] }) {
  const t = useT();
  const { regionId, instanceId } = useInstanceParams();
  const repo = useQuery(repositoryQueries.detail(instanceId, side.RepoId)).data;
  const name = repo ? `${repo.RepoNamespaceName}/${repo.RepoName}:${side.Tag}` : side.Tag;
  return (
    <Card size="small" title={title} style={{ flex: '1 1 320px' }}>
      <Flex vertical gap={6}>
        <Link to={paths.tagScan(regionId, instanceId, side.RepoId, side.Tag)}>{name}</Link>
        <Typography.Text type="secondary" copyable={{ text: side.Digest }}>
          {shortHash(side.Digest.replace(/^sha256:/, ''))}
        </Typography.Text>
        <Typography.Text type="secondary">
          {t('reports.diff.summary.time', { time: formatTime(side.FinishTime) })} ·{' '}
          {t('reports.diff.summary.task', { id: side.ScanTaskId })}
        </Typography.Text>
        <SeverityBar
          summary={{
            TotalSeverity: side.Total,
            HighSeverity: side.High,
            MediumSeverity: side.Medium,
            LowSeverity: side.Low,
            UnknownSeverity: side.Unknown,
          }}
        />
      </Flex>
    </Card>
  );
}

/** 安全可信 > 扫描对比 (`?base=<repoId>:<tag>[@<scanTaskId>]&target=…`). */
export function ScanDiffPage() {
  const t = useT();
  const { instanceId } = useInstanceParams();
  const [params, setParams] = useSearchParams();
  const base = parseDiffSide(params.get('base'));
  const target = parseDiffSide(params.get('target'));
  const [draftBase, setDraftBase] = useState<Partial<DiffSide>>(base ?? {});
  const [draftTarget, setDraftTarget] = useState<Partial<DiffSide>>(target ?? {});
  const ready = base && target;
  const diff = useQuery({
    ...reportQueries.diff({
      InstanceId: instanceId,
      Base: apiSide(base ?? { repoId: '', tag: '' }),
      Target: apiSide(target ?? { repoId: '', tag: '' }),
    }),
    enabled: Boolean(ready),
  });

  const compare = () => {
    if (!complete(draftBase) || !complete(draftTarget)) return;
    setParams({ base: diffSideParam(draftBase), target: diffSideParam(draftTarget) });
  };
  const swap = () => {
    setDraftBase(draftTarget);
    setDraftTarget(draftBase);
  };

  return (
    <>
      <PageHeader title={t('menu.scan-diff')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('reports.diff.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
          <DiffSidePicker
            instanceId={instanceId}
            label={t('reports.diff.base')}
            value={draftBase}
            onChange={setDraftBase}
          />
          <Button
            icon={<SwapOutlined />}
            aria-label={t('reports.diff.swap')}
            title={t('reports.diff.swap')}
            onClick={swap}
          />
          <DiffSidePicker
            instanceId={instanceId}
            label={t('reports.diff.target')}
            value={draftTarget}
            onChange={setDraftTarget}
          />
          <Button type="primary" disabled={!complete(draftBase) || !complete(draftTarget)} onClick={compare}>
            {t('reports.diff.compare')}
          </Button>
        </Flex>
        {!ready ? (
          <EmptyState title={t('reports.diff.pick.title')} description={t('reports.diff.pick.description')} />
        ) : diff.isPending ? (
          <PageLoading />
        ) : diff.isError ? (
          <ErrorResult error={diff.error} onRetry={() => diff.refetch()} />
        ) : (
          <Flex vertical gap={16}>
            <Flex gap={16} wrap>
              <SideSummary title={t('reports.diff.base')} side={diff.data.Base} />
              <SideSummary title={t('reports.diff.target')} side={diff.data.Target} />
            </Flex>
            <DiffResults diff={diff.data} />
          </Flex>
        )}
      </Panel>
    </>
  );
}

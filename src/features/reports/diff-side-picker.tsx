import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Select, Typography } from 'antd';
import { repositoryQueries } from '@/api/resources/repositories';
import { tagQueries } from '@/api/resources/tags';
import type { DiffSide } from '@/hooks/use-route-params';
import { useT } from '@/lib/i18n';

/** One page holds every repository and tag a demo instance has (the API's page size limit). */
const PAGE_SIZE = 100;
/** cosign signature artifacts are not images to compare. */
const SIGNATURE_TAG = /^sha256-[0-9a-f]{64}\.sig$/;

interface DiffSidePickerProps {
  instanceId: string;
  /** 基准版本 or 对比版本. */
  label: string;
  value: Partial<DiffSide>;
  onChange: (value: Partial<DiffSide>) => void;
}

/** 仓库 → 版本 (→ 扫描任务 ID, optional) of one side of 扫描对比. */
export function DiffSidePicker({ instanceId, label, value, onChange }: DiffSidePickerProps) {
  const t = useT();
  const repos = useQuery(repositoryQueries.list({ InstanceId: instanceId, PageNo: 1, PageSize: PAGE_SIZE }));
  const tags = useQuery({
    ...tagQueries.list({ InstanceId: instanceId, RepoId: value.repoId ?? '', PageNo: 1, PageSize: PAGE_SIZE }),
    enabled: Boolean(value.repoId),
  });
  const repoOptions = (repos.data?.Repositories ?? []).map((r) => ({
    value: r.RepoId,
    label: `${r.RepoNamespaceName}/${r.RepoName}`,
  }));
  const tagOptions = (tags.data?.Images ?? [])
    .filter((i) => !SIGNATURE_TAG.test(i.Tag))
    .map((i) => ({ value: i.Tag, label: i.Tag }));
  return (
    <Flex vertical gap={8} role="group" aria-label={label} style={{ flex: '1 1 320px' }}>
      <Typography.Text strong>{label}</Typography.Text>
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={`${label} ${t('reports.diff.repo')}`}
        placeholder={t('reports.diff.repo')}
        loading={repos.isPending}
        value={value.repoId}
        onChange={(repoId: string) => onChange({ repoId })}
        options={repoOptions}
      />
      <Select
        showSearch={{ optionFilterProp: 'label' }}
        aria-label={`${label} ${t('reports.diff.tag')}`}
        placeholder={t('reports.diff.tag')}
        disabled={!value.repoId}
        loading={tags.isFetching}
        value={value.tag}
        onChange={(tag: string) => onChange({ ...value, tag })}
        options={tagOptions}
      />
      <Input
        aria-label={`${label} ${t('reports.diff.task')}`}
        placeholder={`${t('reports.diff.task')}: ${t('reports.diff.task.placeholder')}`}
        allowClear
        value={value.scanTaskId}
        onChange={(e) => onChange({ ...value, scanTaskId: e.target.value.trim() || undefined })}
      />
    </Flex>
  );
}

import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Select } from 'antd';
import { EVENT_RECORD_STATUSES, EVENT_TYPES } from '@/api/contract/events';
import { eventRuleQueries } from '@/api/resources/events';
import { useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { eventTypeLabel, recordStatusLabel } from './labels';

/** The filters of 事件记录, kept in the URL. */
export function useRecordFilters() {
  const [rule, setRule] = useUrlFilter('rule');
  const [type, setType] = useUrlFilter('type');
  const [status, setStatus] = useUrlFilter('status');
  const [namespace, setNamespace] = useUrlFilter('namespace');
  const [repo, setRepo] = useUrlFilter('repo');
  return { rule, setRule, type, setType, status, setStatus, namespace, setNamespace, repo, setRepo };
}

export type RecordFilterState = ReturnType<typeof useRecordFilters>;

/** 规则, 事件类型, 状态, 命名空间, 仓库名称. */
export function RecordFilters({ instanceId, filters }: { instanceId: string; filters: RecordFilterState }) {
  const t = useT();
  const names = useQuery(eventRuleQueries.names(instanceId));
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }}>
      <Select
        aria-label={t('events.records.filter.rule')}
        placeholder={t('events.records.filter.rule')}
        allowClear
        style={{ width: 200 }}
        value={filters.rule || undefined}
        onChange={(v?: string) => filters.setRule(v ?? '')}
        loading={names.isPending}
        options={(names.data?.RuleNames ?? []).map((r) => ({ value: r.RuleId, label: r.RuleName }))}
      />
      <Select
        aria-label={t('events.records.filter.type')}
        placeholder={t('events.records.filter.type')}
        allowClear
        style={{ width: 180 }}
        value={filters.type || undefined}
        onChange={(v?: string) => filters.setType(v ?? '')}
        options={EVENT_TYPES.map((type) => ({ value: type, label: t(eventTypeLabel[type]) }))}
      />
      <Select
        aria-label={t('events.records.filter.status')}
        placeholder={t('events.records.filter.status')}
        allowClear
        style={{ width: 140 }}
        value={filters.status || undefined}
        onChange={(v?: string) => filters.setStatus(v ?? '')}
        options={EVENT_RECORD_STATUSES.map((s) => ({ value: s, label: t(recordStatusLabel[s]) }))}
      />
      <Input.Search
        aria-label={t('events.records.filter.namespace')}
        placeholder={t('events.records.filter.namespace')}
        allowClear
        style={{ width: 180 }}
        defaultValue={filters.namespace}
        onSearch={(v) => filters.setNamespace(v.trim())}
      />
      <Input.Search
        aria-label={t('events.records.filter.repo')}
        placeholder={t('events.records.filter.repo')}
        allowClear
        style={{ width: 180 }}
        defaultValue={filters.repo}
        onSearch={(v) => filters.setRepo(v.trim())}
      />
    </Flex>
  );
}

import { Button, Checkbox, Flex, Input, InputNumber, Select, Space } from 'antd';
import { useState } from 'react';
import { FIX_STATES } from '@/api/contract/reports';
import { SCAN_SEVERITIES } from '@/api/contract/scans';
import type { VulnSearchFilters } from '@/hooks/use-route-params';
import { severityLabel } from '@/lib/enum-labels';
import { type MessageKey, useT } from '@/lib/i18n';
import { fixStateLabel } from './labels';

type TextKey = 'cve' | 'package' | 'namespace' | 'repo' | 'tag' | 'ecosystem';
const TEXT_FILTERS: { key: TextKey; label: MessageKey; placeholder?: MessageKey; width: number }[] = [
  { key: 'cve', label: 'reports.search.cve', placeholder: 'reports.search.cve.placeholder', width: 280 },
  { key: 'package', label: 'reports.search.package', width: 160 },
  { key: 'namespace', label: 'reports.search.namespace', width: 160 },
  { key: 'repo', label: 'reports.search.repo', width: 160 },
  { key: 'tag', label: 'reports.search.tag', width: 140 },
  { key: 'ecosystem', label: 'reports.search.ecosystem', width: 140 },
];

interface SearchFiltersProps {
  filters: VulnSearchFilters;
  onChange: (change: Partial<VulnSearchFilters> | null) => void;
}

/** A CVSS bound, committed on Enter or blur (not on every keystroke). */
function ScoreInput({ label, value, onCommit }: { label: string; value?: number; onCommit: (v?: number) => void }) {
  const [draft, setDraft] = useState<number | null>(value ?? null);
  const commit = () => {
    const next = draft ?? undefined;
    if (next !== value) onCommit(next);
  };
  return (
    <InputNumber<number>
      aria-label={label}
      placeholder={label}
      min={0}
      max={10}
      step={0.1}
      style={{ width: 130 }}
      value={draft}
      onChange={setDraft}
      onBlur={commit}
      onPressEnter={commit}
    />
  );
}

/**
 * CVE 编号, 包名, 命名空间, 仓库, Tag, 生态, 等级, 修复状态, 忽略, CVSS 范围 and 仅可修复: each one a URL parameter,
 * all stacked.
 */
export function SearchFilters({ filters, onChange }: SearchFiltersProps) {
  const t = useT();
  return (
    <Flex gap={12} wrap style={{ marginBottom: 16 }} role="search">
      {TEXT_FILTERS.map((f) => (
        <Input.Search
          // Re-mounted when the URL changes (back/forward, 清除筛选) so the box shows the URL's value.
          key={`${f.key}:${filters[f.key] ?? ''}`}
          aria-label={t(f.label)}
          placeholder={t(f.placeholder ?? f.label)}
          allowClear
          style={{ width: f.width }}
          defaultValue={filters[f.key]}
          onSearch={(v) => onChange({ [f.key]: v.trim() || undefined })}
        />
      ))}
      <Select
        mode="multiple"
        aria-label={t('reports.search.severity')}
        placeholder={t('reports.search.severity')}
        allowClear
        style={{ minWidth: 200 }}
        value={filters.severity ? [...filters.severity] : []}
        onChange={(levels) => onChange({ severity: levels.length ? levels : undefined })}
        options={SCAN_SEVERITIES.map((s) => ({ value: s, label: t(severityLabel[s]) }))}
      />
      <Select
        mode="multiple"
        aria-label={t('reports.search.fix')}
        placeholder={t('reports.search.fix')}
        allowClear
        style={{ minWidth: 180 }}
        value={filters.fix ? [...filters.fix] : []}
        onChange={(states) => onChange({ fix: states.length ? states : undefined })}
        options={FIX_STATES.map((s) => ({ value: s, label: t(fixStateLabel[s]) }))}
      />
      <Select
        aria-label={t('reports.search.excepted-filter')}
        placeholder={t('reports.search.excepted-filter')}
        allowClear
        style={{ width: 150 }}
        value={filters.excepted === undefined ? undefined : filters.excepted ? 'yes' : 'no'}
        onChange={(v?: 'yes' | 'no') => onChange({ excepted: v === undefined ? undefined : v === 'yes' })}
        options={[
          { value: 'yes', label: t('reports.search.excepted.only') },
          { value: 'no', label: t('reports.search.excepted.none') },
        ]}
      />
      <Space.Compact aria-label={t('reports.search.cvss')} role="group">
        <ScoreInput
          key={`min:${filters.cvssMin ?? ''}`}
          label={t('reports.search.cvss-min')}
          value={filters.cvssMin}
          onCommit={(cvssMin) => onChange({ cvssMin })}
        />
        <ScoreInput
          key={`max:${filters.cvssMax ?? ''}`}
          label={t('reports.search.cvss-max')}
          value={filters.cvssMax}
          onCommit={(cvssMax) => onChange({ cvssMax })}
        />
      </Space.Compact>
      <Checkbox
        checked={filters.fixable ?? false}
        onChange={(e) => onChange({ fixable: e.target.checked || undefined })}
        style={{ alignSelf: 'center' }}
      >
        {t('reports.search.fixable')}
      </Checkbox>
      <Button onClick={() => onChange(null)}>{t('reports.search.reset')}</Button>
    </Flex>
  );
}

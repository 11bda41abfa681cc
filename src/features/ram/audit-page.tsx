import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Select, Typography } from 'antd';
import { useMemo } from 'react';
import { AUDIT_RESULTS, type AuditLog, MAIN_ACCOUNT_NAME } from '@/api/contract/ram';
import { ramQueries, useCan } from '@/api/resources/ram';
import { EmptyState } from '@/components/empty-state';
import { PageHeader } from '@/components/page-header';
import { Panel } from '@/components/panel';
import { QueryTable } from '@/components/query-table';
import { useClampPage, usePagination, useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { auditColumns } from './audit-columns';
import { DeniedResult, RamErrorResult } from './use-ram-error';

/** 访问控制 > 操作审计: every write and every denial, newest first; filtered by identity, result and action in the URL. */
export function RamAuditPage() {
  const t = useT();
  const pagination = usePagination();
  const [user, setUser] = useUrlFilter('user');
  const [result, setResult] = useUrlFilter('result');
  const [action, setAction] = useUrlFilter('action');
  const canList = useCan('ListAuditLog');
  const canListUsers = useCan('ListUsers');
  const users = useQuery({ ...ramQueries.users(), enabled: canListUsers.allowed });
  const logs = useQuery({
    ...ramQueries.audit({
      UserName: user || undefined,
      Result: AUDIT_RESULTS.find((r) => r === result),
      ApiAction: action || undefined,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
    enabled: canList.allowed,
  });
  const total = logs.data?.TotalCount;
  useClampPage(pagination, total, logs.data?.Logs.length);

  const identityOptions = useMemo(
    () => [
      { value: MAIN_ACCOUNT_NAME, label: `${t('ram.identity.main')} (${MAIN_ACCOUNT_NAME})` },
      ...(users.data?.Users ?? []).map((u) => ({
        value: u.UserName,
        label: u.DisplayName ? `${u.DisplayName} (${u.UserName})` : u.UserName,
      })),
    ],
    [t, users.data],
  );
  const columns = useMemo(() => {
    const labels = new Map(identityOptions.map((o) => [o.value, o.label]));
    return auditColumns(t, (name) => labels.get(name) ?? name);
  }, [t, identityOptions]);

  return (
    <>
      <PageHeader title={t('menu.ram-audit')}>
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          {t('ram.audit.description')}
        </Typography.Paragraph>
      </PageHeader>
      <Panel>
        <Flex gap={12} wrap style={{ marginBottom: 16 }}>
          <Select
            aria-label={t('ram.audit.filter.identity')}
            placeholder={t('ram.audit.filter.identity')}
            allowClear
            showSearch
            optionFilterProp="label"
            style={{ width: 220 }}
            value={user || undefined}
            onChange={(v?: string) => setUser(v ?? '')}
            options={identityOptions}
          />
          <Select
            aria-label={t('ram.audit.filter.result')}
            placeholder={t('ram.audit.filter.result')}
            allowClear
            style={{ width: 140 }}
            value={result || undefined}
            onChange={(v?: string) => setResult(v ?? '')}
            options={AUDIT_RESULTS.map((r) => ({ value: r, label: t(`ram.audit.result.${r}`) }))}
          />
          <Input.Search
            aria-label={t('ram.audit.filter.action')}
            placeholder={t('ram.audit.filter.action')}
            allowClear
            style={{ width: 220 }}
            defaultValue={action}
            onSearch={(v) => setAction(v.trim())}
          />
        </Flex>
        {canList.reason ? (
          <DeniedResult reason={canList.reason} />
        ) : logs.isError ? (
          <RamErrorResult error={logs.error} onRetry={() => logs.refetch()} />
        ) : (
          <QueryTable<AuditLog>
            query={logs}
            rows={logs.data?.Logs}
            rowKey="LogId"
            columns={columns}
            pagination={pagination}
            total={total}
            empty={<EmptyState title={t('ram.audit.empty')} description={t('ram.audit.empty.description')} />}
          />
        )}
      </Panel>
    </>
  );
}

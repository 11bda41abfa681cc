import { useQuery } from '@tanstack/react-query';
import { Flex, Input, Select } from 'antd';
import { useMemo } from 'react';
import type { VulnException } from '@/api/contract/policies';
import { exceptionQueries, useDeleteVulnException } from '@/api/resources/policies';
import { useScopeOptions } from '@/api/resources/scope-options';
import { EmptyState } from '@/components/empty-state';
import { useFeedback } from '@/components/feedback';
import { QueryTable } from '@/components/query-table';
import { useApiErrorMessage } from '@/hooks/use-api-error';
import { useClampPage, usePagination, useUrlFilter } from '@/hooks/use-url-state';
import { useT } from '@/lib/i18n';
import { exceptionColumns } from './exception-columns';

/** 漏洞例外: every exception of the instance (in force and expired), filtered by 漏洞编号 and 命名空间. */
export function ExceptionSection({ instanceId }: { instanceId: string }) {
  const t = useT();
  const { message } = useFeedback();
  const showError = useApiErrorMessage();
  const pagination = usePagination();
  const [cve, setCve] = useUrlFilter('cve');
  const [namespace, setNamespace] = useUrlFilter('ns');
  const { namespaceOptions, namespacesLoading } = useScopeOptions(instanceId, {
    namespaces: true,
    reposOf: undefined,
  });
  const remove = useDeleteVulnException();
  const list = useQuery(
    exceptionQueries.list({
      InstanceId: instanceId,
      CveId: cve || undefined,
      NamespaceName: namespace || undefined,
      PageNo: pagination.page,
      PageSize: pagination.pageSize,
    }),
  );
  useClampPage(pagination, list.data?.TotalCount, list.data?.Exceptions.length);
  const columns = useMemo(
    () =>
      exceptionColumns(
        t,
        (e: VulnException) =>
          remove
            .mutateAsync({ InstanceId: instanceId, ExceptionId: e.ExceptionId })
            .then(() => message.success(t('policies.exception.deleted', { cve: e.CveId })), showError),
        instanceId,
      ),
    [t, remove.mutateAsync, instanceId, message, showError],
  );

  return (
    <>
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Input.Search
          key={cve}
          aria-label={t('policies.exception.filter.cve')}
          placeholder={t('policies.exception.filter.cve')}
          allowClear
          defaultValue={cve}
          onSearch={(v) => setCve(v.trim())}
          style={{ width: 240 }}
        />
        <Select
          aria-label={t('policies.exception.filter.namespace')}
          placeholder={t('policies.exception.filter.namespace')}
          allowClear
          loading={namespacesLoading}
          value={namespace || undefined}
          onChange={(v?: string) => setNamespace(v ?? '')}
          options={namespaceOptions}
          style={{ width: 200 }}
        />
      </Flex>
      <QueryTable
        query={list}
        rowKey="ExceptionId"
        columns={columns}
        rows={list.data?.Exceptions}
        pagination={pagination}
        total={list.data?.TotalCount}
        empty={
          <EmptyState
            title={cve || namespace ? t('policies.exception.empty.filtered') : t('policies.exception.empty.title')}
            description={cve || namespace ? undefined : t('policies.exception.empty.description')}
          />
        }
      />
    </>
  );
}

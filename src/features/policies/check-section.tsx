import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Form, Select } from 'antd';
import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { useCheckDeployment } from '@/api/resources/policies';
import { repositoryQueries } from '@/api/resources/repositories';
import { useScopeOptions } from '@/api/resources/scope-options';
import { tagQueries } from '@/api/resources/tags';
import { ErrorResult } from '@/components/error-result';
import { useT } from '@/lib/i18n';
import { CheckResult } from './check-result';

/** A namespace's repositories and a repository's tags fit one page of the pickers. */
const PICKER_PAGE_SIZE = 100;
/** Signature artifacts (`sha256-<hex>.sig`) are not deployed. */
const isSignatureTag = (tag: string) => /^sha256-[0-9a-f]{64}\.sig$/.test(tag);

/**
 * 模拟部署: pick 命名空间 / 仓库 / Tag (kept in the URL), 检查, and read the decision an admission controller
 * would give. A link that names all three runs the check at once.
 */
export function CheckSection({ regionId, instanceId }: { regionId: string; instanceId: string }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const namespace = params.get('namespace') ?? '';
  const repo = params.get('repo') ?? '';
  const tag = params.get('tag') ?? '';
  const check = useCheckDeployment();
  const { namespaceOptions, namespacesLoading } = useScopeOptions(instanceId, {
    namespaces: true,
    reposOf: namespace || undefined,
  });
  // The same list (and cache entry) useScopeOptions reads, for the repository ids.
  const repos = useQuery({
    ...repositoryQueries.list({
      InstanceId: instanceId,
      RepoNamespaceName: namespace,
      PageNo: 1,
      PageSize: PICKER_PAGE_SIZE,
    }),
    enabled: Boolean(namespace),
  });
  const repoId = repos.data?.Repositories.find((r) => r.RepoNamespaceName === namespace && r.RepoName === repo)?.RepoId;
  const tags = useQuery({
    ...tagQueries.list({ InstanceId: instanceId, RepoId: repoId ?? '', PageNo: 1, PageSize: PICKER_PAGE_SIZE }),
    enabled: Boolean(repoId),
  });

  const set = (next: { namespace?: string; repo?: string; tag?: string }) => {
    check.reset();
    setParams((prev) => {
      const query = new URLSearchParams(prev);
      for (const [key, value] of Object.entries(next)) {
        if (value) query.set(key, value);
        else query.delete(key);
      }
      return query;
    });
  };

  const run = () => {
    if (namespace && repo && tag)
      check.mutate({ InstanceId: instanceId, NamespaceName: namespace, RepoName: repo, Tag: tag });
  };

  // A deep link naming the tag checks it once, as soon as the page opens.
  const autoRun = useRef(Boolean(namespace && repo && tag));
  useEffect(() => {
    if (!autoRun.current) return;
    autoRun.current = false;
    run();
  });

  return (
    <Flex vertical gap={24}>
      <Form layout="inline" onFinish={run} style={{ rowGap: 12 }}>
        <Form.Item label={t('policies.check.namespace')}>
          <Select
            aria-label={t('policies.check.namespace')}
            showSearch
            style={{ width: 180 }}
            placeholder={t('policies.check.namespace.placeholder')}
            loading={namespacesLoading}
            value={namespace || undefined}
            onChange={(value: string) => set({ namespace: value, repo: '', tag: '' })}
            options={namespaceOptions}
          />
        </Form.Item>
        <Form.Item label={t('policies.check.repo')}>
          <Select
            aria-label={t('policies.check.repo')}
            showSearch
            style={{ width: 220 }}
            placeholder={t('policies.check.repo.placeholder')}
            disabled={!namespace}
            loading={repos.isFetching}
            value={repo || undefined}
            onChange={(value: string) => set({ repo: value, tag: '' })}
            options={(repos.data?.Repositories ?? [])
              .filter((r) => r.RepoNamespaceName === namespace)
              .map((r) => ({ value: r.RepoName, label: r.RepoName }))}
          />
        </Form.Item>
        <Form.Item label={t('policies.check.tag')}>
          <Select
            aria-label={t('policies.check.tag')}
            showSearch
            style={{ width: 200 }}
            placeholder={t('policies.check.tag.placeholder')}
            disabled={!repo}
            loading={tags.isFetching}
            value={tag || undefined}
            onChange={(value: string) => set({ tag: value })}
            options={(tags.data?.Images ?? [])
              .filter((image) => !isSignatureTag(image.Tag))
              .map((image) => ({ value: image.Tag, label: image.Tag }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" disabled={!(namespace && repo && tag)} loading={check.isPending}>
            {t('policies.check.run')}
          </Button>
        </Form.Item>
      </Form>
      {check.isError && <ErrorResult error={check.error} title={t('policies.check.failed')} onRetry={run} />}
      {check.data && (
        <CheckResult
          result={check.data}
          namespace={check.variables.NamespaceName}
          tagScanLink={
            repoId && check.variables.RepoName === repo
              ? { regionId, instanceId, repoId, tag: check.variables.Tag }
              : undefined
          }
        />
      )}
    </Flex>
  );
}

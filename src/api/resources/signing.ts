/**
 * Image signing (安全可信 > 镜像加签): KMS-like keys (by region), 证明者 and 加签规则 (by instance), and the
 * signature states of a repository's tags. Signing and tampering change the tag list (a `.sig` artifact appears,
 * a digest moves); enabling or disabling a key changes every witness and signature state that uses it.
 */
import { type Query, type QueryClient, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction } from '../client';
import type { ActionRequest } from '../contract/actions';
import { scanQueries } from './scans';
import { tagQueries } from './tags';

/** A region has a handful of keys and an instance a handful of witnesses: one page holds them. */
const KEY_PAGE_SIZE = 100;

/** Every signature-state query of every repository (a key's state changes them all). */
const isSignatureQuery = (query: Query) => query.queryKey[0] === 'tags' && query.queryKey[3] === 'signatures';

export const keyQueries = {
  /** Every key query (list, detail, usage) of every region: key usage is recorded by signing and verifying. */
  root: () => ['signing-keys'] as const,
  all: (regionId: string) => [...keyQueries.root(), regionId] as const,
  list: (regionId: string) =>
    queryOptions({
      queryKey: [...keyQueries.all(regionId), 'list'],
      queryFn: ({ signal }) =>
        callAction('ListKeys', { RegionId: regionId, PageNo: 1, PageSize: KEY_PAGE_SIZE }, { signal }),
    }),
  detail: (regionId: string, keyId: string) =>
    queryOptions({
      queryKey: [...keyQueries.all(regionId), 'detail', keyId],
      queryFn: ({ signal }) => callAction('DescribeKey', { KeyId: keyId }, { signal }),
    }),
  /** 使用记录 of one key, newest first. */
  usage: (regionId: string, params: ActionRequest<'ListKeyUsage'>) =>
    queryOptions({
      queryKey: [...keyQueries.all(regionId), 'usage', params],
      queryFn: ({ signal }) => callAction('ListKeyUsage', params, { signal }),
    }),
};

export const witnessQueries = {
  root: () => ['signing-witnesses'] as const,
  all: (instanceId: string) => [...witnessQueries.root(), instanceId] as const,
  list: (instanceId: string) =>
    queryOptions({
      queryKey: [...witnessQueries.all(instanceId), 'list'],
      queryFn: ({ signal }) => callAction('ListSigningWitness', { InstanceId: instanceId }, { signal }),
    }),
};

export const signRuleQueries = {
  all: (instanceId: string) => ['signing-rules', instanceId] as const,
  list: (instanceId: string) =>
    queryOptions({
      queryKey: [...signRuleQueries.all(instanceId), 'list'],
      queryFn: ({ signal }) => callAction('ListSigningRule', { InstanceId: instanceId }, { signal }),
    }),
};

/** Under the repository's tag keys, so whatever refreshes the tag list (a push, a retag) refreshes the states. */
export const signatureQueries = {
  all: (instanceId: string, repoId: string) => [...tagQueries.all(instanceId, repoId), 'signatures'] as const,
  /** The 签名 column of the tag list: the state of every non-signature tag. */
  list: (instanceId: string, repoId: string) =>
    queryOptions({
      queryKey: [...signatureQueries.all(instanceId, repoId), 'list'],
      queryFn: ({ signal }) =>
        callAction('ListRepoTagSignature', { InstanceId: instanceId, RepoId: repoId }, { signal }),
    }),
  /** 导出签名: the signed payload, the signature and the public key, fetched when the dialog opens. */
  export: (params: ActionRequest<'ExportRepoTagSignature'>) =>
    queryOptions({
      queryKey: [...signatureQueries.all(params.InstanceId, params.RepoId), 'export', params],
      queryFn: ({ signal }) => callAction('ExportRepoTagSignature', params, { signal }),
      staleTime: 0,
      gcTime: 0,
    }),
};

// ---- keys ----

export function useCreateKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateKey'>) => callAction('CreateKey', params),
    onSuccess: (_data, params) => client.invalidateQueries({ queryKey: keyQueries.all(params.RegionId) }),
  });
}

/** 启用 / 禁用: a disabled key neither signs nor is trusted, so witnesses and every signature state change. */
function useKeyStateMutation<A extends 'EnableKey' | 'DisableKey'>(action: A) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<A>) => callAction(action, params),
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: keyQueries.root() }),
        client.invalidateQueries({ queryKey: witnessQueries.root() }),
        client.invalidateQueries({ predicate: isSignatureQuery }),
      ]),
  });
}

export const useEnableKey = () => useKeyStateMutation('EnableKey');
export const useDisableKey = () => useKeyStateMutation('DisableKey');

/** 下载公钥: a read, but one the key's 使用记录 records, so it is a mutation that refreshes the usage. */
export function useGetPublicKey() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'GetPublicKey'>) => callAction('GetPublicKey', params),
    onSuccess: () => client.invalidateQueries({ queryKey: keyQueries.root() }),
  });
}

// ---- witnesses and rules ----

export function useCreateWitness() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'CreateSigningWitness'>) => callAction('CreateSigningWitness', params),
    onSuccess: (_data, params) => client.invalidateQueries({ queryKey: witnessQueries.all(params.InstanceId) }),
  });
}

export function useDeleteWitness() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'DeleteSigningWitness'>) => callAction('DeleteSigningWitness', params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: witnessQueries.all(params.InstanceId) }),
        client.invalidateQueries({ predicate: isSignatureQuery }),
      ]),
  });
}

function useRuleMutation<A extends 'CreateSigningRule' | 'UpdateSigningRule' | 'DeleteSigningRule'>(action: A) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<A>) => callAction(action, params),
    onSuccess: (_data, params) => client.invalidateQueries({ queryKey: signRuleQueries.all(params.InstanceId) }),
  });
}

export const useCreateSignRule = () => useRuleMutation('CreateSigningRule');
export const useUpdateSignRule = () => useRuleMutation('UpdateSigningRule');
export const useDeleteSignRule = () => useRuleMutation('DeleteSigningRule');

// ---- tag signatures ----

/** After a signature or a tag changed: the tag list (the `.sig` artifact, a moved digest) and the states. */
function invalidateRepo(client: QueryClient, instanceId: string, repoId: string, withScans = false) {
  return Promise.all([
    client.invalidateQueries({ queryKey: tagQueries.all(instanceId, repoId) }),
    client.invalidateQueries({ queryKey: signatureQueries.all(instanceId, repoId) }),
    client.invalidateQueries({ queryKey: keyQueries.root() }),
    withScans ? client.invalidateQueries({ queryKey: scanQueries.all(instanceId) }) : undefined,
  ]);
}

/** 验证签名: re-judges the tag (and records key usage); the answer updates the tag's state in the list. */
export function useVerifyTagSignature() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'VerifyRepoTagSignature'>) => callAction('VerifyRepoTagSignature', params),
    onSuccess: (_data, params) =>
      Promise.all([
        client.invalidateQueries({ queryKey: signatureQueries.all(params.InstanceId, params.RepoId) }),
        client.invalidateQueries({ queryKey: keyQueries.root() }),
      ]),
  });
}

export function useSignTag() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'SignRepoTag'>) => callAction('SignRepoTag', params),
    onSuccess: (_data, params) => invalidateRepo(client, params.InstanceId, params.RepoId),
  });
}

/** 模拟篡改: `IMAGE` moves the tag to other content, so its scan state is refreshed too. */
export function useTamperTagSignature() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (params: ActionRequest<'TamperRepoTagSignature'>) => callAction('TamperRepoTagSignature', params),
    onSuccess: (_data, params) => invalidateRepo(client, params.InstanceId, params.RepoId, params.Mode === 'IMAGE'),
  });
}

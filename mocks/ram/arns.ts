/**
 * The resource ARN a call acts on, built from its parameters the way ACR's authorisation docs name
 * resources. Ids (RepoId, NamespaceId, PolicyId, ExceptionId, KeyId) are resolved from the store; an unknown
 * id falls back to the enclosing resource (the instance), so an allowed caller still gets the action's own
 * NOT_EXIST error while a caller without access to the instance gets NoPrivilege.
 */
import { instanceArn, repositoryArn } from '@acr-console/core';
import { MAIN_ACCOUNT_ID } from '@/api/contract/ram';
import type { AcrTransaction, StoreName } from '../store/schema';
import type { ResourceKind } from './ram-actions';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/** The stores `resourceArn` reads. */
export const ARN_STORES: readonly StoreName[] = [
  'instances',
  'namespaces',
  'repositories',
  'deployPolicies',
  'vulnExceptions',
  'kmsKeys',
];

const ACCOUNT = MAIN_ACCOUNT_ID;

/** A parameter as a non-empty string, or undefined. */
function text(params: Readonly<Record<string, unknown>>, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export async function resourceArn(
  tx: AnyTx,
  kind: ResourceKind,
  params: Readonly<Record<string, unknown>>,
): Promise<string> {
  const regionParam = text(params, 'RegionId');
  switch (kind) {
    case 'account':
      return `acs:cr:*:${ACCOUNT}:*`;
    case 'region':
      return `acs:cr:${regionParam ?? '*'}:${ACCOUNT}:*`;
    case 'instances':
      return `acs:cr:${regionParam ?? '*'}:${ACCOUNT}:instance/*`;
    case 'ram':
      return `acs:ram::${ACCOUNT}:*`;
    case 'kms':
      return kmsArn(tx, params);
  }
  const instanceId = text(params, 'InstanceId') ?? '*';
  const instance = instanceId === '*' ? undefined : await tx.objectStore('instances').get(instanceId);
  const region = instance?.RegionId ?? regionParam ?? '*';
  const onInstance = instanceArn(region, ACCOUNT, instanceId);
  if (kind === 'instance') return onInstance;
  if (kind === 'scanrule') return `${onInstance}/scanrule/*`;
  const path = await repoPath(tx, instanceId, params);
  if (!path.namespace) return onInstance;
  if (kind === 'namespace' || !path.repo) return repositoryArn(region, ACCOUNT, instanceId, path.namespace);
  return repositoryArn(region, ACCOUNT, instanceId, path.namespace, path.repo);
}

/** The namespace and repository a call names, directly or through an id. */
async function repoPath(
  tx: AnyTx,
  instanceId: string,
  params: Readonly<Record<string, unknown>>,
): Promise<{ namespace?: string; repo?: string }> {
  const repoId = text(params, 'RepoId');
  if (repoId) {
    const repo = await tx.objectStore('repositories').get(repoId);
    return repo && repo.InstanceId === instanceId ? { namespace: repo.RepoNamespaceName, repo: repo.RepoName } : {};
  }
  const namespaceId = text(params, 'NamespaceId');
  let namespace = text(params, 'NamespaceName') ?? text(params, 'RepoNamespaceName');
  if (!namespace && namespaceId) {
    const record = await tx.objectStore('namespaces').get(namespaceId);
    if (record && record.InstanceId === instanceId) namespace = record.NamespaceName;
  }
  const policyId = text(params, 'PolicyId');
  if (!namespace && policyId) {
    const policy = await tx.objectStore('deployPolicies').get(policyId);
    if (policy && policy.InstanceId === instanceId) namespace = policy.NamespaceName;
  }
  const exceptionId = text(params, 'ExceptionId');
  if (!namespace && exceptionId) {
    const exception = await tx.objectStore('vulnExceptions').get(exceptionId);
    if (exception && exception.InstanceId === instanceId) {
      return { namespace: exception.NamespaceName, repo: exception.RepoName };
    }
  }
  return { namespace, repo: namespace ? text(params, 'RepoName') : undefined };
}

async function kmsArn(tx: AnyTx, params: Readonly<Record<string, unknown>>): Promise<string> {
  const keyId = text(params, 'KeyId');
  let region = text(params, 'RegionId');
  if (keyId && !region) region = (await tx.objectStore('kmsKeys').get(keyId))?.RegionId;
  return `acs:kms:${region ?? '*'}:${ACCOUNT}:key/${keyId ?? '*'}`;
}

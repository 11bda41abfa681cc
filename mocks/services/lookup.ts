/**
 * Precondition checks shared by the services. They run inside the caller's transaction, so what they find
 * still holds when the caller writes.
 */
import type { AcrTransaction, InstanceRecord, NamespaceRecord, RepositoryRecord } from '../store/schema';
import { BusinessFailure, ParameterFailure } from './errors';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/**
 * The instance, or INSTANCE_NOT_EXIST. With `regionId`, an instance of another region does not exist either
 * (each region's endpoint only knows its own instances). With `running`, a stopped or starting instance
 * answers INSTANCE_NOT_RUNNING: it can be read but not changed.
 */
export async function requireInstance(
  tx: AnyTx,
  instanceId: string,
  options: { regionId?: string; running?: boolean } = {},
): Promise<InstanceRecord> {
  const instance = await tx.objectStore('instances').get(instanceId);
  if (!instance || (options.regionId && instance.RegionId !== options.regionId)) {
    throw new BusinessFailure('INSTANCE_NOT_EXIST');
  }
  if (options.running && instance.InstanceStatus !== 'RUNNING') throw new BusinessFailure('INSTANCE_NOT_RUNNING');
  return instance;
}

/** The namespace of that name in the instance, or NAMESPACE_NOT_EXIST. */
export async function requireNamespace(tx: AnyTx, instanceId: string, name: string): Promise<NamespaceRecord> {
  const namespace = await tx.objectStore('namespaces').index('by-instance-name').get([instanceId, name]);
  if (!namespace) throw new BusinessFailure('NAMESPACE_NOT_EXIST');
  return namespace;
}

/** How Get/Update/DeleteRepository address a repository: by id, or by namespace and name. */
export interface RepoLocator {
  InstanceId: string;
  RepoId?: string;
  RepoNamespaceName?: string;
  RepoName?: string;
}

/** The repository a locator points at, or REPO_NOT_EXIST; MissingParameter when it points at nothing. */
export async function requireRepository(tx: AnyTx, locator: RepoLocator): Promise<RepositoryRecord> {
  let repo: RepositoryRecord | undefined;
  if (locator.RepoId) {
    repo = await tx.objectStore('repositories').get(locator.RepoId);
  } else if (locator.RepoNamespaceName && locator.RepoName) {
    repo = await tx
      .objectStore('repositories')
      .index('by-instance-path')
      .get([locator.InstanceId, locator.RepoNamespaceName, locator.RepoName]);
  } else {
    throw new ParameterFailure('MissingParameter', locator.RepoNamespaceName ? 'RepoName' : 'RepoId');
  }
  if (!repo || repo.InstanceId !== locator.InstanceId) throw new BusinessFailure('REPO_NOT_EXIST');
  return repo;
}

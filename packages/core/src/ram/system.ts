/** The system policies ACR documents, and the ARNs of its resources as RAM names them. */
import type { RamPolicy } from './types';

export const FULL_ACCESS_POLICY: RamPolicy = {
  PolicyName: 'AliyunContainerRegistryFullAccess',
  PolicyType: 'System',
  Document: { Version: '1', Statement: [{ Effect: 'Allow', Action: ['cr:*'], Resource: ['*'] }] },
};

export const READ_ONLY_POLICY: RamPolicy = {
  PolicyName: 'AliyunContainerRegistryReadOnlyAccess',
  PolicyType: 'System',
  Document: {
    Version: '1',
    Statement: [{ Effect: 'Allow', Action: ['cr:Get*', 'cr:List*', 'cr:PullRepository'], Resource: ['*'] }],
  },
};

export const SYSTEM_POLICIES: readonly RamPolicy[] = [FULL_ACCESS_POLICY, READ_ONLY_POLICY];

/** `acs:cr:<region>:<account>:instance/<instance>` */
export function instanceArn(regionId: string, accountId: string, instanceId: string): string {
  return `acs:cr:${regionId}:${accountId}:instance/${instanceId}`;
}

/**
 * `acs:cr:<region>:<account>:repository/<instance>[/<namespace>[/<repo>]]` — a namespace is the repository
 * ARN without a repository name, as ACR's authorisation docs define it.
 */
export function repositoryArn(
  regionId: string,
  accountId: string,
  instanceId: string,
  namespace?: string,
  repository?: string,
): string {
  let arn = `acs:cr:${regionId}:${accountId}:repository/${instanceId}`;
  if (namespace !== undefined) arn += `/${namespace}`;
  if (namespace !== undefined && repository !== undefined) arn += `/${repository}`;
  return arn;
}

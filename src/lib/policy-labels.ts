/** Labels of deployment-policy and exception enums, shared by 部署策略 and the scan results (忽略). */
import type {
  ExceptionScopeType,
  IssueLevel,
  PolicyAction,
  PolicyReason,
  VulnException,
} from '@/api/contract/policies';
import type { Locale, MessageKey } from './i18n';

/** 高危 / 中危及以上 / 低危及以上 / 任意级别 (`IssueLevel` is the lowest severity counted). */
export const issueLevelLabel: Record<IssueLevel, MessageKey> = {
  HIGH: 'policies.level.high',
  MEDIUM: 'policies.level.medium',
  LOW: 'policies.level.low',
  UNKNOWN: 'policies.level.unknown',
};

export const policyActionLabel: Record<PolicyAction, MessageKey> = {
  BLOCK: 'policies.action.block',
  BLOCK_RETAG: 'policies.action.block-retag',
  BLOCK_DELETE_TAG: 'policies.action.block-delete-tag',
};

export const exceptionScopeLabel: Record<ExceptionScopeType, MessageKey> = {
  TAG: 'policies.scope.tag',
  REPO: 'policies.scope.repo',
  NAMESPACE: 'policies.scope.namespace',
};

/** A reason as the backend words it, in the console's language. */
export function reasonText(reason: PolicyReason, locale: Locale): string {
  return reason.Message[locale];
}

/** What an exception covers: `ns`, `ns/repo` or `ns/repo:tag`. */
export function exceptionPath(exception: Pick<VulnException, 'NamespaceName' | 'RepoName' | 'Tag' | 'ScopeType'>) {
  if (exception.ScopeType === 'NAMESPACE' || !exception.RepoName) return exception.NamespaceName;
  const repo = `${exception.NamespaceName}/${exception.RepoName}`;
  return exception.ScopeType === 'TAG' && exception.Tag ? `${repo}:${exception.Tag}` : repo;
}

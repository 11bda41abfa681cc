import { signedDigestOfTag } from '@acr-console/core';
import { isLoopbackHost } from '@/api/contract/events';
import type { ScanRuleNotifyMethod, ScanRulePreviewImage, ScanRuleScope } from '@/api/contract/scan-rules';
import { SCAN_RULE_NAME_MAX, SCAN_RULE_NOTIFY_SECRET_MAX, SCAN_RULE_NOTIFY_URL_MAX } from '@/api/contract/scan-rules';
import { checkTagPattern, tagMatcher } from '@/api/contract/tag-pattern';
import type { AcrTransaction, ScanRuleRecord } from '../store/schema';
import { BusinessFailure } from './errors';
import { requireNamespace } from './lookup';

export type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

// ---------------------------------------------------------------------------------------------------------------
// Validation

export function checkRuleName(raw: string): string {
  const name = raw.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (!name || name.length > SCAN_RULE_NAME_MAX || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new BusinessFailure('SCAN_RULE_NAME_ILLEGAL');
  }
  return name;
}

export function checkPattern(pattern: string): (tag: string) => boolean {
  if (checkTagPattern(pattern)) throw new BusinessFailure('SCAN_RULE_PATTERN_ILLEGAL');
  return tagMatcher(pattern);
}

export const unique = (values: readonly string[] | undefined) => [...new Set(values ?? [])];

export interface Scope {
  ScanScope: ScanRuleScope;
  Namespaces: string[];
  RepoNames: string[];
}

/** The scope with duplicates removed, or SCAN_RULE_SCOPE_ILLEGAL. */
export function checkScope(params: { ScanScope: ScanRuleScope; Namespaces?: string[]; RepoNames?: string[] }): Scope {
  const Namespaces = unique(params.Namespaces);
  const RepoNames = unique(params.RepoNames);
  const ok =
    params.ScanScope === 'NAMESPACE'
      ? Namespaces.length > 0 && RepoNames.length === 0
      : Namespaces.length === 1 && RepoNames.length > 0;
  if (!ok) throw new BusinessFailure('SCAN_RULE_SCOPE_ILLEGAL');
  return { ScanScope: params.ScanScope, Namespaces, RepoNames };
}

/** Every namespace (and, for a REPO rule, repository) of the scope exists. */
export async function requireScope(tx: AnyTx, instanceId: string, scope: Scope): Promise<void> {
  for (const name of scope.Namespaces) await requireNamespace(tx, instanceId, name);
  if (scope.ScanScope !== 'REPO') return;
  const namespace = scope.Namespaces[0] as string;
  const repos = tx.objectStore('repositories').index('by-instance-path');
  for (const repoName of scope.RepoNames) {
    if (!(await repos.count([instanceId, namespace, repoName]))) throw new BusinessFailure('REPO_NOT_EXIST');
  }
}

export interface Notify {
  NotifyMethod?: ScanRuleNotifyMethod;
  NotifyUrl?: string;
  NotifySecret?: string;
}

export const SCHEME: Record<ScanRuleNotifyMethod, string> = {
  DING_TALK: 'https://',
  HTTP: 'http://',
  HTTPS: 'https://',
};

/** The console-only notification settings, normalised; SCAN_RULE_NOTIFY_ILLEGAL when inconsistent. */
export function checkNotify(params: Notify): Notify {
  const url = params.NotifyUrl?.trim() ?? '';
  const secret = params.NotifySecret?.trim() ?? '';
  if (!params.NotifyMethod) {
    if (url || secret) throw new BusinessFailure('SCAN_RULE_NOTIFY_ILLEGAL');
    return {};
  }
  const scheme = SCHEME[params.NotifyMethod];
  // A DingTalk robot on a loopback host (a local stand-in) may be plain http://, as for event rules.
  let valid =
    url.length > scheme.length &&
    url.length <= SCAN_RULE_NOTIFY_URL_MAX &&
    (url.startsWith(scheme) || (params.NotifyMethod === 'DING_TALK' && url.startsWith('http://')));
  if (valid) {
    try {
      const host = new URL(url).hostname;
      valid = Boolean(host) && (url.startsWith(scheme) || isLoopbackHost(host));
    } catch {
      valid = false;
    }
  }
  if (!valid || secret.length > SCAN_RULE_NOTIFY_SECRET_MAX) throw new BusinessFailure('SCAN_RULE_NOTIFY_ILLEGAL');
  if (secret && params.NotifyMethod !== 'DING_TALK') throw new BusinessFailure('SCAN_RULE_NOTIFY_ILLEGAL');
  return { NotifyMethod: params.NotifyMethod, NotifyUrl: url, ...(secret ? { NotifySecret: secret } : {}) };
}

/** Batch scanning pulls images over the instance's VPC: INSTANCE_VPC_REQUIRED without a linked one. */
export async function requireLinkedVpc(tx: AnyTx, instanceId: string): Promise<void> {
  if (!(await tx.objectStore('linkedVpcs').index('by-instance').count(instanceId))) {
    throw new BusinessFailure('INSTANCE_VPC_REQUIRED');
  }
}

export async function requireRule(tx: AnyTx, instanceId: string, scanRuleId: string): Promise<ScanRuleRecord> {
  const rule = await tx.objectStore('scanRules').get(scanRuleId);
  if (!rule || rule.InstanceId !== instanceId) throw new BusinessFailure('SCAN_RULE_NOT_EXIST');
  return rule;
}

export function rethrowDuplicateRule(error: unknown): never {
  if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure('SCAN_RULE_ALREADY_EXIST');
  throw error;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

export const byPath = (a: ScanRulePreviewImage, b: ScanRulePreviewImage) =>
  a.Namespace.localeCompare(b.Namespace) || a.RepoName.localeCompare(b.RepoName) || a.Tag.localeCompare(b.Tag);

/**
 * The tags the scope and filter match now, in namespace, repo, tag order. Namespaces and repositories that
 * no longer exist match nothing; tags being deleted are skipped.
 */
export async function matchImages(
  tx: AnyTx,
  instanceId: string,
  scope: Scope,
  matches: (tag: string) => boolean,
): Promise<ScanRulePreviewImage[]> {
  const repositories = tx.objectStore('repositories');
  const repos =
    scope.ScanScope === 'NAMESPACE'
      ? (
          await Promise.all(scope.Namespaces.map((ns) => repositories.index('by-namespace').getAll([instanceId, ns])))
        ).flat()
      : (
          await Promise.all(
            scope.RepoNames.map((name) =>
              repositories.index('by-instance-path').get([instanceId, scope.Namespaces[0] as string, name]),
            ),
          )
        ).filter((repo) => repo !== undefined);
  const images: ScanRulePreviewImage[] = [];
  for (const repo of repos) {
    if (repo.RepoStatus !== 'NORMAL') continue;
    for (const tag of await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId)) {
      // Signature artifacts (`sha256-<hex>.sig`) are not images to scan.
      if (tag.Status !== 'NORMAL' || signedDigestOfTag(tag.Tag) || !matches(tag.Tag)) continue;
      images.push({
        Namespace: repo.RepoNamespaceName,
        RepoName: repo.RepoName,
        RepoId: repo.RepoId,
        Tag: tag.Tag,
        Digest: tag.Digest,
      });
    }
  }
  return images.sort(byPath);
}

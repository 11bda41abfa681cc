/**
 * Validation of event rules: the name, the scope, the tag filter and the `EventConfig` JSON string, plus how a
 * rule is shown (DingTalk secret masked) and which events it matches.
 */
import {
  type EventConfig,
  EventConfigSchema,
  type EventNotifyMethod,
  type EventRule,
  type EventScope,
  isLoopbackHost,
} from '@/api/contract/events';
import type { ScanSeverity, ScanSummary } from '@/api/contract/scans';
import { checkTagPattern, tagMatcher } from '@/api/contract/tag-pattern';
import type { EventRuleRecord } from '../store/schema';
import { BusinessFailure } from './errors';
import { type AnyTx, requireScope, unique } from './scan-rule-checks';

export const EVENT_RULE_NAME_MAX = 64;
const URL_MAX = 1024;
const SECRET_MAX = 256;

/** Which scheme each method's address must use. */
export const EVENT_SCHEME: Record<EventNotifyMethod, string> = {
  dingding: 'https://',
  http: 'http://',
  https: 'https://',
};

/**
 * Whether `url` is an absolute address with a host and the `scheme` its method needs. With `loopbackHttp`, a
 * loopback host may use `http://` instead of `https://` (a local stand-in DingTalk robot).
 */
export function schemeFits(url: string, scheme: string, loopbackHttp: boolean): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!parsed.hostname) return false;
  const lower = url.toLowerCase();
  if (lower.startsWith(scheme) && url.length > scheme.length) return true;
  return loopbackHttp && lower.startsWith('http://') && isLoopbackHost(parsed.hostname);
}

export function checkEventRuleName(raw: string): string {
  const name = raw.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (!name || name.length > EVENT_RULE_NAME_MAX || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new BusinessFailure('EVENT_RULE_NAME_ILLEGAL');
  }
  return name;
}

export function checkEventPattern(pattern: string): void {
  if (checkTagPattern(pattern)) throw new BusinessFailure('EVENT_RULE_PATTERN_ILLEGAL');
}

export interface EventScopeValue {
  EventScope: EventScope;
  Namespaces: string[];
  RepoNames: string[];
}

/** The scope with duplicates removed, or EVENT_RULE_SCOPE_ILLEGAL. */
export function checkEventScope(params: {
  EventScope: EventScope;
  Namespaces?: string[];
  RepoNames?: string[];
}): EventScopeValue {
  const Namespaces = unique(params.Namespaces);
  const RepoNames = unique(params.RepoNames);
  const ok =
    params.EventScope === 'INSTANCE'
      ? Namespaces.length === 0 && RepoNames.length === 0
      : params.EventScope === 'NAMESPACE'
        ? Namespaces.length > 0 && RepoNames.length === 0
        : Namespaces.length === 1 && RepoNames.length > 0;
  if (!ok) throw new BusinessFailure('EVENT_RULE_SCOPE_ILLEGAL');
  return { EventScope: params.EventScope, Namespaces, RepoNames };
}

/** Every namespace (and repository) of the scope exists: NAMESPACE_NOT_EXIST / REPO_NOT_EXIST otherwise. */
export async function requireEventScope(tx: AnyTx, instanceId: string, scope: EventScopeValue): Promise<void> {
  if (scope.EventScope === 'INSTANCE') return;
  await requireScope(tx, instanceId, {
    ScanScope: scope.EventScope,
    Namespaces: scope.Namespaces,
    RepoNames: scope.RepoNames,
  });
}

/**
 * Parses `EventConfig` leniently, as the real service must (its documentation's example has a trailing comma):
 * a comma before `}` or `]` is dropped, then it must be JSON matching `EventConfigSchema`, with an address whose
 * scheme fits the method. A secret only belongs to DingTalk; an empty one is no secret. EVENT_CONFIG_ILLEGAL
 * otherwise. `previous` lets a form send the masked secret back unchanged.
 */
export function parseEventConfig(raw: string, previous?: EventConfig): EventConfig {
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/,(\s*[}\]])/g, '$1'));
  } catch {
    throw new BusinessFailure('EVENT_CONFIG_ILLEGAL');
  }
  const parsed = EventConfigSchema.safeParse(json);
  if (!parsed.success) throw new BusinessFailure('EVENT_CONFIG_ILLEGAL');
  const config = parsed.data;
  const url = config.notifyConfig.Url.trim();
  const scheme = EVENT_SCHEME[config.notifyMethod];
  const valid = url.length <= URL_MAX && schemeFits(url, scheme, config.notifyMethod === 'dingding');
  let secret = config.notifyConfig.Secret?.trim() ?? '';
  if (previous?.notifyConfig.Secret && secret === maskSecret(previous.notifyConfig.Secret)) {
    secret = previous.notifyConfig.Secret;
  }
  if (!valid || secret.length > SECRET_MAX || (secret && config.notifyMethod !== 'dingding')) {
    throw new BusinessFailure('EVENT_CONFIG_ILLEGAL');
  }
  return {
    notifyMethod: config.notifyMethod,
    notifyConfig: {
      Url: url,
      ...(secret ? { Secret: secret } : {}),
      ...(config.notifyConfig.id ? { id: config.notifyConfig.id } : {}),
    },
    ...(config.notifyFilter ? { notifyFilter: config.notifyFilter } : {}),
    ...(config.retry ? { retry: config.retry } : {}),
    ...(config.envelope ? { envelope: config.envelope } : {}),
  };
}

/** `SEC1234…` → `SEC1****`. */
export function maskSecret(secret: string): string {
  return `${secret.slice(0, 4)}****`;
}

/** A rule as the API shows it: the DingTalk secret masked. */
export function ruleView(rule: EventRuleRecord): EventRule {
  const { Secret, ...notifyConfig } = rule.EventConfig.notifyConfig;
  return {
    ...rule,
    EventConfig: {
      ...rule.EventConfig,
      notifyConfig: { ...notifyConfig, ...(Secret ? { Secret: maskSecret(Secret) } : {}) },
    },
  };
}

/** Whether the rule's scope and tag filter cover `namespace/repo:tag`. */
export function ruleCovers(
  rule: EventRuleRecord,
  image: { namespace: string; repoName: string; tag: string },
): boolean {
  if (rule.EventScope === 'NAMESPACE' && !rule.Namespaces.includes(image.namespace)) return false;
  if (rule.EventScope === 'REPO') {
    if (rule.Namespaces[0] !== image.namespace || !rule.RepoNames.includes(image.repoName)) return false;
  }
  try {
    return tagMatcher(rule.RepoTagFilterPattern)(image.tag);
  } catch {
    return false;
  }
}

/** Levels at or above each threshold. */
const AT_OR_ABOVE: Record<Exclude<NonNullable<EventConfig['notifyFilter']>['Severity'], undefined>, ScanSeverity[]> = {
  ANY: [],
  UNKNOWN: ['High', 'Medium', 'Low', 'Unknown'],
  LOW: ['High', 'Medium', 'Low'],
  MEDIUM: ['High', 'Medium'],
  HIGH: ['High'],
};

const SUMMARY_FIELD: Record<ScanSeverity, keyof ScanSummary> = {
  High: 'HighSeverity',
  Medium: 'MediumSeverity',
  Low: 'LowSeverity',
  Unknown: 'UnknownSeverity',
};

/**
 * Whether a finished scan passes the rule's severity threshold: ANY (or none) always; a level when at least one
 * finding is at that level or worse. A FAILED scan always notifies: a failure is worth knowing about.
 */
export function passesThreshold(config: EventConfig, status: 'COMPLETE' | 'FAILED', summary: ScanSummary): boolean {
  const threshold = config.notifyFilter?.Severity ?? 'ANY';
  if (status === 'FAILED' || threshold === 'ANY') return true;
  return AT_OR_ABOVE[threshold].some((level) => summary[SUMMARY_FIELD[level]] > 0);
}

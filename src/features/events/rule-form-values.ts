import type {
  EventNotifyMethod,
  EventRule,
  EventScope,
  EventSeverityThreshold,
  EventType,
} from '@/api/contract/events';
import { buildEventConfig, DEFAULT_RETRIES } from './event-config';

export interface RuleFormValues {
  RuleName: string;
  EventType: EventType;
  EventScope: EventScope;
  /** 命名空间 scope: several namespaces. */
  Namespaces: string[];
  /** 镜像仓库 scope: one namespace and its repositories. */
  Namespace?: string;
  RepoNames: string[];
  RepoTagFilterPattern: string;
  Severity: EventSeverityThreshold;
  NotifyMethod: EventNotifyMethod;
  Url: string;
  Secret: string;
  Envelope: 'plain' | 'cloudevents';
  Retries: number;
}

export const RULE_NAME_MAX = 64;

/** Backend errors that belong to one field: shown there. */
export const FIELD_ERRORS: Record<string, (scope: EventScope) => keyof RuleFormValues> = {
  EVENT_RULE_NAME_ILLEGAL: () => 'RuleName',
  EVENT_RULE_ALREADY_EXIST: () => 'RuleName',
  EVENT_RULE_PATTERN_ILLEGAL: () => 'RepoTagFilterPattern',
  EVENT_RULE_SCOPE_ILLEGAL: (scope) => (scope === 'REPO' ? 'RepoNames' : 'Namespaces'),
  NAMESPACE_NOT_EXIST: (scope) => (scope === 'REPO' ? 'Namespace' : 'Namespaces'),
  REPO_NOT_EXIST: () => 'RepoNames',
  EVENT_CONFIG_ILLEGAL: () => 'Url',
};

/** The form filled from a stored rule (the secret stays blank: blank keeps it), or the defaults. */
export function initialRuleValues(rule?: EventRule): RuleFormValues {
  const config = rule?.EventConfig;
  return {
    RuleName: rule?.RuleName ?? '',
    EventType: rule?.EventType ?? 'cr:Artifact:ScanCompleted',
    EventScope: rule?.EventScope ?? 'INSTANCE',
    Namespaces: rule?.EventScope === 'NAMESPACE' ? rule.Namespaces : [],
    Namespace: rule?.EventScope === 'REPO' ? rule.Namespaces[0] : undefined,
    RepoNames: rule?.EventScope === 'REPO' ? rule.RepoNames : [],
    RepoTagFilterPattern: rule?.RepoTagFilterPattern ?? '.*',
    Severity: config?.notifyFilter?.Severity ?? 'ANY',
    NotifyMethod: config?.notifyMethod ?? 'dingding',
    Url: config?.notifyConfig.Url ?? '',
    Secret: '',
    Envelope: config?.envelope ?? 'plain',
    Retries: config?.retry?.Retries ?? DEFAULT_RETRIES,
  };
}

/**
 * The create/update fields of the form's values. `maskedSecret` is the stored secret as the API shows it: a
 * blank secret field sends it back unchanged, which the backend reads as "keep the stored secret".
 */
export function ruleRequestFields(values: RuleFormValues, maskedSecret?: string) {
  const repo = values.EventScope === 'REPO';
  return {
    RuleName: values.RuleName.trim(),
    EventType: values.EventType,
    EventScope: values.EventScope,
    Namespaces: repo ? [values.Namespace ?? ''] : values.EventScope === 'NAMESPACE' ? values.Namespaces : [],
    RepoNames: repo ? values.RepoNames : [],
    RepoTagFilterPattern: values.RepoTagFilterPattern,
    EventConfig: buildEventConfig({
      method: values.NotifyMethod,
      url: values.Url,
      secret: values.Secret?.trim() ? values.Secret : maskedSecret,
      envelope: values.Envelope,
      retries: values.Retries,
      severity: values.EventType === 'cr:Artifact:ScanCompleted' ? values.Severity : undefined,
    }),
  };
}

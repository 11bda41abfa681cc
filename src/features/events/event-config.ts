/** `EventConfig` as the JSON string the API takes, and the display form of a notification address. */
import type { EventConfig, EventNotifyMethod, EventSeverityThreshold } from '@/api/contract/events';

export const DEFAULT_RETRIES = 3;
export const MAX_RETRIES = 5;

/** The URL scheme each notification method requires (as the backend checks it). */
export const NOTIFY_SCHEME: Record<EventNotifyMethod, 'http' | 'https'> = {
  dingding: 'https',
  http: 'http',
  https: 'https',
};

export interface NotifyValues {
  method: EventNotifyMethod;
  url: string;
  /** DingTalk only; blank keeps the stored secret when editing. */
  secret?: string;
  envelope: 'plain' | 'cloudevents';
  retries: number;
  /** Scan events only. */
  severity?: EventSeverityThreshold;
}

/** The `EventConfig` string of a rule (see the header of `src/api/contract/events.ts`). */
export function buildEventConfig(values: NotifyValues): string {
  const secret = values.method === 'dingding' ? values.secret?.trim() : undefined;
  const config: EventConfig = {
    notifyMethod: values.method,
    notifyConfig: { Url: values.url.trim(), ...(secret ? { Secret: secret } : {}) },
    ...(values.severity ? { notifyFilter: { Severity: values.severity } } : {}),
    retry: { Retries: values.retries },
    ...(values.method === 'dingding' ? {} : { envelope: values.envelope }),
  };
  return JSON.stringify(config);
}

/** An address for tables: a DingTalk `access_token` shortened to its first characters. */
export function shortenTarget(url: string): string {
  return url.replace(/([?&]access_token=)([^&]{8})[^&]+/, '$1$2…');
}

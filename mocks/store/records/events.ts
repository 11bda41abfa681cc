import type {
  DemoReceiverMessage,
  EventAttempt,
  EventNotifyMethod,
  EventRecord,
  EventRule,
} from '@/api/contract/events';

/** An event rule (schema v6): the API's `EventRule` with its config unmasked. */
export type EventRuleRecord = EventRule;

/** What a delivery sends, kept so 重新发送 can send the same request again (never exposed as such). */
export interface EventDeliveryRecord {
  /** The address, unsigned: a DingTalk request is signed when it is sent. */
  Url: string;
  Method: EventNotifyMethod;
  Headers: Record<string, string>;
  Body: string;
  /** DingTalk 加签密钥 at the time of the event. */
  Secret?: string;
  Retries: number;
}

/**
 * One delivery of one event to one target (schema v6), with every attempt. `Attempts` of the API is the length
 * of `AttemptList`.
 */
export interface EventRecordRecord extends Omit<EventRecord, 'Attempts'> {
  AttemptList: EventAttempt[];
  Delivery: EventDeliveryRecord;
  /** The backend instance (page load) delivering it, and its last sign of life (see scan tasks). */
  RunnerId: string;
  HeartbeatTime: number;
  /** The scan task or push that fired it, for tracing. */
  Trigger?: string;
}

/** A request the in-app demo receiver answered (schema v6). */
export type DemoReceiverMessageRecord = DemoReceiverMessage;

/** Exhaustive maps from the 事件中心 enums to catalog keys. */
import type {
  EVENT_RECORD_SOURCES,
  EventNotifyMethod,
  EventRecordStatus,
  EventScope,
  EventSeverityThreshold,
  EventType,
} from '@/api/contract/events';
import type { BadgeStatus } from '@/lib/enum-labels';
import type { MessageKey } from '@/lib/i18n';

export const eventTypeLabel: Record<EventType, MessageKey> = {
  'cr:Artifact:ScanCompleted': 'events.type.scan',
  'cr:Artifact:PushCompleted': 'events.type.push',
  'cr:Artifact:SigningCompleted': 'events.type.signing',
  'cr:Artifact:BuildCompleted': 'events.type.build',
  'cr:Artifact:SynchronizationCompleted': 'events.type.sync',
};

export const eventScopeLabel: Record<EventScope, MessageKey> = {
  INSTANCE: 'events.scope.instance',
  NAMESPACE: 'events.scope.namespace',
  REPO: 'events.scope.repo',
};

export const notifyMethodLabel: Record<EventNotifyMethod, MessageKey> = {
  dingding: 'events.method.dingding',
  http: 'events.method.http',
  https: 'events.method.https',
};

export const severityThresholdLabel: Record<EventSeverityThreshold, MessageKey> = {
  ANY: 'events.severity.any',
  UNKNOWN: 'events.severity.unknown',
  LOW: 'events.severity.low',
  MEDIUM: 'events.severity.medium',
  HIGH: 'events.severity.high',
};

export const recordStatusLabel: Record<EventRecordStatus, MessageKey> = {
  PENDING: 'events.status.pending',
  SUCCESS: 'events.status.success',
  FAILED: 'events.status.failed',
};

export const recordStatusBadge: Record<EventRecordStatus, BadgeStatus> = {
  PENDING: 'processing',
  SUCCESS: 'success',
  FAILED: 'error',
};

export const recordSourceLabel: Record<(typeof EVENT_RECORD_SOURCES)[number], MessageKey> = {
  EVENT_RULE: 'events.source.event-rule',
  SCAN_RULE: 'events.source.scan-rule',
  TEST: 'events.source.test',
  REPORT_SCHEDULE: 'events.source.report-schedule',
};

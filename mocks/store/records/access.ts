import type { EventNotifyMethod } from '@/api/contract/events';
import type { AuditLog, RamAttachment, RamGroup, RamPolicy, RamUser } from '@/api/contract/ram';
import type { ReportExportFormat, ReportFrequency } from '@/api/contract/reports';

/** A RAM user (schema v8); `Groups` is the membership, kept on the user. */
export type RamUserRecord = RamUser;

/** A RAM group (schema v8); members are derived from the users' `Groups`. */
export type RamGroupRecord = Omit<RamGroup, 'Members'>;

/** A custom RAM policy (schema v8); system policies live in code. */
export type RamPolicyRecord = Omit<RamPolicy, 'AttachmentCount'>;

/** A policy attached to a user or a group (schema v8). */
export type RamAttachmentRecord = RamAttachment;

/** One audited call (schema v8). */
export type AuditLogRecord = AuditLog;

/** A scheduled security report (schema v8), delivered through a notification channel. */
export interface ReportScheduleRecord {
  ScheduleId: string;
  InstanceId: string;
  Name: string;
  /** How often it is sent. */
  Frequency: ReportFrequency;
  Format: ReportExportFormat;
  NotifyMethod: EventNotifyMethod;
  NotifyUrl: string;
  NotifySecret?: string;
  Enabled: boolean;
  CreateTime: number;
  LastRunTime?: number;
  /** The event record of the last delivery. */
  LastRecordId?: string;
  NextRunTime: number;
}

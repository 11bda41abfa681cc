/**
 * Scheduled security reports (console-only, 定时报告): `CreateReportSchedule`, `ListReportSchedule`,
 * `DeleteReportSchedule`, `RunReportSchedule`. A delivery is an event record (事件记录), sent, retried and
 * resendable by the event machinery: DingTalk gets a markdown summary, http/https a JSON body with the summary
 * and the exported file.
 *
 * No timers: due schedules run when the backend starts and whenever a report action is called, by
 * `ctx.clock`. A missed period is sent once, not once per period missed. Which run is whose is decided in a
 * write transaction (the schedule's `NextRunTime` moves first), so two tabs never send the same run twice.
 *
 * Whose view a delivery is: the identity that created the schedule (`Owner`), judged at send time, whoever's
 * call happens to trigger the send or presses 立即发送. A due run must not depend on who is clicking at
 * 09:00, and nobody receives through a schedule more than its creator may read. Schedules stored before
 * owners were recorded are the main account's (only it could create them then).
 */
import type { ActionParams } from '@/api/contract/actions';
import { MAIN_ACCOUNT_NAME } from '@/api/contract/ram';
import type { ReportSchedule, SecurityReport } from '@/api/contract/reports';
import { ID_PREFIX } from '@/api/contract/wire';
import { sessionIdentity } from '../ram/visibility';
import type { EventRecordRecord, ReportScheduleRecord as StoredSchedule } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { displayTarget, enqueueDelivery } from './event-delivery';
import { DEFAULT_RETRIES } from './event-fire';
import { securityReportFile } from './exports';
import { newId } from './ids';
import { requireInstance } from './lookup';
import type { Payload } from './payload';
import { shanghaiDate } from './report-data';
import { securityReport } from './report-security';

/** A stored schedule and the identity whose view it delivers (absent on schedules older than owners). */
type ReportScheduleRecord = StoredSchedule & { Owner?: string };

/** Console-only id prefix of a report schedule. */
export const REPORT_SCHEDULE_PREFIX = 'crrpt-';

const DAY = 86_400_000;
/** Reports go out at 09:00 Asia/Shanghai; weekly ones on Mondays. */
const SEND_HOUR = 9;

/** The first send time strictly after `from`. */
export function nextRunTime(from: number, frequency: ReportScheduleRecord['Frequency']): number {
  let day = Date.parse(`${shanghaiDate(from)}T0${SEND_HOUR}:00:00+08:00`);
  for (;;) {
    const weekday = new Date(day + 8 * 3_600_000).getUTCDay();
    if (day > from && (frequency === 'DAILY' || weekday === 1)) return day;
    day += DAY;
  }
}

/** A DAILY report covers the last 7 days, a WEEKLY one the last 30. */
export const scheduleDays = (frequency: ReportScheduleRecord['Frequency']) => (frequency === 'DAILY' ? 7 : 30);

function view(record: ReportScheduleRecord): ReportSchedule {
  const { NotifySecret, Owner, ...rest } = record;
  return { ...rest, Owner: Owner ?? MAIN_ACCOUNT_NAME, HasSecret: Boolean(NotifySecret) };
}

function checkUrl(method: ReportScheduleRecord['NotifyMethod'], url: string): void {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new BusinessFailure('REPORT_SCHEDULE_ILLEGAL');
  }
  const wanted = method === 'http' ? 'http:' : 'https:';
  if (parsed.protocol !== wanted) throw new BusinessFailure('REPORT_SCHEDULE_ILLEGAL');
}

export async function createReportSchedule(
  ctx: ServiceContext,
  params: ActionParams<'CreateReportSchedule'>,
): Promise<Payload<'CreateReportSchedule'>> {
  checkUrl(params.NotifyMethod, params.NotifyUrl);
  const now = ctx.clock.now();
  const record: ReportScheduleRecord = {
    ScheduleId: newId(REPORT_SCHEDULE_PREFIX),
    Owner: (await sessionIdentity(ctx)) ?? MAIN_ACCOUNT_NAME,
    InstanceId: params.InstanceId,
    Name: params.Name,
    Frequency: params.Frequency,
    Format: params.Format,
    NotifyMethod: params.NotifyMethod,
    NotifyUrl: params.NotifyUrl,
    ...(params.NotifySecret ? { NotifySecret: params.NotifySecret } : {}),
    Enabled: true,
    CreateTime: now,
    NextRunTime: nextRunTime(now, params.Frequency),
  };
  await write(ctx.store, ['instances', 'reportSchedules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    await tx.objectStore('reportSchedules').put(record);
  });
  return { ScheduleId: record.ScheduleId };
}

export async function listReportSchedule(
  ctx: ServiceContext,
  params: ActionParams<'ListReportSchedule'>,
): Promise<Payload<'ListReportSchedule'>> {
  await runDueReportSchedules(ctx);
  const records = await read(ctx.store, ['instances', 'reportSchedules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('reportSchedules').index('by-instance').getAll(params.InstanceId);
  });
  records.sort((a, b) => b.CreateTime - a.CreateTime || a.ScheduleId.localeCompare(b.ScheduleId));
  return { Schedules: records.map(view), TotalCount: records.length };
}

async function requireSchedule(ctx: ServiceContext, instanceId: string, scheduleId: string) {
  const record = await read(ctx.store, ['reportSchedules'], (tx) => tx.objectStore('reportSchedules').get(scheduleId));
  if (!record || record.InstanceId !== instanceId) throw new BusinessFailure('REPORT_SCHEDULE_NOT_EXIST');
  return record;
}

export async function deleteReportSchedule(
  ctx: ServiceContext,
  params: ActionParams<'DeleteReportSchedule'>,
): Promise<Payload<'DeleteReportSchedule'>> {
  await requireSchedule(ctx, params.InstanceId, params.ScheduleId);
  await write(ctx.store, ['reportSchedules'], (tx) => tx.objectStore('reportSchedules').delete(params.ScheduleId));
  return {};
}

/** 立即发送. */
export async function runReportSchedule(
  ctx: ServiceContext,
  params: ActionParams<'RunReportSchedule'>,
): Promise<Payload<'RunReportSchedule'>> {
  const schedule = await requireSchedule(ctx, params.InstanceId, params.ScheduleId);
  const record = await sendReport(ctx, schedule);
  await write(ctx.store, ['reportSchedules'], async (tx) => {
    const current = await tx.objectStore('reportSchedules').get(schedule.ScheduleId);
    if (current) {
      await tx
        .objectStore('reportSchedules')
        .put({ ...current, LastRunTime: record.CreateTime, LastRecordId: record.RecordId });
    }
  });
  const now = await read(ctx.store, ['eventRecords'], (tx) => tx.objectStore('eventRecords').get(record.RecordId));
  return { RecordId: record.RecordId, DeliveryStatus: now?.Status ?? record.Status };
}

/** Sends every enabled schedule whose time has come. Never throws: a report action must not fail for it. */
export async function runDueReportSchedules(ctx: ServiceContext): Promise<void> {
  try {
    const now = ctx.clock.now();
    const due = (await read(ctx.store, ['reportSchedules'], (tx) => tx.objectStore('reportSchedules').getAll())).filter(
      (s) => s.Enabled && s.NextRunTime <= now,
    );
    for (const schedule of due) {
      const claimed = await write(ctx.store, ['reportSchedules'], async (tx) => {
        const current = await tx.objectStore('reportSchedules').get(schedule.ScheduleId);
        if (!current?.Enabled || current.NextRunTime > now) return undefined;
        const next = { ...current, LastRunTime: now, NextRunTime: nextRunTime(now, current.Frequency) };
        await tx.objectStore('reportSchedules').put(next);
        return next;
      });
      if (!claimed) continue;
      const record = await sendReport(ctx, claimed);
      await write(ctx.store, ['reportSchedules'], async (tx) => {
        const current = await tx.objectStore('reportSchedules').get(claimed.ScheduleId);
        if (current) await tx.objectStore('reportSchedules').put({ ...current, LastRecordId: record.RecordId });
      });
    }
  } catch (error) {
    console.error('[mock backend] scheduled reports failed:', error);
  }
}

function markdown(schedule: ReportScheduleRecord, instanceName: string, report: SecurityReport, link: string) {
  const { Raw, Effective } = report.Levels;
  const lines = [
    `### 安全报告：${schedule.Name}`,
    `**实例**：${instanceName}（${schedule.InstanceId}）`,
    '',
    `- 镜像 ${report.ArtifactsTotal} 个，已扫描 ${report.ArtifactsScanned} 个`,
    `- 漏洞 ${Raw.Total} 个：高危 ${Raw.High}，中危 ${Raw.Medium}，低危 ${Raw.Low}，未知 ${Raw.Unknown}`,
    `- 忽略后 ${Effective.Total} 个（高危 ${Effective.High}）`,
    ...(report.TopImages.length
      ? [
          '',
          '**风险最高的镜像**',
          ...report.TopImages.map((i) => `- ${i.Namespace}/${i.RepoName}:${i.Tag}：高危 ${i.High}，共 ${i.Total}`),
        ]
      : []),
    '',
    `[查看安全报告](${link})`,
  ];
  return { msgtype: 'markdown', markdown: { title: `安全报告：${schedule.Name}`, text: lines.join('\n') } };
}

/** Computes the report, writes the PENDING event record and starts its delivery. */
async function sendReport(ctx: ServiceContext, schedule: ReportScheduleRecord): Promise<EventRecordRecord> {
  const instance = await read(ctx.store, ['instances'], (tx) => requireInstance(tx, schedule.InstanceId));
  const report = await securityReport(
    ctx,
    { InstanceId: schedule.InstanceId, Days: scheduleDays(schedule.Frequency) },
    { identity: schedule.Owner ?? MAIN_ACCOUNT_NAME },
  );
  const link = `${ctx.consoleUrl ?? '/'}${instance.RegionId}/instances/${instance.InstanceId}/reports`;
  const { Trend: _t, FixProgress: _f, ...summary } = report;
  const body =
    schedule.NotifyMethod === 'dingding'
      ? markdown(schedule, instance.InstanceName, report, link)
      : {
          type: 'acr:SecurityReport',
          schedule: { ScheduleId: schedule.ScheduleId, Name: schedule.Name, Frequency: schedule.Frequency },
          instance: {
            InstanceId: instance.InstanceId,
            InstanceName: instance.InstanceName,
            RegionId: instance.RegionId,
          },
          link,
          report: summary,
          file: securityReportFile(report, schedule.Format, 'zh-CN'),
        };
  const now = ctx.clock.now();
  const record: EventRecordRecord = {
    RecordId: newId(ID_PREFIX.eventRecord),
    RuleId: schedule.ScheduleId,
    RuleName: schedule.Name,
    InstanceId: schedule.InstanceId,
    // The event types are the real ones; a report summarises scan results, so it is filed with them.
    EventType: 'cr:Artifact:ScanCompleted',
    EventChannel: 'EVENT_BRIDGE',
    EventNotifyMethod: schedule.NotifyMethod,
    EventNotifyId: crypto.randomUUID(),
    Namespace: '',
    RepoName: '',
    Tag: '',
    CreateTime: now,
    UpdateTime: now,
    Source: 'REPORT_SCHEDULE',
    Status: 'PENDING',
    Target: displayTarget(schedule.NotifyUrl),
    AttemptList: [],
    Delivery: {
      Url: schedule.NotifyUrl,
      Method: schedule.NotifyMethod,
      Headers: { 'Content-Type': 'application/json; charset=utf-8' },
      Body: JSON.stringify(body),
      ...(schedule.NotifySecret ? { Secret: schedule.NotifySecret } : {}),
      Retries: DEFAULT_RETRIES,
    },
    RunnerId: ctx.scans.runnerId,
    HeartbeatTime: now,
    Trigger: `report-schedule:${schedule.ScheduleId}`,
  };
  await enqueueDelivery(ctx, record);
  return record;
}

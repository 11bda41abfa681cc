import { beforeEach, describe, expect, it } from 'vitest';
import { verifyDingTalkRequest } from '../events';
import { backend } from '../node';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';
import { dingTalkReply, finishedRecord, installFakeNetwork, settled } from '../testing/events';
import { prodTag, scanTag } from '../testing/reports';
import { nextRunTime } from './report-schedules';

const net = installFakeNetwork();
let InstanceId: string;

beforeEach(async () => {
  InstanceId = (await instanceByName('acr-prod-hz')).InstanceId;
});

const HOOK = 'https://hooks.example.com/acr-report';
const ROBOT = 'https://oapi.dingtalk.com/robot/send?access_token=reportrobot1234';

describe('report schedules', () => {
  it('sends the report now as JSON to an https hook, as an event record', async () => {
    await scanTag(await prodTag('web-api', '1.4.2'));
    const { ScheduleId } = await callAction('CreateReportSchedule', {
      InstanceId,
      Name: 'weekly to SOC',
      Frequency: 'WEEKLY',
      Format: 'CSV',
      NotifyMethod: 'https',
      NotifyUrl: HOOK,
    });
    const run = await callAction('RunReportSchedule', { InstanceId, ScheduleId });
    await settled();
    const record = await finishedRecord(InstanceId, run.RecordId);
    expect(record.Record).toMatchObject({ Status: 'SUCCESS', RuleId: ScheduleId, RuleName: 'weekly to SOC' });

    expect(net.requests).toHaveLength(1);
    const request = net.requests[0];
    expect(request?.url).toBe(HOOK);
    const body = JSON.parse(request?.body ?? '{}');
    const report = await callAction('GetSecurityReport', { InstanceId, RegionId: 'cn-hangzhou', Days: 30 });
    expect(body).toMatchObject({
      type: 'acr:SecurityReport',
      schedule: { ScheduleId, Frequency: 'WEEKLY' },
      report: { ArtifactsTotal: report.ArtifactsTotal, Levels: report.Levels },
      file: { MediaType: 'text/csv' },
    });
    expect(body.file.Content).toContain('# TopImages');

    const { Schedules } = await callAction('ListReportSchedule', { InstanceId });
    expect(Schedules).toHaveLength(1);
    expect(Schedules[0]).toMatchObject({ ScheduleId, HasSecret: false, LastRecordId: run.RecordId });
    expect(Schedules[0]).not.toHaveProperty('NotifySecret');
  }, 60_000);

  it('sends a due DingTalk report when a report action runs, signed, as a markdown summary, once', async () => {
    await callAction('UpdateDemoReceiver', { Enabled: false });
    net.answer = () => dingTalkReply();
    const { ScheduleId } = await callAction('CreateReportSchedule', {
      InstanceId,
      Name: 'daily',
      Frequency: 'DAILY',
      Format: 'HTML',
      NotifyMethod: 'dingding',
      NotifyUrl: ROBOT,
      NotifySecret: 'SECreport',
    });
    const [created] = (await callAction('ListReportSchedule', { InstanceId })).Schedules;
    expect(created?.NextRunTime).toBe(nextRunTime(Date.now(), 'DAILY'));
    expect(created?.HasSecret).toBe(true);
    await callAction('GetSecurityReport', { InstanceId, RegionId: 'cn-hangzhou' });
    await settled();
    expect(net.requests).toHaveLength(0);

    // A day later the schedule is due: the next report action sends it.
    const later = (created?.NextRunTime ?? 0) + 60_000;
    backend.clock = { now: () => later };
    await callAction('SearchVulnerabilities', { InstanceId });
    await callAction('GetSecurityReport', { InstanceId, RegionId: 'cn-hangzhou' });
    await settled();
    expect(net.requests).toHaveLength(1);
    const request = net.requests[0];
    expect(request?.url).toMatch(
      /^https:\/\/oapi\.dingtalk\.com\/robot\/send\?access_token=reportrobot1234&timestamp=\d{13}&sign=/,
    );
    expect(await verifyDingTalkRequest(request?.url ?? '', 'SECreport', Date.now() + net.offset)).toEqual({
      errcode: 0,
      errmsg: 'ok',
    });
    const body = JSON.parse(request?.body ?? '{}');
    expect(body.msgtype).toBe('markdown');
    expect(body.markdown.text).toContain('安全报告');
    expect(body.markdown.text).toMatch(/漏洞 \d+ 个/);

    const [after] = (await callAction('ListReportSchedule', { InstanceId })).Schedules;
    expect(after?.LastRunTime).toBe(later);
    expect(after?.NextRunTime).toBe(nextRunTime(later, 'DAILY'));
    expect(after?.LastRecordId).toBeDefined();
    const records = await callAction('ListEventCenterRecord', { InstanceId });
    expect(records.Records.some((r) => r.RuleId === ScheduleId)).toBe(true);
  }, 60_000);

  it('validates the address, and deletes', async () => {
    await expectBusinessError(
      'CreateReportSchedule',
      { InstanceId, Name: 'x', Frequency: 'DAILY', Format: 'JSON', NotifyMethod: 'https', NotifyUrl: 'http://plain' },
      'REPORT_SCHEDULE_ILLEGAL',
    );
    await expectBusinessError(
      'CreateReportSchedule',
      { InstanceId, Name: 'x', Frequency: 'DAILY', Format: 'JSON', NotifyMethod: 'http', NotifyUrl: 'not a url' },
      'REPORT_SCHEDULE_ILLEGAL',
    );
    const { ScheduleId } = await callAction('CreateReportSchedule', {
      InstanceId,
      Name: 'x',
      Frequency: 'WEEKLY',
      Format: 'JSON',
      NotifyMethod: 'http',
      NotifyUrl: 'http://hooks.example.com/x',
    });
    await callAction('DeleteReportSchedule', { InstanceId, ScheduleId });
    expect((await callAction('ListReportSchedule', { InstanceId })).TotalCount).toBe(0);
    await expectBusinessError('RunReportSchedule', { InstanceId, ScheduleId }, 'REPORT_SCHEDULE_NOT_EXIST');
  });

  it('runs weekly reports on Mondays at 09:00 Shanghai time', () => {
    // 2026-11-28 is a Saturday.
    const saturday = Date.parse('2026-11-28T12:00:00+08:00');
    expect(new Date(nextRunTime(saturday, 'WEEKLY')).toISOString()).toBe('2026-11-30T01:00:00.000Z');
    expect(new Date(nextRunTime(saturday, 'DAILY')).toISOString()).toBe('2026-11-29T01:00:00.000Z');
    const early = Date.parse('2026-11-28T08:00:00+08:00');
    expect(new Date(nextRunTime(early, 'DAILY')).toISOString()).toBe('2026-11-28T01:00:00.000Z');
  });
});

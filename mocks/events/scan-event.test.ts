import { describe, expect, it } from 'vitest';
import { buildScanCompletedData, cloudEventEnvelope, httpBody, PUSH_COMPLETED, SCAN_COMPLETED } from './scan-event';
import { CONTEXT, DIGEST, pushEvent, scanEvent, scanInput } from './test-fixtures';

describe('buildScanCompletedData', () => {
  it('writes ACR’s documented fields in order, then our extras', () => {
    const data = buildScanCompletedData(scanInput());
    expect(Object.keys(data)).toEqual([
      'RegionId',
      'InstanceId',
      'InstanceName',
      'RepoId',
      'RepoName',
      'RepoNamespaceName',
      'Tag',
      'ImageUpdate',
      'Status',
      'HighSeverity',
      'MediumSeverity',
      'LowSeverity',
      'UnknownSeverity',
      'TotalSeverity',
      'Digest',
      'ScanService',
      'TopFindings',
      'ResultUrl',
    ]);
    expect(data.ImageUpdate).toBe('2026-01-01 08:04:48');
    expect(data.Status).toBe('COMPLETE');
    expect([data.HighSeverity, data.MediumSeverity, data.LowSeverity, data.UnknownSeverity]).toEqual([2, 3, 1, 1]);
    expect(data.TotalSeverity).toBe(7);
    expect(data.Digest).toBe(DIGEST);
    expect(data.ScanService).toBe('ACR_SCAN_SERVICE');
  });

  it('keeps the top 5 findings, highest severity first, with all five fields', () => {
    const top = buildScanCompletedData(scanInput()).TopFindings;
    expect(top.map((f) => f.CveName)).toEqual([
      'CVE-2024-0001',
      'CVE-2024-0002',
      'CVE-2024-0010',
      'CVE-2024-0011',
      'CVE-2024-0013',
    ]);
    expect(Object.keys(top[0] ?? {})).toEqual(['CveName', 'Severity', 'Package', 'Version', 'FixedVersion']);
  });

  it('reports no counts or findings for a failed scan, and integer counts otherwise', () => {
    const failed = buildScanCompletedData(scanInput({ status: 'FAILED' }));
    expect(failed.TotalSeverity).toBe(0);
    expect(failed.HighSeverity).toBe(0);
    expect(failed.TopFindings).toEqual([]);
    const odd = buildScanCompletedData(scanInput({ counts: { High: 1.7, Medium: -2, Low: 0, Unknown: 0 } }));
    expect([odd.HighSeverity, odd.MediumSeverity, odd.TotalSeverity]).toEqual([1, 0, 1]);
  });
});

describe('buildPushCompletedData', () => {
  it('is the repository-trigger body', () => {
    expect(pushEvent().data).toEqual({
      push_data: { digest: DIGEST, pushed_at: '2026-01-01 08:03:00', tag: '1.25-alpine' },
      repository: {
        date_created: '2025-06-01 10:00:00',
        name: 'nginx',
        namespace: 'prod',
        region: 'cn-hangzhou',
        repo_authentication_type: 'NO_CERTIFIED',
        repo_full_name: 'prod/nginx',
        repo_origin_type: 'NO_CERTIFIED',
        repo_type: 'PRIVATE',
      },
    });
  });
});

describe('cloudEventEnvelope', () => {
  it('wraps scan data as EventBridge publishes it', () => {
    const event = scanEvent();
    const envelope = cloudEventEnvelope(SCAN_COMPLETED, event.data as never, CONTEXT);
    expect(envelope).toEqual({
      id: CONTEXT.id,
      source: 'acs.cr',
      specversion: '1.0',
      type: 'cr:Artifact:ScanCompleted',
      subject: 'acs.cr:cn-hangzhou:1234567890123456:cri-demo123/prod/nginx',
      time: '2026-01-01T08:05:00+08:00',
      aliyunaccountid: '1234567890123456',
      aliyunpublishtime: '2026-01-01T08:05:00.179PRC',
      aliyuneventbusname: 'default',
      aliyunregionid: 'cn-hangzhou',
      aliyunpublishaddr: '10.0.0.8',
      datacontenttype: 'application/json;charset=utf-8',
      data: event.data,
    });
  });

  it('takes the subject of a push from its repository and defaults publish fields', () => {
    const event = pushEvent();
    const { publishTimeMs: _t, publishAddr: _a, ...bare } = CONTEXT;
    const envelope = cloudEventEnvelope(PUSH_COMPLETED, event.data as never, bare);
    expect(envelope.type).toBe('cr:Artifact:PushCompleted');
    expect(envelope.subject).toBe('acs.cr:cn-hangzhou:1234567890123456:cri-demo123/prod/nginx');
    expect(envelope.aliyunpublishtime).toBe('2026-01-01T08:05:00.000PRC');
    expect(envelope.aliyunpublishaddr).toBe('127.0.0.1');
  });
});

describe('httpBody', () => {
  it('plain: the scan data alone, as JSON', () => {
    const event = scanEvent();
    const payload = httpBody(event, { envelope: 'plain' });
    expect(payload.headers).toEqual({ 'Content-Type': 'application/json; charset=utf-8' });
    expect(JSON.parse(payload.body)).toEqual(event.data);
    expect(payload.body.startsWith('{"RegionId":"cn-hangzhou","InstanceId":"cri-demo123"')).toBe(true);
  });

  it('plain: the push body is exactly the repository-trigger JSON', () => {
    const payload = httpBody(pushEvent(), { envelope: 'plain' });
    const parsed = JSON.parse(payload.body);
    expect(Object.keys(parsed)).toEqual(['push_data', 'repository']);
    expect(parsed.push_data.tag).toBe('1.25-alpine');
  });

  it('cloudevents: structured mode with the envelope', () => {
    const event = scanEvent();
    const payload = httpBody(event, { envelope: 'cloudevents' });
    expect(payload.headers).toEqual({ 'Content-Type': 'application/cloudevents+json; charset=utf-8' });
    const parsed = JSON.parse(payload.body);
    expect(parsed.specversion).toBe('1.0');
    expect(parsed.type).toBe('cr:Artifact:ScanCompleted');
    expect(parsed.data).toEqual(event.data);
    expect(JSON.parse(httpBody(pushEvent(), { envelope: 'cloudevents' }).body).type).toBe('cr:Artifact:PushCompleted');
  });
});

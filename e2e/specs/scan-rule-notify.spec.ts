import { createHmac } from 'node:crypto';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';
import { startReceiver } from '../kit/webhook-receiver';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

/** 立即扫描 of a rule → 确定, until its task in 任务列表 says 扫描完成. */
async function runRule(acr: Acr, name: string) {
  await acr.scan.expectTaskComplete(await acr.scan.scanNow(name));
}

test('a scan rule notifies a DingTalk robot (signed) and an HTTP address after 立即扫描, and 事件记录 shows both', async ({
  acr,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const secret = 'SECe2e0123456789abcdef';
  await acr.openInstance('acr-dev-hz'); // it has a VPC, so batch scanning is allowed
  await acr.scan.open();

  // A local robot stands in for DingTalk: http:// is accepted on 127.0.0.1 only.
  await acr.scan.createRule({
    name: 'notify-dingtalk',
    scope: { namespace: 'team-a' },
    notify: { dingtalk: { webhook: `http://127.0.0.1:${receiver.port}/robot/send?access_token=e2e-token`, secret } },
  });
  await acr.scan.createRule({
    name: 'notify-http',
    scope: { namespace: 'team-a' },
    notify: { http: { url: `http://127.0.0.1:${receiver.port}/acr` } },
  });
  await runRule(acr, 'notify-dingtalk');
  await runRule(acr, 'notify-http');

  // DingTalk: timestamp and sign as the robot protocol defines them, and a markdown message.
  await expect.poll(() => receiver.received.filter((r) => r.url.startsWith('/robot/send')).length).toBe(1);
  const robot = receiver.received.find((r) => r.url.startsWith('/robot/send'));
  const query = new URL(robot?.url ?? '', 'http://127.0.0.1').searchParams;
  expect(query.get('access_token')).toBe('e2e-token');
  const timestamp = query.get('timestamp') ?? '';
  const expectedSign = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  expect(query.get('sign')).toBe(expectedSign);
  expect(Math.abs(Date.now() - Number(timestamp))).toBeLessThan(3_600_000);
  const message = JSON.parse(robot?.body ?? '{}');
  expect(message.msgtype).toBe('markdown');
  expect(message.markdown.text).toContain('team-a/demo-app:v1');

  // HTTP: ACR's ScanCompleted data fields.
  await expect.poll(() => receiver.received.filter((r) => r.url === '/acr').length).toBe(1);
  const body = JSON.parse(receiver.received.find((r) => r.url === '/acr')?.body ?? '{}');
  expect(body).toMatchObject({
    RegionId: 'cn-hangzhou',
    InstanceName: 'acr-dev-hz',
    RepoNamespaceName: 'team-a',
    RepoName: 'demo-app',
    Tag: 'v1',
    Status: 'COMPLETE',
  });
  expect(body.ImageUpdate).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  expect(body.TotalSeverity).toBe(body.HighSeverity + body.MediumSeverity + body.LowSeverity + body.UnknownSeverity);

  // 事件中心 > 事件记录: both deliveries, from 扫描规则, succeeded on the first attempt.
  await acr.events.openRecords();
  for (const rule of ['notify-dingtalk', 'notify-http']) {
    const record = acr.events.recordRow(rule);
    await expect(record).toContainText('成功');
    await expect(record).toContainText('扫描规则');
  }
  expect(consoleErrors).toEqual([]);
});

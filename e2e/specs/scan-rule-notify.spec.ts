import { createHmac } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';
import { startReceiver } from '../kit/webhook-receiver';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

/** The seed's 创建规则 wizard on acr-dev-hz (which has a VPC): namespace team-a, then 事件通知 as given. */
async function createNotifyingRule(page: Page, name: string, notify: { method: string; url: string; secret?: string }) {
  await page.getByRole('button', { name: /创建规则/ }).click();
  const wizard = page.getByRole('dialog', { name: '创建规则' });
  await wizard.getByLabel('规则名称').fill(name);
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'team-a', exact: true }).click();
  await wizard.getByLabel('规则名称').click();
  await wizard.getByRole('button', { name: '下一步' }).click();
  await wizard.getByText(notify.method, { exact: true }).click();
  await wizard.getByLabel(notify.method === '钉钉' ? 'Webhook 地址' : '地址').fill(notify.url);
  if (notify.secret) await wizard.getByLabel('加签密钥').fill(notify.secret);
  await wizard.getByRole('button', { name: '创建' }).click();
  await expect(wizard).toBeHidden();
}

async function runRule(page: Page, name: string) {
  await page.getByRole('row').filter({ hasText: name }).getByRole('button', { name: '立即扫描' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  const task = page
    .getByRole('row')
    .filter({ hasText: name })
    .filter({ has: page.getByRole('link', { name: '查看任务' }) });
  await expect(task).toContainText('扫描完成', { timeout: 30_000 });
}

test('a scan rule notifies a DingTalk robot (signed) and an HTTP address after 立即扫描, and 事件记录 shows both', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const secret = 'SECe2e0123456789abcdef';
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-dev-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();

  // A local robot stands in for DingTalk: http:// is accepted on 127.0.0.1 only.
  await createNotifyingRule(page, 'notify-dingtalk', {
    method: '钉钉',
    url: `http://127.0.0.1:${receiver.port}/robot/send?access_token=e2e-token`,
    secret,
  });
  await createNotifyingRule(page, 'notify-http', { method: 'HTTP', url: `http://127.0.0.1:${receiver.port}/acr` });
  await runRule(page, 'notify-dingtalk');
  await runRule(page, 'notify-http');

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
  await page.getByRole('menuitem', { name: '事件记录' }).click();
  await expect(page.getByRole('heading', { name: '事件记录' })).toBeVisible();
  for (const rule of ['notify-dingtalk', 'notify-http']) {
    const record = page.getByRole('row').filter({ hasText: rule });
    await expect(record).toContainText('成功');
    await expect(record).toContainText('扫描规则');
  }
  expect(consoleErrors).toEqual([]);
});

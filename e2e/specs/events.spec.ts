import { createHmac } from 'node:crypto';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';
import type { NewEventRule } from '../kit/pages/events';
import { expectDisabledWithReason } from '../kit/pages/shared';
import { type Received, startReceiver } from '../kit/webhook-receiver';

type Receiver = Awaited<ReturnType<typeof startReceiver>>;
let receiver: Receiver;

test.beforeEach(async () => {
  receiver = await startReceiver();
});
test.afterEach(async () => {
  await receiver.close();
});

/** 实例列表 → acr-dev-hz 管理 → 事件中心 > 事件规则. */
async function openEventRules(acr: Acr) {
  await acr.openInstance('acr-dev-hz');
  await acr.events.openRules();
}

/** 创建规则, checking the form's defaults (event type 镜像扫描完成, scope 实例) before 创建. */
async function createEventRule(acr: Acr, rule: NewEventRule) {
  const dialog = await acr.events.startRule(rule);
  await expect(dialog.getByRole('combobox', { name: '事件类型' })).toBeVisible();
  await expect(dialog.getByText('镜像扫描完成')).toBeVisible();
  await expect(dialog.getByRole('radio', { name: '实例' })).toBeChecked();
  await acr.events.submitRule();
  await expect(dialog).toBeHidden();
  await expect(acr.events.ruleRow(rule.name)).toContainText('镜像扫描完成');
}

test('an HTTP event rule delivers ScanCompleted to a real receiver after 立即扫描, recorded in 事件记录', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const hook = `http://127.0.0.1:${receiver.port}/hook`;
  await openEventRules(acr);
  await expect(page.getByText('尚未创建事件规则')).toBeVisible();

  // The form checks the scheme against the method before the backend does.
  const dialog = await acr.events.startRule({ name: 'scan-to-http', method: 'HTTPS', url: hook });
  await acr.events.submitRule();
  await expect(dialog.getByText('地址必须以 https:// 开头')).toBeVisible();
  // Outside presenter mode the form says where the in-console 演示接收器 listens.
  await expect(dialog.getByText(/演示接收器开启时/)).toBeVisible();
  await acr.events.cancelRule();

  await createEventRule(acr, { name: 'scan-to-http', method: 'HTTP', url: hook });
  const ruleRow = acr.events.ruleRow('scan-to-http');
  await expect(ruleRow).toContainText('实例');
  await expect(ruleRow).toContainText(hook);
  await expect(ruleRow).toContainText('任意结果');

  // 安全可信 > 镜像扫描: a rule over team-a, then 立即扫描 until the task completes.
  await acr.scan.open();
  await acr.scan.createRule({ name: 'team-a-all', scope: { namespace: 'team-a' } });
  const task = await acr.scan.scanNow('team-a-all');
  await expect(task).toContainText('扫描完成', { timeout: 60_000 });

  // The receiver got the documented ScanCompleted body.
  await expect.poll(() => receiver.received.filter((r) => r.url === '/hook').length, { timeout: 30_000 }).toBe(1);
  const request = receiver.received.find((r) => r.url === '/hook') as Received;
  expect(request.headers['content-type']).toMatch(/^application\/json/);
  const body = JSON.parse(request.body) as Record<string, unknown>;
  expect(body).toMatchObject({
    RegionId: 'cn-hangzhou',
    InstanceName: 'acr-dev-hz',
    RepoName: 'demo-app',
    RepoNamespaceName: 'team-a',
    Tag: 'v1',
    Status: 'COMPLETE',
  });
  expect(body.InstanceId).toMatch(/^cri-/);
  expect(body.RepoId).toMatch(/^crr-/);
  expect(body.ImageUpdate).toEqual(expect.any(String));
  const counts = ['HighSeverity', 'MediumSeverity', 'LowSeverity', 'UnknownSeverity'].map((k) => body[k]);
  for (const count of counts) expect(count).toEqual(expect.any(Number));
  expect(body.TotalSeverity).toBe((counts as number[]).reduce((a, b) => a + b, 0));

  // 事件中心 > 事件记录: 成功, with the attempt's exact request and the receiver's response.
  await acr.events.openRecords();
  const record = acr.events.recordRow('scan-to-http');
  await expect(record).toHaveCount(1);
  await expect(record).toContainText('成功');
  await expect(record).toContainText('事件规则');
  await expect(record).toContainText('team-a/demo-app:v1');
  await expect(record).toContainText('200');
  await expect(record.getByRole('button', { name: '重新发送' })).toHaveCount(0);
  const drawer = await acr.events.openRecord(record);
  const attempt = drawer.getByRole('region', { name: '第 1 次尝试' });
  await expect(attempt).toContainText(hook);
  await expect(attempt).toContainText('"InstanceName": "acr-dev-hz"');
  await expect(attempt).toContainText(/content-type: application\/json/i);
  await expect(attempt).toContainText('"ok": true');
  await expect(drawer.getByRole('region', { name: '第 2 次尝试' })).toHaveCount(0);

  // The drawer is deep-linkable.
  await page.reload();
  await expect(page.getByRole('dialog', { name: '事件记录详情' })).toContainText('第 1 次尝试');
  expect(consoleErrors).toEqual([]);
});

test('DingTalk via the demo receiver is signed; a failing HTTP receiver is retried, fails, and is re-sent', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  const secret = 'SECe2e0123456789abcdef';
  await openEventRules(acr);

  // 钉钉 requires https://; the demo receiver answers oapi.dingtalk.com inside the console and checks the sign.
  await createEventRule(acr, {
    name: 'dingtalk-signed',
    method: '钉钉',
    url: 'https://oapi.dingtalk.com/robot/send?access_token=demo',
    secret,
  });
  const dingRule = acr.events.ruleRow('dingtalk-signed');
  await expect(dingRule).toContainText('access_token=demo');

  // 编辑 fills the form from the stored rule; the secret is masked and a blank field keeps it.
  const edit = await acr.events.editRule('dingtalk-signed');
  await expect(edit.getByLabel('规则名称')).toHaveValue('dingtalk-signed');
  await expect(edit.getByLabel('Webhook 地址')).toHaveValue('https://oapi.dingtalk.com/robot/send?access_token=demo');
  await expect(edit.getByLabel('加签密钥')).toHaveValue('');
  await expect(edit.getByText(/留空则保留原密钥/)).toBeVisible();
  await edit.getByRole('combobox', { name: '严重级别阈值' }).click();
  await page.getByRole('option', { name: '存在高危' }).click();
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(dingRule).toContainText('存在高危');

  await acr.events.sendTest('dingtalk-signed');
  await expect(page.getByText('已发送测试事件').first()).toBeVisible();

  await acr.instance.menu('演示接收器');

  await expect(page.getByRole('heading', { name: '演示接收器' })).toBeVisible();
  const receiverSwitch = page.getByRole('switch', { name: '演示接收器' });
  await expect(receiverSwitch).toBeChecked();
  await receiverSwitch.click();
  await expect(receiverSwitch).not.toBeChecked();
  await receiverSwitch.click();
  await expect(receiverSwitch).toBeChecked();
  await expect(page.getByText('webhook.demo.acr.local').first()).toBeVisible();
  await expect(page.getByRole('article').first()).toBeVisible();
  await expect(page.getByText(/签名校验未通过/)).toHaveCount(0);

  await acr.events.openRecords();
  const dingRecord = acr.events.recordRow('dingtalk-signed');
  await expect(dingRecord).toContainText('成功');
  await expect(dingRecord).toContainText('测试');
  await expect(dingRecord).toContainText('钉钉');
  const drawer = await acr.events.openRecord(dingRecord);
  const attempt = drawer.getByRole('region', { name: '第 1 次尝试' });
  await expect(attempt).toContainText('"errcode": 0');
  // The sign is DingTalk's: Base64(HMAC-SHA256(secret, timestamp + "\n" + secret)), URL-encoded.
  const sentUrl = await attempt.getByText(/^https:\/\/oapi\.dingtalk\.com\/robot\/send\?/).textContent();
  const url = new URL(sentUrl ?? 'x:');
  const timestamp = url.searchParams.get('timestamp') ?? '';
  expect(timestamp).toMatch(/^\d{13}$/);
  const expected = createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64');
  expect(url.searchParams.get('sign')).toBe(expected);
  await drawer
    .getByRole('button', { name: 'Close' })
    .or(drawer.getByRole('button', { name: '关闭' }))
    .click();

  // A real HTTP receiver answering 500: 1 retry, then 失败; back to 200, 重新发送 → 成功.
  receiver.state.status = 500;
  await acr.events.openRules();
  await createEventRule(acr, {
    name: 'http-flaky',
    method: 'HTTP',
    url: `http://127.0.0.1:${receiver.port}/flaky`,
    retries: 1,
  });
  await acr.events.sendTest('http-flaky');
  await expect(page.getByText('已发送测试事件').first()).toBeVisible();
  await acr.events.openRecords();
  const flaky = acr.events.recordRow('http-flaky');
  await expect(flaky).toContainText('失败', { timeout: 30_000 });
  await expect(flaky).toContainText('接收方返回 HTTP 500'); // the backend's reason, in the console's language
  await expect(flaky.getByRole('cell', { name: '2', exact: true })).toBeVisible();
  expect(receiver.received.filter((r) => r.url === '/flaky')).toHaveLength(2);

  // The status filter lives in the URL.
  await acr.events.filterRecords('失败');
  await expect(page).toHaveURL(/status=FAILED/);
  await expect(acr.events.recordRow('dingtalk-signed')).toHaveCount(0);
  await expect(flaky).toHaveCount(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/status=FAILED/);
  await expect(acr.events.recordRow('dingtalk-signed')).toHaveCount(1);

  receiver.state.status = 200;
  await acr.events.resend(flaky);
  await expect(flaky).toContainText('成功', { timeout: 30_000 });
  await expect(flaky.getByRole('cell', { name: '3', exact: true })).toBeVisible();
  expect(receiver.received.filter((r) => r.url === '/flaky')).toHaveLength(3);
  await acr.events.openRecord(flaky);
  await expect(drawer.getByRole('region', { name: '第 2 次尝试' })).toContainText('接收方返回 HTTP 500');
  await expect(drawer.getByRole('region', { name: '第 3 次尝试' })).toContainText('"ok": true');

  // The browser logs the receiver's 500 answers as failed resources; nothing else may be logged.
  expect(consoleErrors.filter((e) => !/status of 500/.test(e))).toEqual([]);
});

test('an instance holds at most 10 event rules: 创建规则 is disabled with the reason, and deleting frees a slot', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openEventRules(acr);
  for (let i = 1; i <= 10; i += 1) {
    await createEventRule(acr, { name: `rule-${i}`, method: 'HTTPS', url: `https://webhook.demo.acr.local/r${i}` });
  }
  await expect(page.getByText('已创建 10/10 条')).toBeVisible();
  const create = page.getByRole('button', { name: '创建规则' });
  await expectDisabledWithReason(page, create, '每个实例最多创建 10 条事件规则');

  await acr.events.deleteRule('rule-3');
  await expect(acr.events.ruleRow('rule-3')).toHaveCount(0);
  await expect(create).toBeEnabled();
  expect(consoleErrors).toEqual([]);
});

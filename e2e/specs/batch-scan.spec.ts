import { expect, test } from '../kit/fixtures';

test('without a VPC, 镜像扫描 explains that batch scanning needs one and disables 创建规则', async ({
  acr,
  page,
  consoleErrors,
}) => {
  // 实例列表 → 管理 → 安全可信 > 镜像扫描.
  await acr.openInstance('acr-prod-hz');
  await acr.scan.open();
  await expect(page.getByText('Trivy扫描引擎').first()).toBeVisible();
  await expect(acr.scan.vpcRequired).toBeVisible();
  await expect(acr.scan.createRuleButton).toBeDisabled();
  await page.getByRole('link', { name: '前往配置专有网络' }).click();
  await expect(page).toHaveURL(/\/instances\/[^/]+\/vpc$/);
  expect(consoleErrors).toEqual([]);
});

test.describe('from another region', () => {
  test.use({ startPath: 'cn-shanghai/instances' });

  test('batch scan: link a VPC, create a rule with a DingTalk notification, scan now, read a result', async ({
    acr,
    page,
    consoleErrors,
  }) => {
    test.setTimeout(120_000); // the seed's whole procedure, on two shared cores
    // 2–4. 登录 the console, choose the 地域 in the top bar, click the instance in 实例列表.
    await acr.instances.selectRegion(/杭州/);
    await acr.instances.openByName('acr-prod-hz');

    // 1. 为企业版实例配置VPC网络 (acr-prod-hz has none in the default world, but has vulnerable images).
    await acr.vpc.open();
    await acr.vpc.link();

    // 5–6. 安全可信 > 镜像扫描; the engine in the top-right is Trivy扫描引擎.
    await acr.scan.open();
    await expect(acr.scan.engine).toContainText('Trivy扫描引擎');
    await expect(page.getByText('扫描信息')).toBeVisible();
    await expect(acr.scan.vpcRequired).toBeHidden();

    // 7. 创建规则: 扫描规则 step, then 事件通知 with 钉钉, then 创建.
    const wizard = await acr.scan.startRule();
    await wizard.next();
    await expect(wizard.dialog.getByText('请输入规则名称')).toBeVisible();
    await wizard.fillRule({ name: 'nginx-release', scope: { namespace: 'prod', repository: 'nginx' } });
    await expect(wizard.dialog.getByText('共匹配 2 个镜像版本')).toBeVisible();
    await expect(wizard.dialog.getByText('prod/nginx:1.25-alpine')).toBeVisible();
    await wizard.next();

    await wizard.fillNotify({ dingtalk: { webhook: 'http://oapi.dingtalk.com/robot/send?access_token=demo' } });
    await wizard.submit();
    await expect(wizard.dialog.getByText('地址必须以 https:// 开头')).toBeVisible();
    await wizard.fillNotify({
      dingtalk: { webhook: 'https://oapi.dingtalk.com/robot/send?access_token=demo', secret: 'SEC0123456789' },
    });
    await wizard.submit();
    await expect(wizard.dialog).toBeHidden();
    const rule = page.getByRole('row').filter({ hasText: 'nginx-release' }).filter({ hasText: '手动触发' });
    await expect(rule).toHaveCount(1);

    // A backend error lands at its field, on its step, with what was typed kept.
    await acr.scan.startRule();
    await wizard.fillRule({ name: 'nginx-release', scope: { namespace: 'base', tagRegex: '(a+)+' } });
    await wizard.next();
    await expect(wizard.dialog.getByText(/分组再使用量词/)).toBeVisible();
    await wizard.tagRegexInput.fill('3\\..*');
    await wizard.next();
    await wizard.submit();
    await expect(wizard.dialog.getByText('该实例下已存在同名扫描规则，请换一个名称。')).toBeVisible();
    await expect(wizard.nameInput).toHaveValue('nginx-release');
    await wizard.cancel();

    // 8. 立即扫描 → 确定; the task in 任务列表 reaches 扫描完成.
    const task = await acr.scan.scanNow('nginx-release');
    await expect(task).toHaveCount(1);
    await acr.scan.expectTaskComplete(task);
    await expect(task).toContainText('Trivy扫描引擎');

    // 9. 查看任务 → 任务详情 → 查看详情 of the vulnerable tag → its 安全扫描 result.
    await acr.scan.openTask(task);
    await expect(acr.task.images).toHaveCount(2);
    const vulnerable = acr.task.image('prod/nginx:1.25-alpine');
    await expect(vulnerable).toContainText('扫描完成');
    await expect(vulnerable).toContainText(/高危 [1-9]/);
    await page.reload();
    await expect(vulnerable).toContainText('扫描完成');
    await acr.task.openDetails('prod/nginx:1.25-alpine');

    await expect(page).toHaveURL(/\/repositories\/[^/]+\/tags\/1\.25-alpine\/scan$/);
    await expect(page.getByText('扫描完成')).toBeVisible();
    await expect(acr.tagScan.rows.first()).toBeVisible();
    await expect(acr.tagScan.findings.getByText('高危', { exact: true }).first()).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});

test.describe('at the realistic pace', () => {
  // So the task is still scanning when 停止 is clicked.
  test.use({ speed: 'realistic' });

  test('停止 a running task and 重试 it: stopped images fail with the reason, the retry completes', async ({
    acr,
    page,
    consoleErrors,
  }) => {
    await acr.instances.manage('acr-dev-hz');
    await acr.scan.open();
    await acr.scan.createRule({ name: 'team-a-all', scope: { namespace: 'team-a' } });

    const task = await acr.scan.scanNow('team-a-all');
    await acr.scan.stopTask(task);
    await expect(task).toContainText('已停止');
    await expect(task).toContainText('1 个镜像扫描失败');

    await task.getByRole('link', { name: '查看任务' }).click();
    await expect(page.getByText('扫描已被用户停止。')).toBeVisible();
    await acr.task.retry();
    await expect(page.getByRole('row').filter({ hasText: 'team-a/demo-app:v1' })).toContainText('扫描完成', {
      timeout: 30_000,
    });
    expect(consoleErrors).toEqual([]);
  });
});

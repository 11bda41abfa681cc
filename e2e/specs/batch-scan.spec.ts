import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

/** 实例列表 → 管理 → 安全可信 > 镜像扫描. */
async function openScanPage(page: Page, instance: string) {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: instance }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
}

test('without a VPC, 镜像扫描 explains that batch scanning needs one and disables 创建规则', async ({
  page,
  consoleErrors,
}) => {
  await openScanPage(page, 'acr-prod-hz');
  await expect(page.getByText('Trivy扫描引擎').first()).toBeVisible();
  await expect(page.getByText('批量扫描镜像需要实例已配置专有网络')).toBeVisible();
  await expect(page.getByRole('button', { name: /创建规则/ })).toBeDisabled();
  await page.getByRole('link', { name: '前往配置专有网络' }).click();
  await expect(page).toHaveURL(/\/instances\/[^/]+\/vpc$/);
  expect(consoleErrors).toEqual([]);
});

test('batch scan: link a VPC, create a rule with a DingTalk notification, scan now, read a result', async ({
  page,
  consoleErrors,
}) => {
  // 2–4. 登录 the console, choose the 地域 in the top bar, click the instance in 实例列表.
  await openConsole(page, 'cn-shanghai/instances');
  await page.getByRole('combobox', { name: '地域' }).click();
  await page.getByRole('option', { name: /杭州/ }).click();
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: 'acr-prod-hz' }).click();
  await expect(page.getByRole('heading', { name: 'acr-prod-hz' })).toBeVisible();

  // 1. 为企业版实例配置VPC网络 (acr-prod-hz has none in the default world, but has vulnerable images).
  await page.getByRole('menuitem', { name: '专有网络' }).click();
  await page.getByRole('button', { name: '添加专有网络' }).first().click();
  const vpcDialog = page.getByRole('dialog', { name: '添加专有网络' });
  await vpcDialog.getByLabel('专有网络').click();
  await page.getByRole('option', { name: /vpc-/ }).first().click();
  await vpcDialog.getByLabel('交换机').click();
  await page.getByRole('option', { name: /vsw-/ }).first().click();
  await vpcDialog.getByRole('button', { name: '确定' }).click();
  await expect(vpcDialog).toBeHidden();

  // 5–6. 安全可信 > 镜像扫描; the engine in the top-right is Trivy扫描引擎.
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await expect(page.getByRole('heading', { name: '镜像扫描' })).toBeVisible();
  await expect(page.getByRole('group', { name: '扫描引擎' })).toContainText('Trivy扫描引擎');
  await expect(page.getByText('扫描信息')).toBeVisible();
  await expect(page.getByText('批量扫描镜像需要实例已配置专有网络')).toBeHidden();

  // 7. 创建规则: 扫描规则 step, then 事件通知 with 钉钉, then 创建.
  await page.getByRole('button', { name: /创建规则/ }).click();
  const wizard = page.getByRole('dialog', { name: '创建规则' });
  await wizard.getByRole('button', { name: '下一步' }).click();
  await expect(wizard.getByText('请输入规则名称')).toBeVisible();
  await wizard.getByLabel('规则名称').fill('nginx-release');
  await wizard.getByText('按照仓库扫描').click();
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'prod', exact: true }).click();
  await wizard.getByRole('combobox', { name: '仓库' }).click();
  await page.getByRole('option', { name: 'nginx', exact: true }).click();
  await wizard.getByLabel('规则名称').click(); // close the dropdown
  await expect(wizard.getByText('共匹配 2 个镜像版本')).toBeVisible();
  await expect(wizard.getByText('prod/nginx:1.25-alpine')).toBeVisible();
  await wizard.getByRole('button', { name: '下一步' }).click();

  await wizard.getByText('钉钉', { exact: true }).click();
  await wizard.getByLabel('Webhook 地址').fill('http://oapi.dingtalk.com/robot/send?access_token=demo');
  await wizard.getByRole('button', { name: '创建' }).click();
  await expect(wizard.getByText('地址必须以 https:// 开头')).toBeVisible();
  await wizard.getByLabel('Webhook 地址').fill('https://oapi.dingtalk.com/robot/send?access_token=demo');
  await wizard.getByLabel('加签密钥').fill('SEC0123456789');
  await wizard.getByRole('button', { name: '创建' }).click();
  await expect(wizard).toBeHidden();
  const rule = page.getByRole('row').filter({ hasText: 'nginx-release' }).filter({ hasText: '手动触发' });
  await expect(rule).toHaveCount(1);

  // A backend error lands at its field, on its step, with what was typed kept.
  await page.getByRole('button', { name: /创建规则/ }).click();
  await wizard.getByLabel('规则名称').fill('nginx-release');
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'base', exact: true }).click();
  await wizard.getByLabel('规则名称').click();
  await wizard.getByLabel('镜像版本过滤').fill('(a+)+');
  await wizard.getByRole('button', { name: '下一步' }).click();
  await expect(wizard.getByText(/分组再使用量词/)).toBeVisible();
  await wizard.getByLabel('镜像版本过滤').fill('3\\..*');
  await wizard.getByRole('button', { name: '下一步' }).click();
  await wizard.getByRole('button', { name: '创建' }).click();
  await expect(wizard.getByText('该实例下已存在同名扫描规则，请换一个名称。')).toBeVisible();
  await expect(wizard.getByLabel('规则名称')).toHaveValue('nginx-release');
  await wizard.getByRole('button', { name: '取消' }).click();
  await expect(wizard).toBeHidden();

  // 8. 立即扫描 → 确定; the task in 任务列表 reaches 扫描完成.
  await rule.getByRole('button', { name: '立即扫描' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  const task = page
    .getByRole('row')
    .filter({ hasText: 'nginx-release' })
    .filter({ has: page.getByRole('link', { name: '查看任务' }) });
  await expect(task).toHaveCount(1);
  await expect(task).toContainText('扫描完成', { timeout: 30_000 });
  await expect(task).toContainText('Trivy扫描引擎');

  // 9. 查看任务 → 任务详情 → 查看详情 of the vulnerable tag → its 安全扫描 result.
  await task.getByRole('link', { name: '查看任务' }).click();
  await expect(page.getByRole('heading', { name: '任务详情' })).toBeVisible();
  const images = page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看详情' }) });
  await expect(images).toHaveCount(2);
  const vulnerable = images.filter({ hasText: 'prod/nginx:1.25-alpine' });
  await expect(vulnerable).toContainText('扫描完成');
  await expect(vulnerable).toContainText(/高危 [1-9]/);
  await page.reload();
  await expect(vulnerable).toContainText('扫描完成');
  await vulnerable.getByRole('link', { name: '查看详情' }).click();

  await expect(page).toHaveURL(/\/repositories\/[^/]+\/tags\/1\.25-alpine\/scan$/);
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await expect(page.getByText('扫描完成')).toBeVisible();
  const findings = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
  await expect(
    findings
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .first(),
  ).toBeVisible();
  await expect(findings.getByText('高危', { exact: true }).first()).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('停止 a running task and 重试 it: stopped images fail with the reason, the retry completes', async ({
  page,
  consoleErrors,
}) => {
  // Realistic pace, so the task is still scanning when 停止 is clicked.
  await page.goto('cn-hangzhou/instances?demoSeed=default&demoSpeed=realistic');
  await expect(page).not.toHaveURL(/demoSeed=/);
  await page.getByRole('row').filter({ hasText: 'acr-dev-hz' }).getByRole('link', { name: '管理' }).click();
  await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await page.getByRole('button', { name: /创建规则/ }).click();
  const wizard = page.getByRole('dialog', { name: '创建规则' });
  await wizard.getByLabel('规则名称').fill('team-a-all');
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'team-a', exact: true }).click();
  await wizard.getByLabel('规则名称').click();
  await wizard.getByRole('button', { name: '下一步' }).click();
  await wizard.getByRole('button', { name: '创建' }).click();
  await expect(wizard).toBeHidden();

  await page.getByRole('row').filter({ hasText: 'team-a-all' }).getByRole('button', { name: '立即扫描' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  const task = page.getByRole('row').filter({ has: page.getByRole('link', { name: '查看任务' }) });
  await task.getByRole('button', { name: '停止' }).click();
  await page.getByRole('dialog').filter({ hasText: '确定停止扫描任务' }).getByRole('button', { name: '确定' }).click();
  await expect(task).toContainText('已停止');
  await expect(task).toContainText('1 个镜像扫描失败');

  await task.getByRole('link', { name: '查看任务' }).click();
  await expect(page.getByText('The scan was stopped by the user.')).toBeVisible();
  await page.getByRole('button', { name: '重试' }).click();
  await page.getByRole('dialog').filter({ hasText: '重新扫描' }).getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'team-a/demo-app:v1' })).toContainText('扫描完成', {
    timeout: 30_000,
  });
  expect(consoleErrors).toEqual([]);
});

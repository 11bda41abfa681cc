/**
 * 引导: every tour completed the way a learner would, by clicking the control each step highlights (and filling
 * the wizard), with the tour moving on by itself; a reload mid-tour resumes at the same step; English too.
 */
import type { Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

// Whole procedures, each with a real scan: longer than one page's spec.
test.describe.configure({ timeout: 180_000 });

const card = (page: Page) => page.locator('.ant-tour');
const title = (page: Page) => card(page).locator('.ant-tour-title');
/** The control the current step outlines. */
const highlighted = (page: Page) => page.locator('.acr-tour-target');

/**
 * 完成 (Finish) on the last card. The card sits on the results, which may still be settling (the findings table
 * grows, the page scrolls to bring the button into view) and move the card from under the click: click again
 * until the card is gone.
 */
async function finishTour(page: Page, label: '完成' | 'Finish') {
  await expect(async () => {
    await card(page).getByRole('button', { name: label }).click({ timeout: 2_000 });
    await expect(card(page)).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
}

const WORDS = {
  zh: { region: '选择地域', next: '下一步', instances: '实例列表', scan: '安全可信 > 镜像扫描' },
  en: { region: 'Select a region', next: 'Next', instances: 'Instance list', scan: 'Security > Image scanning' },
};

/** The batch and engine tours' first steps: keep the region, open `instance`, then its 安全可信 > 镜像扫描. */
async function toScanPage(page: Page, lang: keyof typeof WORDS, instance: string) {
  const words = WORDS[lang];
  await expect(title(page)).toHaveText(words.region);
  await card(page).getByRole('button', { name: words.next }).click();
  await expect(title(page)).toHaveText(words.instances);
  await highlighted(page).getByRole('link', { name: instance }).click();
  await expect(title(page)).toHaveText(words.scan);
  await highlighted(page).click();
}

async function startFromLauncher(page: Page, launcher: string, tour: string) {
  await page.getByRole('button', { name: launcher }).click();
  await page.getByRole('menuitem', { name: tour }).click();
}

test('单镜像扫描: from 实例列表 to the vulnerabilities of a tag, surviving a reload and a pause', async ({
  page,
  consoleErrors,
}) => {
  await openConsole(page, 'cn-shanghai/instances');
  await startFromLauncher(page, '引导', '单镜像扫描');

  await expect(title(page)).toHaveText('选择地域');
  await expect(highlighted(page)).toHaveAttribute('data-tour', 'region-select');
  await page.getByRole('combobox', { name: '地域' }).click();
  await page.getByRole('option', { name: /杭州/ }).click();

  await expect(title(page)).toHaveText('实例列表');
  await highlighted(page)
    .getByRole('row')
    .filter({ hasText: 'acr-prod-hz' })
    .getByRole('link', { name: '管理' })
    .click();

  await expect(title(page)).toHaveText('镜像仓库');
  await highlighted(page).click();

  // Reload mid-tour: the same step comes back.
  await expect(title(page)).toHaveText('管理镜像仓库');
  await page.reload();
  await expect(title(page)).toHaveText('管理镜像仓库');
  await highlighted(page).getByRole('row').filter({ hasText: 'nginx' }).getByRole('link', { name: '管理' }).click();

  await expect(title(page)).toHaveText('镜像版本');
  await highlighted(page).click();

  // 关闭, wander off, then 继续引导: the step says where to go and goes there.
  await expect(title(page)).toHaveText('安全扫描');
  await card(page)
    .getByRole('button', { name: /close|关闭/i })
    .click();
  await expect(card(page)).toBeHidden();
  await page.getByRole('link', { name: '设置' }).click();
  await page.getByRole('button', { name: /引导/ }).click();
  await page.getByRole('menuitem', { name: /继续引导：单镜像扫描/ }).click();
  await expect(title(page)).toHaveText('安全扫描');
  await expect(card(page)).toContainText('此步骤在“镜像版本”页面进行。');
  await card(page).getByRole('button', { name: '前往镜像版本' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(highlighted(page)).toHaveText('安全扫描');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('立即扫描');
  await expect(page.getByText('未扫描').last()).toBeVisible();
  await expect(highlighted(page)).toContainText('立即扫描');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('查看扫描结果');
  await expect(page.getByText('扫描完成').first()).toBeVisible({ timeout: 30_000 });
  const findings = highlighted(page)
    .getByRole('table')
    .filter({ has: page.getByRole('columnheader', { name: '漏洞编号' }) });
  await expect(
    findings
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .first(),
  ).toBeVisible();
  await finishTour(page, '完成');
  await page.reload();
  await expect(card(page)).toBeHidden();
  expect(consoleErrors).toEqual([]);
});

test('批量镜像扫描 on an instance without a VPC: link one, create a rule, scan, read the results', async ({
  page,
  consoleErrors,
}) => {
  // Started from a link, as a training page would.
  await openConsole(page, 'cn-hangzhou/instances?tour=batch');
  await expect(page).not.toHaveURL(/tour=/);
  await toScanPage(page, 'zh', 'acr-prod-hz');

  // The VPC prerequisite: the scan page's notice, then 专有网络.
  await expect(title(page)).toHaveText('为企业版实例配置VPC网络');
  await expect(highlighted(page)).toContainText('批量扫描镜像需要实例已配置专有网络');
  await highlighted(page).getByRole('link', { name: '前往配置专有网络' }).click();
  await expect(title(page)).toHaveText('添加专有网络');
  await highlighted(page).click();
  await expect(title(page)).toHaveText('选择专有网络和交换机');
  const vpcDialog = page.getByRole('dialog', { name: '添加专有网络' });
  await vpcDialog.getByLabel('专有网络').click();
  await page.getByRole('option', { name: /vpc-/ }).first().click();
  await vpcDialog.getByLabel('交换机').click();
  await page.getByRole('option', { name: /vsw-/ }).first().click();
  await vpcDialog.getByRole('button', { name: '确定' }).click();
  await expect(title(page)).toHaveText('返回镜像扫描');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('选择扫描引擎');
  await expect(highlighted(page)).toContainText('Trivy扫描引擎');
  await expect(highlighted(page).getByRole('button', { name: /切换/ })).toBeVisible();
  await card(page).getByRole('button', { name: '下一步' }).click();

  await expect(title(page)).toHaveText('创建扫描规则');
  // The rules and tasks load below the engine cards; click once the page stopped moving.
  await expect(page.getByText('暂无扫描任务')).toBeVisible();
  // The outline moves to 创建规则 a moment after the title changes: click it, not the engine cards it leaves.
  await expect(highlighted(page)).toHaveText(/创建规则/);
  await expect(highlighted(page)).toBeEnabled();
  await highlighted(page).click();
  const wizard = page.getByRole('dialog', { name: '创建规则' });
  await expect(title(page)).toHaveText('规则名称');
  await highlighted(page).getByLabel('规则名称').fill('tour-nginx');

  await expect(title(page)).toHaveText('扫描范围');
  await highlighted(page).getByText('按照仓库扫描').click();
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'prod', exact: true }).click();
  await wizard.getByRole('combobox', { name: '仓库' }).click();
  await page.getByRole('option', { name: 'nginx', exact: true }).click();
  await wizard.getByLabel('规则名称').click(); // close the dropdown
  await card(page).getByRole('button', { name: '下一步' }).click();

  await expect(title(page)).toHaveText('下一步');
  await expect(highlighted(page)).toHaveText('下一步');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('事件通知');
  await page.reload(); // the wizard closes with the page; the step says how to get it back
  await expect(title(page)).toHaveText('事件通知');
  await expect(highlighted(page)).toContainText('创建规则');
  await card(page).getByRole('button', { name: '上一步' }).click();
  await expect(title(page)).toHaveText('下一步');
  await card(page).getByRole('button', { name: '上一步' }).click();
  await card(page).getByRole('button', { name: '上一步' }).click();
  await card(page).getByRole('button', { name: '上一步' }).click();
  await expect(title(page)).toHaveText('创建扫描规则');
  await highlighted(page).click();
  await expect(title(page)).toHaveText('规则名称');
  await wizard.getByLabel('规则名称').fill('tour-nginx');
  await wizard.getByText('按照仓库扫描').click();
  await wizard.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: 'prod', exact: true }).click();
  await wizard.getByRole('combobox', { name: '仓库' }).click();
  await page.getByRole('option', { name: 'nginx', exact: true }).click();
  await wizard.getByLabel('规则名称').click();
  await expect(title(page)).toHaveText('扫描范围');
  await wizard.getByRole('button', { name: '下一步' }).click(); // the wizard's own 下一步 ends 扫描范围 too

  await expect(title(page)).toHaveText('事件通知');
  await wizard.getByText('钉钉', { exact: true }).click();
  await wizard.getByLabel('Webhook 地址').fill('https://oapi.dingtalk.com/robot/send?access_token=demo');
  await wizard.getByLabel('加签密钥').fill('SEC0123456789');
  await expect(highlighted(page)).toHaveText(/创\s?建/);
  await highlighted(page).click();

  await expect(title(page)).toHaveText('立即扫描');
  await expect(highlighted(page)).toHaveText('立即扫描');
  await highlighted(page).click();
  // The highlight moves to the dialog's 确定.
  await expect(highlighted(page)).toHaveText(/确\s?定/);
  await highlighted(page).click();

  await expect(title(page)).toHaveText(/任务列表|查看任务/);
  await expect(title(page)).toHaveText('查看任务', { timeout: 30_000 });
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: 'tour-nginx' })
      .filter({ has: page.getByRole('link', { name: '查看任务' }) }),
  ).toContainText('扫描完成');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('任务详情');
  await expect(page.getByRole('heading', { name: '任务详情' })).toBeVisible();
  await expect(highlighted(page)).toHaveText('查看详情');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('查看扫描结果');
  await expect(page.getByRole('heading', { name: '安全扫描' })).toBeVisible();
  await expect(highlighted(page).getByRole('columnheader', { name: '漏洞编号' })).toBeVisible();
  await finishTour(page, '完成');
  expect(consoleErrors).toEqual([]);
});

test('设置云安全扫描引擎: 云资源访问授权, 同意授权, 升级云安全引擎, the service role, 立即购买, 支付, the engine in use', async ({
  page,
  consoleErrors,
}) => {
  await openConsole(page, 'cn-hangzhou/instances');
  await startFromLauncher(page, '引导', '设置云安全扫描引擎');
  await toScanPage(page, 'zh', 'acr-prod-hz');

  await expect(title(page)).toHaveText('扫描信息');
  await expect(card(page)).toContainText('Trivy扫描引擎：开源扫描引擎');
  await expect(highlighted(page)).toContainText('升级云安全引擎');
  await card(page).getByRole('button', { name: '下一步' }).click();

  // The seed's order: authorise first, from the link in 扫描信息; 同意授权 comes back to 镜像扫描.
  await expect(title(page)).toHaveText('云资源访问授权');
  await highlighted(page).click();
  await expect(page).toHaveURL(/\/ram\/authorize/);
  await expect(title(page)).toHaveText('同意授权');
  await highlighted(page).click();
  await expect(title(page)).toHaveText('升级云安全引擎');
  await expect(page).toHaveURL(/\/scan/);
  await highlighted(page).click();

  await expect(title(page)).toHaveText('创建服务关联角色');
  await expect(card(page)).toContainText('AliyunServiceRoleForSas');
  await page.getByRole('dialog', { name: '创建服务关联角色' }).getByRole('button', { name: '创建' }).click();
  await expect(title(page)).toHaveText('立即购买');
  await page.getByText('我已阅读并同意《容器镜像服务协议》').click();
  await highlighted(page).getByRole('button', { name: '立即购买' }).click();
  await expect(title(page)).toHaveText('支付');
  await highlighted(page).click();
  await expect(title(page)).toHaveText('返回镜像扫描');
  await highlighted(page).click();

  await expect(title(page)).toHaveText('云安全扫描引擎');
  await expect(highlighted(page)).toContainText('云安全扫描引擎');
  await expect(card(page)).toContainText('已默认切换为云安全引擎');
  await finishTour(page, '完成');
  expect(consoleErrors).toEqual([]);
});

test.describe('with reduced motion', () => {
  // No smooth scrolling to the target and no pulsing outline, as the user's system asks.
  test.use({ reducedMotion: 'reduce' });

  test('in English: the single-image tour speaks English and resumes after a reload', async ({
    page,
    consoleErrors,
  }) => {
    await openConsole(page, 'cn-hangzhou/instances');
    await page.getByText('English', { exact: true }).click();
    await startFromLauncher(page, 'Guide', 'Scan a single image');

    await expect(title(page)).toHaveText('Select a region');
    await expect(highlighted(page)).toHaveCSS('animation-name', 'none');
    await expect(card(page)).toContainText('In the top navigation bar, select the region you need.');
    await card(page).getByRole('button', { name: 'Next' }).click();
    await expect(title(page)).toHaveText('Instance list');
    await highlighted(page)
      .getByRole('row')
      .filter({ hasText: 'acr-prod-hz' })
      .getByRole('link', { name: 'Manage' })
      .click();
    await expect(title(page)).toHaveText('Repositories');
    await page.reload();
    await expect(title(page)).toHaveText('Repositories');
    await expect(card(page)).toContainText('choose Repository > Repositories');
    await highlighted(page).click();
    await expect(title(page)).toHaveText('Manage a repository');
    await highlighted(page).getByRole('row').filter({ hasText: 'nginx' }).getByRole('link', { name: 'Manage' }).click();
    await expect(title(page)).toHaveText('Image tags');
    await highlighted(page).click();
    await expect(title(page)).toHaveText('Security scan');
    // The row's scan status and signature load after the tags: let the columns settle before clicking.
    const row = page.getByRole('row').filter({ has: highlighted(page) });
    await expect(row).toContainText('Not scanned');
    await expect(row).toContainText('Unsigned');
    await highlighted(page).click();
    await expect(title(page)).toHaveText('Scan now');
    await highlighted(page).click();
    await expect(title(page)).toHaveText('View the scan results');
    await expect(card(page)).toContainText('The Security Scan page shows the results');
    await finishTour(page, 'Finish');
    expect(consoleErrors).toEqual([]);
  });

  test('in English: the batch tour on an instance with a VPC, from the engine to the results', async ({
    page,
    consoleErrors,
  }) => {
    // The `vulnerable` seed's instance has its VPC linked: the tour skips the VPC steps.
    await openConsole(page, 'cn-hangzhou/instances', 'vulnerable');
    await page.getByText('English', { exact: true }).click();
    await startFromLauncher(page, 'Guide', 'Scan images in batches');

    await toScanPage(page, 'en', 'acr-legacy-hz');

    await expect(title(page)).toHaveText('Choose the scan engine');
    await expect(highlighted(page)).toContainText('Trivy');
    await card(page).getByRole('button', { name: 'Next' }).click();

    await expect(title(page)).toHaveText('Create a scan rule');
    // The rules and tasks load below the engine cards; click once the page stopped moving.
    await expect(page.getByText('No scan tasks yet')).toBeVisible();
    // The outline moves to Create rule a moment after the title changes: click it, not the engine cards it leaves.
    await expect(highlighted(page)).toHaveText(/Create rule/);
    await expect(highlighted(page)).toBeEnabled();
    await highlighted(page).click();
    const wizard = page.getByRole('dialog', { name: 'Create rule' });
    await expect(title(page)).toHaveText('Rule name');
    await highlighted(page).getByLabel('Rule name').fill('tour-alpine');
    await expect(title(page)).toHaveText('Scan scope');
    await wizard.getByText('By repository').click();
    await wizard.getByRole('combobox', { name: 'Namespace' }).click();
    await page.getByRole('option', { name: 'base', exact: true }).click();
    await wizard.getByRole('combobox', { name: 'Repositories' }).click();
    await page.getByRole('option', { name: 'alpine', exact: true }).click();
    await wizard.getByLabel('Rule name').click(); // close the dropdown
    await card(page).getByRole('button', { name: 'Next' }).click();
    await expect(title(page)).toHaveText('Next step');
    await highlighted(page).click();

    await expect(title(page)).toHaveText('Event notification');
    await highlighted(page).click(); // 创建 / Create, without a notification (it is optional)
    await expect(title(page)).toHaveText('Scan now');
    await highlighted(page).click();
    await expect(highlighted(page)).toHaveText('OK');
    await highlighted(page).click();

    await expect(title(page)).toHaveText('View the task', { timeout: 30_000 });
    await highlighted(page).click();
    await expect(title(page)).toHaveText('Task details');
    await expect(highlighted(page)).toHaveText('View details');
    await highlighted(page).click();
    await expect(title(page)).toHaveText('View the scan results');
    await expect(highlighted(page).getByRole('columnheader', { name: 'Vulnerability ID' })).toBeVisible();
    await finishTour(page, 'Finish');
    expect(consoleErrors).toEqual([]);
  });

  test('in English: with the cloud engine already bought, the engine tour skips authorization and purchase', async ({
    page,
    consoleErrors,
  }) => {
    await openConsole(page, 'cn-hangzhou/instances', 'cloud-engine-bought');
    await page.getByText('English', { exact: true }).click();
    await startFromLauncher(page, 'Guide', 'Set up the cloud-security engine');
    await toScanPage(page, 'en', 'acr-prod-hz');
    await expect(title(page)).toHaveText('Scan information');
    await card(page).getByRole('button', { name: 'Next' }).click();
    // Authorized and bought: straight to the engine in use.
    await expect(title(page)).toHaveText('Cloud-security scan engine');
    await expect(card(page)).toContainText('12 / 12');
    await finishTour(page, 'Finish');
    expect(consoleErrors).toEqual([]);
  });
});

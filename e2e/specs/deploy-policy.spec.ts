import { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';
import { pick } from '../kit/pages/shared';

/** 实例列表 (杭州) → acr-prod-hz 管理; returns the instance's base path (`/cn-hangzhou/instances/cri-…`). */
async function openProdInstance(acr: Acr): Promise<string> {
  await acr.openInstance('acr-prod-hz');
  await expect(acr.page).toHaveURL(/\/instances\/cri-[^/]+\//);
  return new URL(acr.page.url()).pathname.replace(/^(.*\/instances\/cri-[^/]+)\/.*$/, '$1');
}

/** 镜像仓库 → <repo> 管理 → 镜像版本 → <tag> 安全扫描 → 立即扫描, until 扫描完成. */
async function scanTag(acr: Acr, repo: string, tag: string) {
  await acr.repositories.open();
  await acr.repositories.openTags(repo);
  await acr.tags.openScan(tag);
  await acr.tagScan.scanNow();
}

test('a 高危 ≥ 1 policy: 预览 blocks the scanned vulnerable tag, 模拟部署 denies it until its High findings are ignored', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(180_000);
  const base = await openProdInstance(acr);
  await scanTag(acr, 'nginx', '1.25-alpine');
  await expect(acr.tagScan.findings.getByText('高危', { exact: true }).first()).toBeVisible();

  // 创建策略 for prod: 高危 ≥ 1, OR, 阻断 (the defaults), previewed before it is saved.
  await page.goto(`${base}/policies`);
  await expect(acr.policies.heading).toBeVisible();
  await expect(page.getByText('暂无部署策略')).toBeVisible();
  const dialog = await acr.policies.startCreate('prod');
  await expect(dialog.getByRole('combobox', { name: '漏洞等级' })).toBeVisible();
  await expect(dialog.getByText('高危', { exact: true })).toBeVisible();
  await expect(dialog.getByLabel('漏洞数量阈值')).toHaveValue('1');
  await acr.policies.preview();

  // prod holds 9 tags; only the scanned vulnerable one is blocked (unscanned tags pass: 阻断未扫描 is off).
  await expect(dialog.getByText('将阻断 1 个镜像 / 共 9 个')).toBeVisible();
  const blocked = dialog
    .getByRole('region', { name: '将阻断的镜像' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  await expect(blocked).toHaveCount(1);
  await expect(blocked).toContainText('nginx');
  await expect(blocked.getByRole('cell', { name: '1.25-alpine', exact: true })).toBeVisible();
  await expect(blocked).toContainText(/存在 \d+ 个高危漏洞（不含已忽略），达到阻断阈值 1 个/);
  await dialog.getByText('允许的镜像（8）').click();
  await expect(dialog.getByRole('cell', { name: '1.25.3-alpine', exact: true })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'legacy-portal', exact: true }).first()).toBeVisible();

  await acr.policies.submitCreate();
  const policyRow = acr.policies.policyRow('prod');
  await expect(policyRow).toContainText('高危 ≥ 1');
  await expect(policyRow).toContainText('阻断');
  await expect(policyRow).toContainText('OR');
  await expect(policyRow.getByRole('switch')).toBeChecked();

  // 模拟部署 of the vulnerable tag: denied, with the threshold reason and the digest reference.
  await acr.policies.checkDeployment('prod', 'nginx', '1.25-alpine');
  await expect(page.getByText('拒绝部署', { exact: true })).toBeVisible();
  await expect(page.getByText(/\/prod\/nginx@sha256:[0-9a-f]{64}/)).toBeVisible();
  const reasons = page.getByRole('region', { name: '拒绝原因' });
  await expect(reasons).toContainText(/存在 \d+ 个高危漏洞（不含已忽略），达到阻断阈值 1 个/);
  await expect(page.getByText('阻断', { exact: true })).toBeVisible();

  // The result links to the scan; there, 忽略 every High finding for this tag only.
  await page.getByRole('link', { name: '查看该镜像的扫描结果' }).click();
  await acr.tagScan.expectComplete();
  await page.goto(`${page.url()}?severity=High&pageSize=100`);
  await acr.tagScan.expectComplete();
  const rows = acr.tagScan.rows;
  // Wait for the findings themselves (a loading table has one blank row), all 高危.
  await expect(rows.filter({ hasText: '高危' }).first()).toBeVisible();
  await expect(acr.tagScan.findings.getByText(/^(中危|低危|未知)$/)).toHaveCount(0);
  const highs = await rows.count();
  expect(highs).toBeGreaterThan(1);
  // One exception covers every row of its CVE (several packages may share one), so count what is left each time.
  const open = rows.filter({ has: page.getByRole('button', { name: '忽略', exact: true }) });
  for (let left = await open.count(); left > 0; ) {
    const row = open.first();
    const cve = (await row.getByRole('cell').first().getByRole('button').first().textContent())?.trim() ?? '';
    const ignore = await acr.tagScan.startIgnore(row);
    await expect(ignore.getByLabel('漏洞编号')).toHaveValue(cve);
    await expect(ignore.getByRole('radio', { name: '仅此 Tag' })).toBeChecked();
    await expect(ignore.getByLabel('创建人')).toHaveValue('acr-demo@1888****1234');
    await ignore.getByLabel('原因').fill('Not reachable at run time: accepted until the rebuild');
    await ignore.getByRole('button', { name: '确定' }).click();
    await expect(ignore).toBeHidden();
    await expect(rows.filter({ hasText: cve }).first()).toContainText('已忽略');
    left = await open.count();
  }
  await expect(rows.filter({ has: page.getByRole('button', { name: '忽略', exact: true }) })).toHaveCount(0);
  await expect(rows.filter({ hasText: '已忽略' })).toHaveCount(highs);
  // The summary keeps the raw counts and says what is left after the exceptions.
  await expect(page.getByText('（忽略后 0）').first()).toBeVisible();

  // 模拟部署 again, by a deep link that names the tag: it runs at once and now allows the image.
  await page.goto(`${base}/policies?tab=check&namespace=prod&repo=nginx&tag=1.25-alpine`);
  await expect(page.getByText('允许部署', { exact: true })).toBeVisible();

  // 漏洞例外 lists them, in force, for the tag.
  await acr.policies.tab('漏洞例外');
  const exceptions = page.getByRole('row').filter({ hasText: 'prod/nginx:1.25-alpine' });
  await expect(exceptions.first()).toContainText('生效中');
  await expect(exceptions.filter({ hasText: '已过期' })).toHaveCount(0);
  await expect(exceptions.first()).toContainText('Not reachable at run time');
  expect(consoleErrors).toEqual([]);
});

test('a 阻断从未扫描的镜像 policy denies an unscanned tag with the unscanned reason', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await openProdInstance(acr);
  await acr.policies.open();
  const dialog = await acr.policies.startCreate('dev');
  await pick(page, dialog, '漏洞等级', '不检查');
  // A policy that checks nothing is refused at the form.
  await acr.policies.preview();
  await expect(dialog.getByText('策略没有任何检查条件', { exact: false })).toBeVisible();
  await dialog.getByRole('switch', { name: '阻断从未扫描的镜像' }).click();
  await expect(dialog.getByText('策略没有任何检查条件', { exact: false })).toBeHidden();
  await acr.policies.preview();
  // dev holds 6 tags, none scanned: every one is blocked.
  await expect(dialog.getByText('将阻断 6 个镜像 / 共 6 个')).toBeVisible();
  await acr.policies.submitCreate();
  const policyRow = acr.policies.policyRow('dev');
  await expect(policyRow).toContainText('是');

  await acr.policies.checkDeployment('dev', 'python-worker', '0.9.0');
  await expect(page.getByText('拒绝部署', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: '拒绝原因' })).toContainText('镜像从未扫描，策略禁止部署未扫描的镜像');
  await expect(page.getByText('从未扫描', { exact: true })).toBeVisible();

  // Switched off (停用), the policy no longer judges: the same tag is allowed.
  await acr.policies.tab('部署策略');
  await acr.policies.toggle('dev');
  await expect(policyRow).toContainText('停用');
  await acr.policies.checkDeployment('dev', 'python-worker', '0.9.0');
  await expect(page.getByText('允许部署', { exact: true })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test('an exception whose expiry passes is listed as 已过期 and its finding as 例外已过期', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  // The page's clock (which the in-browser backend reads) runs naturally until the test moves it on.
  // It goes in before the console loads, so this test opens the console itself rather than through `acr`.
  await page.clock.install();
  const acr = new Acr(page);
  await acr.open('cn-hangzhou/instances');
  const base = await openProdInstance(acr);
  await scanTag(acr, 'alpine', '3.18.0');
  const rows = acr.tagScan.rows;
  const row = rows.filter({ has: page.getByRole('button', { name: '忽略', exact: true }) }).first();
  const cve = (await row.getByRole('cell').first().getByRole('button').first().textContent())?.trim() ?? '';
  const ignore = await acr.tagScan.startIgnore(row);
  await ignore.getByRole('radio', { name: '整个仓库' }).check();
  await ignore.getByLabel('原因').fill('Short-lived acceptance');
  await ignore.getByLabel('到期时间').click();
  await page.getByText('今天', { exact: true }).click();
  await ignore.getByRole('button', { name: '确定' }).click();
  await expect(ignore).toBeHidden();
  const excepted = rows.filter({ hasText: cve }).first();
  await expect(excepted).toContainText('已忽略');
  const scanUrl = page.url();

  await page.goto(`${base}/policies?tab=exceptions`);
  const listed = page.getByRole('row').filter({ hasText: cve });
  await expect(listed).toContainText('生效中');
  await expect(listed).toContainText('base/alpine');

  // Two days later the exception no longer applies.
  await page.clock.fastForward('48:00:00');
  await page.reload();
  await expect(listed).toContainText('已过期');
  await page.goto(scanUrl);
  await expect(acr.tagScan.findings.getByRole('row').filter({ hasText: cve }).first()).toContainText('例外已过期');
  expect(consoleErrors).toEqual([]);
});

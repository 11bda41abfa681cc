/**
 * Accessibility and comfort (issue 9, item 5): axe-core (WCAG 2 A/AA) on every page of the route table and the
 * main dialogs, in the light and the dark theme, with zero serious or critical violations; dark mode follows
 * the system and is switchable; 创建规则 completes with the keyboard alone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';

type Finding = { page: string; id: string; impact: string; nodes: string[] };

/** The page content only: the shell (top bar, navigation) is audited in full on a few pages, not on each. */
const PAGE = 'main';
/** Dialogs and drawers render in portals at the end of the body. */
const MODAL = '.ant-modal-wrap';
const DRAWER = '.ant-drawer';

/** Waits for the page's data, runs axe (on `include`, else the whole page) and collects what it reports. */
async function audit(page: Page, name: string, findings: Finding[], include?: string): Promise<void> {
  const started = Date.now();
  // The pointer rests where the last click was: park it, so axe sees resting colours, not a hover state.
  await page.mouse.move(0, 0);
  await expect(page.locator('.ant-spin-spinning, .ant-skeleton')).toHaveCount(0, { timeout: 15_000 });
  const ready = Date.now();
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']);
  if (include) builder = builder.include(include);
  const result = await builder.analyze();
  if (process.env.A11Y_TIMING)
    console.log(
      `[time] ${new Date().toISOString().slice(14, 23)} ${name}: wait ${ready - started} ms, axe ${Date.now() - ready} ms`,
    );
  for (const v of result.violations) {
    findings.push({
      page: name,
      id: v.id,
      impact: v.impact ?? 'unknown',
      nodes: v.nodes
        .slice(0, 6)
        .map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    });
  }
}

/** A compact report; serious and critical fail the test, the rest are printed. */
function report(findings: Finding[]): Finding[] {
  for (const f of findings) console.log(`[axe ${f.impact}] ${f.page}: ${f.id}\n    ${f.nodes.join('\n    ')}`);
  return findings.filter((f) => f.impact === 'serious' || f.impact === 'critical');
}

/**
 * Navigates inside the running app (history + popstate, as the router's own links do) rather than reloading:
 * a reload boots the app and the mock backend again, which would double the spec's time. Waits for the new
 * route's title (same-route visits such as `?tab=` render at once) and its heading or content.
 */
async function visit(page: Page, path: string, heading?: string | RegExp): Promise<void> {
  const before = await page.title();
  const href = new URL(path, test.info().project.use.baseURL).href;
  const samePath = await page.evaluate((to) => {
    const url = new URL(to);
    const same = url.pathname === window.location.pathname;
    window.history.pushState(null, '', url.href);
    window.dispatchEvent(new PopStateEvent('popstate'));
    return same;
  }, href);
  const pathname = new URL(href).pathname;
  await expect(page).toHaveURL((url) => url.pathname === pathname);
  if (!samePath && !pathname.includes('such')) {
    // A popstate that lands while the router is still loading the previous lazy route can be dropped; the
    // page then keeps the old route under the new URL. Load the URL for real in that case.
    const routed = await expect(page)
      .not.toHaveTitle(before, { timeout: 5_000 })
      .then(() => true)
      .catch(() => false);
    if (!routed) {
      await page.goto(href);
      await expect(page).not.toHaveTitle(before, { timeout: 20_000 });
    }
  }
  const main = page.getByRole('main');
  if (heading) await expect(main.getByRole('heading', { name: heading }).first()).toBeVisible();
  else await expect(main).not.toBeEmpty();
}

/** The seed's acr-dev-hz (it has a VPC, so batch scans run): its base path, e.g. `cn-hangzhou/instances/cri-…`. */
async function openDevInstance(acr: Acr): Promise<string> {
  await acr.openInstance('acr-dev-hz');
  return new URL(acr.page.url()).pathname.replace(/^\//, '').replace(/\/overview$/, '');
}

/** Creates a rule on team-a that notifies an unreachable HTTP address (so a record exists) and runs it. */
async function ruleTask(acr: Acr): Promise<void> {
  await acr.scan.createRule({
    name: 'a11y-rule',
    scope: { namespace: 'team-a' },
    notify: { http: { url: 'http://127.0.0.1:9/a11y' } },
  });
  await acr.scan.scanNow('a11y-rule');
  await expect(acr.scan.tasks.first()).toContainText('扫描完成', { timeout: 60_000 });
}

async function auditEverything(acr: Acr, theme: 'light' | 'dark'): Promise<Finding[]> {
  const { page } = acr;
  const findings: Finding[] = [];
  const at = (name: string) => `${theme} ${name}`;
  const base = await openDevInstance(acr);

  await visit(page, 'cn-hangzhou/instances', '实例列表');
  await audit(page, at('实例列表'), findings);
  await visit(page, `${base}/overview`);
  await audit(page, at('概览'), findings);

  await visit(page, `${base}/namespaces`, '命名空间');
  await audit(page, at('命名空间'), findings, PAGE);
  await acr.namespaces.startCreate();
  await expect(acr.namespaces.createDialog).toBeVisible();
  await audit(page, at('创建命名空间 dialog'), findings, MODAL);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  await visit(page, `${base}/repositories`, '镜像仓库');
  await audit(page, at('镜像仓库'), findings, PAGE);
  await acr.repositories.manage('demo-app');
  const repo = new URL(page.url()).pathname.replace(/^\//, '').replace(/\/info$/, '');
  await visit(page, `${repo}/info`);
  await audit(page, at('仓库基本信息'), findings, PAGE);
  await visit(page, `${repo}/tags`);
  await audit(page, at('镜像版本'), findings, PAGE);

  await visit(page, `${base}/scan`, '镜像扫描');
  await audit(page, at('镜像扫描'), findings, PAGE);
  const wizard = await acr.scan.startRule();
  await audit(page, at('创建规则 wizard'), findings, MODAL);
  await wizard.cancel();
  await ruleTask(acr);
  await audit(page, at('镜像扫描 with a task'), findings, PAGE);
  await acr.scan.openTask(acr.scan.tasks.first());
  await audit(page, at('任务详情'), findings, PAGE);
  await acr.task.openDetails('team-a/demo-app:v1');
  await acr.tagScan.expectComplete();
  await audit(page, at('安全扫描 result'), findings, PAGE);

  for (const [path, name] of [
    ['signing', '镜像加签 加签规则'],
    ['signing?tab=witnesses', '镜像加签 证明者'],
    ['signing?tab=keys', '镜像加签 密钥'],
    ['policies', '部署策略'],
    ['policies?tab=exceptions', '部署策略 tab 2'],
    ['policies?tab=check', '部署策略 tab 3'],
    ['reports', '安全报告'],
    ['search', '漏洞检索'],
    ['diff', '扫描对比'],
    ['events/rules', '事件规则'],
    ['events/demo-receiver', '演示接收器'],
    ['vpc', '访问控制'],
  ] as const) {
    await visit(page, `${base}/${path}`);
    await audit(page, at(name), findings, PAGE);
  }

  await visit(page, `${base}/events/records`, '事件记录');
  await audit(page, at('事件记录'), findings, PAGE);
  // The rule's notification is delivered (and fails) in the background: its record may come a moment later.
  const record = acr.events.recordRow('a11y-rule').first();
  await expect(record.getByRole('button', { name: '查看' })).toBeVisible({ timeout: 30_000 });
  await acr.events.openRecord(record);
  await audit(page, at('事件记录详情 drawer'), findings, DRAWER);

  for (const [path, name] of [
    ['settings', '设置'],
    ['ram/users', 'RAM 用户'],
    ['ram/groups', 'RAM 用户组'],
    ['ram/policies', 'RAM 权限策略'],
    ['ram/audit', 'RAM 审计'],
    ['ram/authorize', '云资源访问授权'],
    ['sas/buy', '云安全中心购买'],
    ['no/such/page', '404'],
  ] as const) {
    await visit(page, path);
    // 设置 and RAM have their own shell (no region, the RAM navigation): audited in full.
    await audit(page, at(name), findings, name === '设置' || name === 'RAM 用户' ? undefined : PAGE);
  }
  return findings;
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`in the ${theme} theme`, () => {
    // The system's colour scheme from the first page load on (the console follows it).
    test.use({ colorScheme: theme });

    test(`axe: every page and the main dialogs have no serious or critical violation (${theme})`, async ({ acr }) => {
      test.setTimeout(180_000);
      const findings = await auditEverything(acr, theme);
      expect(report(findings).map((f) => `${f.page}: ${f.id} (${f.impact}) ${f.nodes[0] ?? ''}`)).toEqual([]);
    });
  });
}

const bodyBackground = (page: Page) =>
  page.evaluate(() => {
    const [r, g, b] = (getComputedStyle(document.body).backgroundColor.match(/\d+/g) ?? []).map(Number);
    return (0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)) / 255;
  });

test.describe('on a dark system, starting on 设置', () => {
  test.use({ colorScheme: 'dark', startPath: 'settings' });

  test('dark mode follows the system, 浅色/深色 override it, and the choice survives a reload', async ({
    acr,
    page,
  }) => {
    await expect(acr.page.getByRole('heading', { name: '设置' })).toBeVisible();
    const mode = page.getByRole('radiogroup', { name: '主题' });
    await expect(mode.getByRole('radio', { name: '跟随系统' })).toBeChecked();
    expect(await bodyBackground(page)).toBeLessThan(0.2);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    await mode.getByText('浅色', { exact: true }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    expect(await bodyBackground(page)).toBeGreaterThan(0.8);
    await page.reload();
    await expect(page.getByRole('radiogroup', { name: '主题' }).getByRole('radio', { name: '浅色' })).toBeChecked();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

    // The top bar switches too: 深色 while the system is light.
    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: /^外观/ }).click();
    await page.getByRole('menuitem', { name: '深色' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await bodyBackground(page)).toBeLessThan(0.2);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(page.getByRole('button', { name: '外观：深色' })).toBeVisible();
  });
});

/** Presses Tab (or Shift+Tab) until `target` has the focus; fails when it is not reachable. */
async function tabTo(page: Page, target: Locator, { back = false, max = 60 } = {}): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement || el.contains(document.activeElement))) return;
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
  }
  throw new Error(`not reachable with ${back ? 'Shift+Tab' : 'Tab'}: ${target}`);
}

test('创建规则 completes with the keyboard alone', async ({ acr, page }) => {
  test.setTimeout(90_000);
  const base = await openDevInstance(acr);
  // A fresh load, so the focus starts at the top of the page.
  await page.goto(`${base}/scan`);
  await expect(acr.scan.heading).toBeVisible();
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);

  // From the top of the page: Tab to 创建规则, Enter opens the wizard.
  await tabTo(page, page.getByRole('button', { name: /创建规则/ }), { max: 120 });
  await page.keyboard.press('Enter');
  const wizard = acr.scan.wizard.dialog;
  await expect(wizard).toBeVisible();

  // 扫描规则: 规则名称, 扫描范围 (arrow keys), 命名空间 (type and Enter), then 下一步.
  const name = wizard.getByLabel('规则名称');
  await tabTo(page, name);
  await page.keyboard.type('keyboard-rule');
  await tabTo(page, wizard.getByRole('radio', { name: '按照命名空间扫描' }));
  await page.keyboard.press('ArrowRight');
  await expect(wizard.getByRole('radio', { name: '按照仓库扫描' })).toBeChecked();
  await page.keyboard.press('ArrowLeft');
  await expect(wizard.getByRole('radio', { name: '按照命名空间扫描' })).toBeChecked();
  await tabTo(page, wizard.getByRole('combobox', { name: '命名空间' }));
  await page.keyboard.type('team-a');
  await expect(page.getByRole('option', { name: 'team-a', exact: true })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(wizard.locator('.ant-select-selection-item', { hasText: 'team-a' })).toBeVisible();
  // A multiple Select stays open after a pick (Tab there toggles the active option): Escape closes the list only.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('option', { name: 'team-a', exact: true })).toBeHidden();
  await expect(wizard).toBeVisible();
  await tabTo(page, wizard.getByRole('button', { name: '下一步' }));
  await page.keyboard.press('Enter');

  // 事件通知: arrow keys to HTTP, type the address, Tab to 创建.
  const none = wizard.getByRole('radio', { name: '不通知' });
  await expect(none).toBeVisible();
  await tabTo(page, none, { back: true });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(wizard.getByRole('radio', { name: 'HTTP', exact: true })).toBeChecked();
  await tabTo(page, wizard.getByLabel('地址'));
  await page.keyboard.type('http://127.0.0.1:9/keyboard');
  await tabTo(page, wizard.getByRole('button', { name: '创建' }));
  await page.keyboard.press('Enter');
  await expect(wizard).toBeHidden();
  await expect(acr.scan.ruleRow('keyboard-rule')).toContainText('team-a');
});

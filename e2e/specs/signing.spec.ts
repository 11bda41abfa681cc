import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, openConsole, test } from '../kit/console';

/** 实例列表 → acr-prod-hz 管理 → 安全可信 > 镜像加签. */
async function openSigning(page: Page) {
  await openConsole(page, 'cn-hangzhou/instances');
  await page.getByRole('row').filter({ hasText: 'acr-prod-hz' }).getByRole('link', { name: '管理' }).click();
  await gotoSigning(page);
}

async function gotoSigning(page: Page, tab?: '加签规则' | '证明者' | '密钥管理') {
  await page.getByRole('menuitem', { name: '镜像加签' }).click();
  await expect(page.getByRole('heading', { name: '镜像加签' })).toBeVisible();
  if (tab) await page.getByRole('tab', { name: tab }).click();
}

/** 密钥管理 > 创建密钥; returns the new key's id. */
async function createKey(page: Page, spec: 'RSA_2048' | 'EC_P256', description: string): Promise<string> {
  await page.getByRole('tab', { name: '密钥管理' }).click();
  await page.getByRole('button', { name: '创建密钥' }).first().click();
  const dialog = page.getByRole('dialog', { name: '创建密钥' });
  await expect(dialog.getByText(/私钥在浏览器中生成.*无法导出/)).toBeVisible();
  await dialog.getByRole('radio', { name: new RegExp(spec) }).check();
  await dialog.getByLabel('描述').fill(description);
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: description });
  await expect(row).toContainText(spec);
  await expect(row).toContainText('SIGN/VERIFY');
  await expect(row).toContainText('启用');
  const keyId = (await row.getByRole('cell').first().textContent())?.trim() ?? '';
  expect(keyId).toMatch(/^key-[0-9a-z]+$/);
  return keyId;
}

/** 证明者 > 创建证明者 with the key. */
async function createWitness(page: Page, name: string, keyId: string) {
  await page.getByRole('tab', { name: '证明者' }).click();
  await page.getByRole('button', { name: '创建证明者' }).first().click();
  const dialog = page.getByRole('dialog', { name: '创建证明者' });
  await dialog.getByLabel('名称').fill(name);
  await dialog.getByRole('combobox', { name: '密钥' }).click();
  await page.getByRole('option', { name: new RegExp(keyId) }).click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText(keyId);
}

interface RuleInput {
  name: string;
  namespace: string;
  repo: string;
  tag: string;
  witness: string;
  trigger: '自动加签（推送时）' | '手动加签';
}

async function createRule(page: Page, rule: RuleInput) {
  await page.getByRole('tab', { name: '加签规则' }).click();
  await page.getByRole('button', { name: '添加加签规则' }).first().click();
  const dialog = page.getByRole('dialog', { name: '添加加签规则' });
  await dialog.getByLabel('规则名称').fill(rule.name);
  await dialog.getByRole('combobox', { name: '命名空间' }).click();
  await page.getByRole('option', { name: rule.namespace, exact: true }).click();
  await expect(dialog.getByLabel('仓库正则')).toHaveValue('.*');
  await expect(dialog.getByLabel('Tag 正则')).toHaveValue('.*');
  await dialog.getByLabel('仓库正则').fill(rule.repo);
  await dialog.getByLabel('Tag 正则').fill(rule.tag);
  await dialog.getByRole('combobox', { name: '证明者' }).click();
  await page.getByRole('option', { name: new RegExp(`^${rule.witness}`) }).click();
  await dialog.getByRole('radio', { name: new RegExp(rule.trigger.replace(/[（）]/g, '.')) }).check();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: rule.name });
  await expect(row).toContainText(rule.trigger);
  await expect(row).toContainText(rule.witness);
}

/** From a repository's pages back to the instance (its menu), through the breadcrumb. */
async function backToInstance(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: 'acr-prod-hz' }).click();
  await expect(page.getByRole('menuitem', { name: '镜像加签' })).toBeVisible();
}

/** 镜像仓库 → <namespace>/<repo> 管理 → 镜像版本. */
async function openTags(page: Page, namespace: string, repo: string) {
  await page.getByRole('menuitem', { name: '镜像仓库' }).click();
  await page.getByPlaceholder('按仓库名称搜索').fill(repo);
  await page.getByPlaceholder('按仓库名称搜索').press('Enter');
  await page
    .getByRole('row')
    .filter({ hasText: namespace })
    .filter({ hasText: repo })
    .getByRole('link', { name: /管理/ })
    .first()
    .click();
  await page.getByRole('menuitem', { name: '镜像版本' }).click();
  await expect(page.getByRole('columnheader', { name: '签名' })).toBeVisible();
}

const tagRow = (page: Page, tag: string) =>
  page.getByRole('row').filter({ has: page.getByRole('cell', { name: tag, exact: true }) });

/** 更多 → <action> of a tag row. */
async function rowAction(page: Page, row: Locator, action: string) {
  await row.getByRole('button', { name: /更多/ }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** 验证签名: the result dialog, closed again after `check`. */
async function verify(page: Page, tag: string, check: (dialog: Locator) => Promise<void>) {
  await rowAction(page, tagRow(page, tag), '验证签名');
  const dialog = page.getByRole('dialog', { name: `验证签名：${tag}` });
  await expect(dialog.getByText('验证结果')).toBeVisible();
  await check(dialog);
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  await expect(dialog).toBeHidden();
}

async function tamper(page: Page, tag: string, mode: '篡改签名内容' | '篡改镜像内容') {
  await rowAction(page, tagRow(page, tag), '模拟篡改');
  const dialog = page.getByRole('dialog', { name: `模拟篡改“${tag}”` });
  await expect(dialog.getByText(/绕过推送、直接改写仓库存储/)).toBeVisible();
  await dialog.getByRole('radio', { name: new RegExp(mode) }).check();
  await dialog.getByRole('button', { name: '确认篡改' }).click();
  await expect(dialog).toBeHidden();
}

/** Clicks a download button, expects the file name, and saves what the browser received as `dir/<saveAs>`. */
async function saveDownload(page: Page, button: Locator, dir: string, name: string, saveAs = name) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  expect(download.suggestedFilename()).toBe(name);
  await download.saveAs(join(dir, saveAs));
}

const openssl = (dir: string) =>
  spawnSync(
    '/usr/bin/openssl',
    ['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'signature.sig', 'payload.json'],
    {
      cwd: dir,
      encoding: 'utf8',
    },
  )
    .stdout.split('\n')[0]
    ?.trim();

/**
 * 导出签名 of a tag: saves payload.json and signature.sig, plus pub.pem from the dialog (or, when `publicKeyOf` is
 * given, since a tampered signature names no key, that key's 下载公钥 in 密钥管理). Returns what openssl says.
 */
async function exportAndCheck(page: Page, tag: string, publicKeyOf?: string): Promise<string | undefined> {
  await rowAction(page, tagRow(page, tag), '导出签名');
  const dialog = page.getByRole('dialog', { name: `导出签名：${tag}` });
  await expect(
    dialog.getByText('openssl dgst -sha256 -verify pub.pem -signature signature.sig payload.json'),
  ).toBeVisible();
  await expect(dialog.getByText(/Verified OK/)).toBeVisible();
  const dir = mkdtempSync(join(tmpdir(), 'acr-sign-'));
  await saveDownload(page, dialog.getByRole('button', { name: '下载 payload.json' }), dir, 'payload.json');
  await saveDownload(page, dialog.getByRole('button', { name: '下载签名 signature.sig' }), dir, 'signature.sig');
  if (publicKeyOf) {
    await expect(dialog.getByRole('button', { name: '下载公钥 pub.pem' })).toBeDisabled();
    await expect(dialog.getByText(/无法确定并导出公钥/)).toBeVisible();
  } else await saveDownload(page, dialog.getByRole('button', { name: '下载公钥 pub.pem' }), dir, 'pub.pem');
  await dialog.getByRole('button', { name: '关闭' }).last().click();
  await expect(dialog).toBeHidden();
  if (publicKeyOf) {
    await backToInstance(page);
    await gotoSigning(page, '密钥管理');
    const row = page.getByRole('row').filter({ hasText: publicKeyOf });
    await saveDownload(page, row.getByRole('button', { name: '下载公钥' }), dir, `${publicKeyOf}.pem`, 'pub.pem');
  }
  return openssl(dir);
}

test('a PUSH rule signs a pushed tag; the exported signature verifies with openssl; tampering its payload invalidates it', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openSigning(page);
  await page.getByRole('tab', { name: '加签规则' }).click();
  await expect(page.getByText(/请先创建证明者|尚未添加加签规则/)).toBeVisible();

  const keyId = await createKey(page, 'EC_P256', 'e2e ec key');
  await createWitness(page, 'e2e-signer', keyId);
  await createRule(page, {
    name: 'nginx-on-push',
    namespace: 'prod',
    repo: 'nginx',
    tag: 'signed-.*',
    witness: 'e2e-signer',
    trigger: '自动加签（推送时）',
  });

  // 从演示目录推送 a new tag the rule covers: it is signed on push, its .sig artifact joins the list.
  await openTags(page, 'prod', 'nginx');
  await page.getByRole('button', { name: '从演示目录推送' }).click();
  const push = page.getByRole('dialog', { name: '从演示目录推送' });
  await push.getByRole('combobox', { name: '演示镜像' }).click();
  await page.getByRole('option', { name: /^nginx:1\.25-alpine/ }).click();
  await push.getByLabel('镜像版本').fill('signed-1');
  await push.getByRole('button', { name: '确定' }).click();
  await expect(push).toBeHidden();
  await expect(tagRow(page, 'signed-1')).toContainText('已加签');
  // Signatures are of digests: the seeded tag of the same image is signed too, the patched one is not.
  await expect(tagRow(page, '1.25-alpine')).toContainText('已加签');
  await expect(tagRow(page, '1.25.3-alpine')).toContainText('未加签');
  const artifact = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /^sha256-[0-9a-f]{64}\.sig$/ }) });
  await expect(artifact).toHaveCount(1);
  await expect(artifact).toContainText('签名制品');

  await verify(page, 'signed-1', async (dialog) => {
    await expect(dialog.getByRole('row').filter({ hasText: 'e2e-signer' })).toContainText('有效');
    await expect(dialog.getByRole('row').filter({ hasText: 'e2e-signer' })).toContainText(keyId);
    await expect(dialog.getByRole('row').filter({ hasText: 'e2e-signer' })).toContainText('EC_P256');
  });

  // 导出签名: the three files verify with the real openssl.
  expect(await exportAndCheck(page, 'signed-1')).toBe('Verified OK');

  // 模拟篡改 > 篡改签名内容: the signature no longer matches its payload.
  await tamper(page, 'signed-1', '篡改签名内容');
  await expect(tagRow(page, 'signed-1')).toContainText('签名无效');
  await verify(page, 'signed-1', async (dialog) => {
    await expect(dialog.getByRole('cell', { name: '无效', exact: true })).toBeVisible();
    await expect(dialog).toContainText('签名与签名载荷不匹配');
  });
  // openssl agrees: the exported (tampered) payload no longer matches the signature.
  expect(await exportAndCheck(page, 'signed-1', keyId)).toBe('Verification failure');
  expect(consoleErrors).toEqual([]);
});

test('a MANUAL rule: 加签 with the RSA key, then 篡改镜像内容 leaves a digest mismatch', async ({
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openSigning(page);
  const keyId = await createKey(page, 'RSA_2048', 'e2e rsa key');
  await createWitness(page, 'rsa-signer', keyId);
  await createRule(page, {
    name: 'web-api-manual',
    namespace: 'prod',
    repo: 'web-api',
    tag: '.*',
    witness: 'rsa-signer',
    trigger: '手动加签',
  });

  await openTags(page, 'prod', 'web-api');
  await expect(tagRow(page, '1.4.2')).toContainText('未加签');
  await rowAction(page, tagRow(page, '1.4.2'), '加签');
  const sign = page.getByRole('dialog', { name: '为“1.4.2”加签' });
  await expect(sign.getByText('已按加签规则“web-api-manual”选择证明者。')).toBeVisible();
  await expect(sign.getByText(/rsa-signer/)).toBeVisible();
  await sign.getByRole('button', { name: '加签' }).click();
  await expect(sign).toBeHidden();
  await expect(tagRow(page, '1.4.2')).toContainText('已加签');
  await verify(page, '1.4.2', async (dialog) => {
    const row = dialog.getByRole('row').filter({ hasText: 'rsa-signer' });
    await expect(row).toContainText('有效');
    await expect(row).toContainText('RSA_2048');
  });
  // RSA signatures export as raw PKCS#1 v1.5, which openssl verifies as well.
  expect(await exportAndCheck(page, '1.4.2')).toBe('Verified OK');

  await tamper(page, '1.4.2', '篡改镜像内容');
  await expect(tagRow(page, '1.4.2')).toContainText('签名无效');
  await verify(page, '1.4.2', async (dialog) => {
    await expect(dialog.getByRole('cell', { name: '无效', exact: true })).toBeVisible();
    await expect(dialog).toContainText(/签名对应的镜像摘要 sha256:[0-9a-f]+ 与 Tag 当前摘要/);
  });
  expect(consoleErrors).toEqual([]);
});

test('disabling the key makes its signature 签名无效; enabling it restores 已加签', async ({ page, consoleErrors }) => {
  test.setTimeout(120_000);
  await openSigning(page);
  const keyId = await createKey(page, 'EC_P256', 'e2e toggled key');
  await createWitness(page, 'toggle-signer', keyId);

  // 加签 without a rule: the witness is picked by hand.
  await openTags(page, 'prod', 'inventory-api');
  await rowAction(page, tagRow(page, 'v1.0.1'), '加签');
  const sign = page.getByRole('dialog', { name: '为“v1.0.1”加签' });
  await expect(sign.getByText('没有覆盖该镜像的加签规则，请选择一个证明者。')).toBeVisible();
  await sign.getByRole('combobox', { name: '证明者' }).click();
  await page.getByRole('option', { name: /^toggle-signer/ }).click();
  await sign.getByRole('button', { name: '加签' }).click();
  await expect(sign).toBeHidden();
  await expect(tagRow(page, 'v1.0.1')).toContainText('已加签');

  const toggleKey = async (action: '禁用' | '启用', state: '禁用' | '启用') => {
    await backToInstance(page);
    await gotoSigning(page, '密钥管理');
    const row = page.getByRole('row').filter({ hasText: keyId });
    await row.getByRole('button', { name: action, exact: true }).click();
    await page.getByRole('button', { name: '确定', exact: true }).click();
    await expect(row.getByRole('button', { name: action === '禁用' ? '启用' : '禁用', exact: true })).toBeVisible();
    await expect(row).toContainText(state);
  };

  await toggleKey('禁用', '禁用');
  await openTags(page, 'prod', 'inventory-api');
  await expect(tagRow(page, 'v1.0.1')).toContainText('签名无效');

  await toggleKey('启用', '启用');
  await openTags(page, 'prod', 'inventory-api');
  await expect(tagRow(page, 'v1.0.1')).toContainText('已加签');

  // 使用记录 shows the signing and both state changes.
  await backToInstance(page);
  await gotoSigning(page, '密钥管理');
  await page.getByRole('row').filter({ hasText: keyId }).getByRole('button', { name: '使用记录' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: `使用记录：${keyId}` });
  await expect(drawer.getByRole('row').filter({ hasText: '加签' }).first()).toContainText('成功');
  await expect(drawer.getByRole('row').filter({ hasText: '禁用密钥' })).toHaveCount(1);
  await expect(drawer.getByRole('row').filter({ hasText: '启用密钥' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { Acr } from '../kit/acr';
import { expect, test } from '../kit/fixtures';
import type { KeySpec, NewSigningRule } from '../kit/pages/signing';

/** 实例列表 → acr-prod-hz 管理 → 安全可信 > 镜像加签. */
async function openSigning(acr: Acr) {
  await acr.openInstance('acr-prod-hz');
  await acr.signing.open();
}

/** 密钥管理 > 创建密钥, checking what the dialog promises and the new key's row; returns the key's id. */
async function createKey(acr: Acr, spec: KeySpec, description: string): Promise<string> {
  const dialog = await acr.signing.startCreateKey();
  await expect(dialog.getByText(/私钥在浏览器中生成.*无法导出/)).toBeVisible();
  const keyId = await acr.signing.createKey(spec, description);
  const row = acr.signing.row(description);
  await expect(row).toContainText('SIGN/VERIFY');
  await expect(row).toContainText('启用');
  return keyId;
}

/** 加签规则 > 添加加签规则, checking the regex defaults (.*) first and the row after. */
async function createRule(acr: Acr, rule: NewSigningRule) {
  const dialog = await acr.signing.startRule();
  await expect(dialog.getByLabel('仓库正则')).toHaveValue('.*');
  await expect(dialog.getByLabel('Tag 正则')).toHaveValue('.*');
  await acr.signing.createRule(rule);
  await expect(acr.signing.row(rule.name)).toContainText(rule.trigger);
}

/** 镜像仓库 → <namespace>/<repo> 管理 → 镜像版本 (with its 签名 column). */
async function openTags(acr: Acr, namespace: string, repo: string) {
  await acr.repositories.open();
  await acr.repositories.openTags(repo, namespace);
  await expect(acr.tags.signatureColumn).toBeVisible();
}

/** 验证签名: the result dialog, closed again after `check`. */
async function verify(acr: Acr, tag: string, check: (dialog: Locator) => Promise<void>) {
  const dialog = await acr.tags.verify(tag);
  await check(dialog);
  await acr.tags.closeDialog(dialog);
}

/** 模拟篡改, after checking the dialog warns that it bypasses the push. */
async function tamper(acr: Acr, tag: string, mode: '篡改签名内容' | '篡改镜像内容') {
  const dialog = await acr.tags.startTamper(tag);
  await expect(dialog.getByText(/绕过推送、直接改写仓库存储/)).toBeVisible();
  await acr.tags.tamper(tag, mode);
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
async function exportAndCheck(acr: Acr, tag: string, publicKeyOf?: string): Promise<string | undefined> {
  const { page } = acr;
  const dialog = await acr.tags.openExport(tag);
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
  await acr.tags.closeDialog(dialog);
  if (publicKeyOf) {
    await acr.instance.backToInstance('acr-prod-hz');
    await acr.signing.open('密钥管理');
    const row = acr.signing.row(publicKeyOf);
    await saveDownload(page, row.getByRole('button', { name: '下载公钥' }), dir, `${publicKeyOf}.pem`, 'pub.pem');
  }
  return openssl(dir);
}

test('a PUSH rule signs a pushed tag; the exported signature verifies with openssl; tampering its payload invalidates it', async ({
  acr,
  page,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openSigning(acr);
  await acr.signing.tab('加签规则');
  await expect(page.getByText(/请先创建证明者|尚未添加加签规则/)).toBeVisible();

  const keyId = await createKey(acr, 'EC_P256', 'e2e ec key');
  await acr.signing.createWitness('e2e-signer', keyId);
  await createRule(acr, {
    name: 'nginx-on-push',
    namespace: 'prod',
    repoRegex: 'nginx',
    tagRegex: 'signed-.*',
    witness: 'e2e-signer',
    trigger: '自动加签（推送时）',
  });

  // 从演示目录推送 a new tag the rule covers: it is signed on push, its .sig artifact joins the list.
  await openTags(acr, 'prod', 'nginx');
  await acr.tags.pushFromCatalog(/^nginx:1\.25-alpine/, 'signed-1');
  await expect(acr.tags.row('signed-1')).toContainText('已加签');
  // Signatures are of digests: the seeded tag of the same image is signed too, the patched one is not.
  await expect(acr.tags.row('1.25-alpine')).toContainText('已加签');
  await expect(acr.tags.row('1.25.3-alpine')).toContainText('未加签');
  const artifact = page
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: /^sha256-[0-9a-f]{64}\.sig$/ }) });
  await expect(artifact).toHaveCount(1);
  await expect(artifact).toContainText('签名制品');

  await verify(acr, 'signed-1', async (dialog) => {
    await expect(dialog.getByRole('row').filter({ hasText: 'e2e-signer' })).toContainText('有效');
    await expect(dialog.getByRole('row').filter({ hasText: 'e2e-signer' })).toContainText(keyId);
    await expect(dialog.getByRole('row').filter({ hasText: 'e2e-signer' })).toContainText('EC_P256');
  });

  // 导出签名: the three files verify with the real openssl.
  expect(await exportAndCheck(acr, 'signed-1')).toBe('Verified OK');

  // 模拟篡改 > 篡改签名内容: the signature no longer matches its payload.
  await tamper(acr, 'signed-1', '篡改签名内容');
  await expect(acr.tags.row('signed-1')).toContainText('签名无效');
  await verify(acr, 'signed-1', async (dialog) => {
    await expect(dialog.getByRole('cell', { name: '无效', exact: true })).toBeVisible();
    await expect(dialog).toContainText('签名与签名载荷不匹配');
  });
  // openssl agrees: the exported (tampered) payload no longer matches the signature.
  expect(await exportAndCheck(acr, 'signed-1', keyId)).toBe('Verification failure');
  expect(consoleErrors).toEqual([]);
});

test('a MANUAL rule: 加签 with the RSA key, then 篡改镜像内容 leaves a digest mismatch', async ({
  acr,
  consoleErrors,
}) => {
  test.setTimeout(120_000);
  await openSigning(acr);
  const keyId = await createKey(acr, 'RSA_2048', 'e2e rsa key');
  await acr.signing.createWitness('rsa-signer', keyId);
  await createRule(acr, {
    name: 'web-api-manual',
    namespace: 'prod',
    repoRegex: 'web-api',
    tagRegex: '.*',
    witness: 'rsa-signer',
    trigger: '手动加签',
  });

  await openTags(acr, 'prod', 'web-api');
  await expect(acr.tags.row('1.4.2')).toContainText('未加签');
  const sign = await acr.tags.startSign('1.4.2');
  await expect(sign.getByText('已按加签规则“web-api-manual”选择证明者。')).toBeVisible();
  await expect(sign.getByText(/rsa-signer/)).toBeVisible();
  await acr.tags.sign('1.4.2'); // waits for 已加签
  await verify(acr, '1.4.2', async (dialog) => {
    const row = dialog.getByRole('row').filter({ hasText: 'rsa-signer' });
    await expect(row).toContainText('有效');
    await expect(row).toContainText('RSA_2048');
  });
  // RSA signatures export as raw PKCS#1 v1.5, which openssl verifies as well.
  expect(await exportAndCheck(acr, '1.4.2')).toBe('Verified OK');

  await tamper(acr, '1.4.2', '篡改镜像内容');
  await expect(acr.tags.row('1.4.2')).toContainText('签名无效');
  await verify(acr, '1.4.2', async (dialog) => {
    await expect(dialog.getByRole('cell', { name: '无效', exact: true })).toBeVisible();
    await expect(dialog).toContainText(/签名对应的镜像摘要 sha256:[0-9a-f]+ 与 Tag 当前摘要/);
  });
  expect(consoleErrors).toEqual([]);
});

test('disabling the key makes its signature 签名无效; enabling it restores 已加签', async ({ acr, consoleErrors }) => {
  test.setTimeout(120_000);
  await openSigning(acr);
  const keyId = await createKey(acr, 'EC_P256', 'e2e toggled key');
  await acr.signing.createWitness('toggle-signer', keyId);

  // 加签 without a rule: the witness is picked by hand.
  await openTags(acr, 'prod', 'inventory-api');
  const sign = await acr.tags.startSign('v1.0.1');
  await expect(sign.getByText('没有覆盖该镜像的加签规则，请选择一个证明者。')).toBeVisible();
  await acr.tags.sign('v1.0.1', 'toggle-signer'); // waits for 已加签

  const toggleKey = async (action: '禁用' | '启用', state: '禁用' | '启用') => {
    await acr.instance.backToInstance('acr-prod-hz');
    await acr.signing.open('密钥管理');
    const row = acr.signing.row(keyId);
    await acr.signing.toggleKey(keyId, action);
    await expect(row.getByRole('button', { name: action === '禁用' ? '启用' : '禁用', exact: true })).toBeVisible();
    await expect(row).toContainText(state);
  };

  await toggleKey('禁用', '禁用');
  await openTags(acr, 'prod', 'inventory-api');
  await expect(acr.tags.row('v1.0.1')).toContainText('签名无效');

  await toggleKey('启用', '启用');
  await openTags(acr, 'prod', 'inventory-api');
  await expect(acr.tags.row('v1.0.1')).toContainText('已加签');

  // 使用记录 shows the signing and both state changes.
  await acr.instance.backToInstance('acr-prod-hz');
  await acr.signing.open('密钥管理');
  const drawer = await acr.signing.openUsage(keyId);
  await expect(drawer.getByRole('row').filter({ hasText: '加签' }).first()).toContainText('成功');
  await expect(drawer.getByRole('row').filter({ hasText: '禁用密钥' })).toHaveCount(1);
  await expect(drawer.getByRole('row').filter({ hasText: '启用密钥' })).toHaveCount(1);
  expect(consoleErrors).toEqual([]);
});

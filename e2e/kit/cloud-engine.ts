/**
 * Buying the cloud-security scan engine through the console, as the seed describes it: 云资源访问授权 →
 * 同意授权, 升级云安全引擎, the AliyunServiceRoleForSas prompt → 创建, 容器镜像服务协议 → 立即购买 (default
 * quota and duration), 支付, 返回镜像扫描; and 升级 of what was bought.
 */
import { expect, type Page } from '@playwright/test';

/** From an instance's 镜像扫描 page (opens it from the instance menu if needed) back to it, engine bought. */
export async function buyCloudEngine(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { name: '镜像扫描' });
  if (!(await heading.isVisible())) await page.getByRole('menuitem', { name: '镜像扫描' }).click();
  await page.getByRole('link', { name: '云资源访问授权' }).click();
  await page.getByRole('button', { name: '同意授权' }).click();
  await page.getByRole('button', { name: '升级云安全引擎' }).click();
  await page.getByRole('dialog', { name: '创建服务关联角色' }).getByRole('button', { name: '创建' }).click();
  await page.getByText('我已阅读并同意《容器镜像服务协议》').click();
  await page.getByRole('button', { name: '立即购买' }).click();
  await page.getByRole('button', { name: '支付' }).click();
  await page.getByRole('button', { name: '返回镜像扫描' }).click();
  await expect(page.getByRole('group', { name: '扫描引擎' })).toContainText('云安全扫描引擎');
}

/**
 * 升级 on the buy page, which a subscribed account reaches through 升级云安全引擎: 新增授权数 (left at the minimum
 * unless `added` is given), the agreement, 升级, 支付, 返回镜像扫描. Checks the order it pays is the upgrade.
 */
export async function upgradeCloudEngine(page: Page, added?: number): Promise<void> {
  await expect(page.getByRole('heading', { name: '升级云安全扫描引擎' })).toBeVisible();
  const addedField = page.getByRole('spinbutton', { name: '新增授权数' });
  if (added !== undefined) await addedField.fill(String(added));
  const amount = await addedField.inputValue();
  await page.getByText('我已阅读并同意《容器镜像服务协议》').click();
  await page.getByRole('button', { name: '升级', exact: true }).click();
  await expect(page.getByRole('heading', { name: '支付订单' })).toBeVisible();
  await expect(page.getByText(`新增镜像扫描授权数 ${amount} 个/月`)).toBeVisible();
  await page.getByRole('button', { name: '支付' }).click();
  await expect(page.getByText('支付成功')).toBeVisible();
  await page.getByRole('button', { name: '返回镜像扫描' }).click();
}

/**
 * Lowers the image authorisations of the bought subscription in the page's own store: the buy form offers 50 at
 * least, and using them all up through the UI would take 50 scans. The store is the console's IndexedDB, which
 * the in-page mock backend reads on every call.
 */
export async function setImageQuota(page: Page, ImageQuota: number): Promise<void> {
  await page.evaluate(async (quota) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('acr-console');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('cloudSecurity', 'readwrite');
      const store = tx.objectStore('cloudSecurity');
      const get = store.get('account');
      get.onsuccess = () =>
        store.put({ ...get.result, Subscription: { ...get.result.Subscription, ImageQuota: quota } });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, ImageQuota);
}

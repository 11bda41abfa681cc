import { buyCloudEngine, setImageQuota, upgradeCloudEngine } from '../kit/cloud-engine';
import { expect, test } from '../kit/fixtures';
import { waitForTagScan } from '../kit/wait';

test('used-up image authorisations: 镜像扫描 warns with 升级云安全引擎, a new image is refused until 升级', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  await acr.openInstance('acr-prod-hz');
  await acr.scan.open();
  await buyCloudEngine(page);
  await setImageQuota(page, 1);
  const warning = page.getByRole('alert').filter({ hasText: '镜像扫描授权数已用完' });
  await expect(warning).toHaveCount(0);

  /** 镜像仓库 → prod/nginx 镜像版本 → 扫描 `tag`, waiting through the API until it has finished. */
  const instanceId = acr.instance.instanceId();
  const scanNginxTag = async (tag: string) => {
    await acr.repositories.open();
    await acr.repositories.openTags('nginx', 'prod');
    await acr.tags.scanButton(tag).click();
    await waitForTagScan(page, { instanceId, repoId: await api.repoIdOf(instanceId, 'prod', 'nginx'), tag });
  };

  // The one authorisation goes to nginx:1.25-alpine.
  await scanNginxTag('1.25-alpine');

  // A new image is refused with the readable reason; the image already counted scans again.
  await acr.tags.scanButton('1.25.3-alpine').click();
  await expect(page.getByText('云安全扫描引擎的镜像扫描授权数已用完，新镜像不会再被扫描')).toBeVisible();
  await expect(acr.tags.row('1.25.3-alpine')).toContainText('未扫描');
  await acr.tags.scanButton('1.25-alpine').click();
  await expect(page.getByText('已开始扫描 1.25-alpine')).toBeVisible();

  // 镜像扫描: the warning names the count and offers the upgrade.
  await acr.openInstance('acr-prod-hz');
  await acr.scan.open();
  await expect(warning).toContainText('已使用 1 / 1');
  await expect(warning).toContainText('新镜像将不会被扫描');
  await warning.getByRole('button', { name: '升级云安全引擎' }).click();
  await expect(page).toHaveURL(/\/sas\/buy/);

  // 升级: the current spec, then 50 more (the minimum) for the months left; paid, the warning is gone.
  const current = page.locator('.ant-card').filter({ hasText: '当前配置' });
  await expect(current).toContainText('授权数1');
  await expect(current).toContainText('已使用1');
  await expect(page.getByTestId('sas-upgrade-after')).toHaveText('51');
  await upgradeCloudEngine(page);
  await expect(acr.scan.heading).toBeVisible();
  await expect(page.getByText('已使用 1 / 51')).toBeVisible();
  await expect(warning).toHaveCount(0);

  // The image refused before now scans, and uses the second authorisation.
  await scanNginxTag('1.25.3-alpine');
  await expect(acr.tags.row('1.25.3-alpine')).not.toContainText('未扫描');
  await acr.openInstance('acr-prod-hz');
  await acr.scan.open();
  await expect(page.getByText('已使用 2 / 51')).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

import { expect, test } from '../fixtures';
import { waitForTagScan } from '../wait';

test('扫描 a tag from 镜像版本, wait through the API, read a known CVE', async ({ acr, api, page, consoleErrors }) => {
  await acr.openInstance('acr-prod-hz');
  await acr.repositories.open();
  await acr.repositories.openTags('nginx', 'prod');
  await expect(acr.tags.row('1.25-alpine')).toContainText('未扫描');

  await acr.tags.scanButton('1.25-alpine').click();
  const instanceId = acr.instance.instanceId();
  const repoId = await api.repoIdOf(instanceId, 'prod', 'nginx');
  await waitForTagScan(page, { instanceId, repoId, tag: '1.25-alpine' });
  await expect(acr.tags.row('1.25-alpine')).toContainText(/高危 [1-9]/);

  await acr.tags.openScan('1.25-alpine');
  await acr.tagScan.filterSeverity('High');
  // A known advisory: BusyBox's CVE-2022-48174 (高危), installed 1.36.0-r9, fixed in 1.36.1-r1.
  const finding = acr.tagScan.findingRow('CVE-2022-48174', 'busybox');
  await expect(finding).toContainText('高危');
  await expect(finding.getByRole('cell', { name: '1.36.1-r1', exact: true })).toBeVisible();
  const details = await acr.tagScan.openFinding('CVE-2022-48174');
  await expect(details).toContainText('apk upgrade busybox');
  expect(consoleErrors).toEqual([]);
});

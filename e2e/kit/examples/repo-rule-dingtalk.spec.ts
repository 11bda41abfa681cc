import { expect, test } from '../fixtures';
import { waitForEventRecord, waitForRuleTask } from '../wait';

test('a repo-scoped rule with DingTalk notification scans; the first High finding opens', async ({
  acr,
  page,
  consoleErrors,
}) => {
  await acr.openInstance('acr-prod-hz');
  await acr.vpc.open();
  await acr.vpc.link(); // batch scanning pulls images over the instance's VPC
  await acr.scan.open();
  await acr.scan.createRule({
    name: 'nginx-release',
    scope: { namespace: 'prod', repository: 'nginx' },
    notify: { dingtalk: { webhook: 'https://oapi.dingtalk.com/robot/send?access_token=demo', secret: 'SEC0123' } },
  });
  await acr.scan.scanNow('nginx-release');
  const done = await waitForRuleTask(page, acr.instance.instanceId(), 'nginx-release');
  expect(done.Images.map((image) => image.Tag).sort()).toEqual(['1.25-alpine', '1.25.3-alpine']);
  await waitForEventRecord(page, acr.instance.instanceId(), 'nginx-release');

  await acr.scan.openTask(acr.scan.taskRow('nginx-release'));
  await acr.task.openDetails('prod/nginx:1.25-alpine');
  const finding = await acr.tagScan.openFirst('High');
  await expect(finding).toContainText(/CVE-\d{4}-\d+/);
  expect(consoleErrors).toEqual([]);
});

import { expect, test } from '../kit/fixtures';
import { expectDisabledWithReason } from '../kit/pages/shared';

test('as the read-only auditor a forged write answers 403 NoPrivilege, and 操作审计 lists the denial', async ({
  acr,
  api,
  page,
  consoleErrors,
}) => {
  await expect(acr.instances.heading).toBeVisible();
  const devHz = await api.instanceIdOf('acr-dev-hz');
  await expect(acr.ram.identitySwitcher).toContainText('主账号');

  await acr.ram.switchIdentity(/只读审计员/, '只读审计员');
  const denied = await api.raw('CreateNamespace', { InstanceId: devHz, NamespaceName: 'forged-ns' });
  expect(denied.status).toBe(403);
  expect(denied.body.Code).toBe('NoPrivilege');

  // The auditor reads 访问控制 but changes nothing: every write is disabled with RAM's reason.
  await acr.ram.open('用户');
  await expect(page.getByRole('button', { name: /创建用户/ })).toBeDisabled();
  const developerRow = page.getByRole('row').filter({ hasText: 'developer' });
  const attach = developerRow.getByRole('button', { name: '添加权限' });
  await expectDisabledWithReason(page, attach, '当前身份 auditor 无权限执行 ram:AttachPolicyToUser');

  // 操作审计 lists the forged call as a denial.
  await acr.ram.section('操作审计');
  await expect(page.getByRole('heading', { name: '操作审计' })).toBeVisible();
  await acr.ram.filterAuditResult('拒绝');
  await expect(page).toHaveURL(/result=DENIED/);
  const row = page.getByRole('row').filter({ hasText: 'CreateNamespace' }).filter({ hasText: 'auditor' });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toContainText('cr:CreateNamespace');
  await expect(row.first()).toContainText(devHz);
  await expect(row.first()).toContainText('拒绝');
  await expect(row.first()).toContainText('ImplicitDeny');

  // The developer has no RAM policy: the page says why instead of failing.
  await acr.ram.switchIdentity(/开发者/, '开发者');
  await expect(page.getByText('无权限访问')).toBeVisible();
  await expect(page.getByText(/当前身份 developer 无权限执行 ram:ListAuditLog/)).toBeVisible();
  await acr.ram.switchIdentity(/主账号/, '主账号');
  await expect(row.first()).toBeVisible();
  // The console asked RAM before calling: the developer's visit left no denial behind.
  await expect(page.getByRole('row').filter({ hasText: 'developer' })).toHaveCount(0);
  // Only the forged calls were refused (the browser logs their 403).
  expect(consoleErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
});

test.describe('starting on 权限策略', () => {
  test.use({ startPath: 'ram/policies' });

  test('a custom policy is validated with every problem located, saved, attached, and grants its action', async ({
    acr,
    api,
    page,
    consoleErrors,
  }) => {
    await expect(page.getByRole('heading', { name: '权限策略' })).toBeVisible();
    const devHz = await api.instanceIdOf('acr-dev-hz');
    await expect(page.getByRole('row').filter({ hasText: 'AliyunContainerRegistryFullAccess' })).toContainText(
      '系统策略',
    );

    const dialog = await acr.ram.startCreatePolicy();
    const document = dialog.getByRole('textbox', { name: '策略内容' });
    // The template names a real namespace of this account.
    await expect(document).toHaveValue(/acs:cr:cn-hangzhou:1588000000000000:repository\/cri-[a-z0-9]+\/[a-z0-9-]+\/\*/);
    await expect(dialog.getByText('策略内容合法')).toBeVisible();

    await dialog.getByLabel('策略名称').fill('e2e-namespace-creator');
    await document.fill(
      JSON.stringify({
        Version: '2',
        Statement: [{ Effect: 'Permit', Action: ['cr:CreateNamespace'], Resource: ['*'] }],
      }),
    );
    const problems = dialog.getByRole('alert');
    await expect(problems).toContainText('Version');
    await expect(problems).toContainText('Statement[0].Effect');

    await document.fill(
      JSON.stringify(
        {
          Version: '1',
          Statement: [
            { Effect: 'Allow', Action: ['cr:CreateNamespace'], Resource: [`acs:cr:*:*:repository/${devHz}/*`] },
          ],
        },
        null,
        2,
      ),
    );
    await expect(dialog.getByText('策略内容合法')).toBeVisible();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const policyRow = page.getByRole('row').filter({ hasText: 'e2e-namespace-creator' });
    await expect(policyRow).toContainText('自定义策略');

    // 用户: a new RAM user, granted the policy.
    await acr.ram.section('用户');
    await expect(page.getByRole('heading', { name: '用户', exact: true })).toBeVisible();
    const userRow = await acr.ram.createUser('e2e-ops', 'E2E Ops');
    await acr.ram.attachPolicy('e2e-ops', /e2e-namespace-creator/);
    await expect(userRow).toContainText('e2e-namespace-creator');

    // As that user: the granted action works, anything else is denied.
    await acr.ram.switchIdentity(/e2e-ops/, 'E2E Ops');
    const granted = await api.raw('CreateNamespace', { InstanceId: devHz, NamespaceName: 'e2e-granted' });
    expect(granted.status).toBe(200);
    expect(granted.body.Code).not.toBe('NoPrivilege');
    expect(granted.body.IsSuccess).not.toBe(false);
    const other = await api.raw('DeleteNamespace', { InstanceId: devHz, NamespaceName: 'e2e-granted' });
    expect(other.status).toBe(403);
    expect(other.body.Code).toBe('NoPrivilege');

    await acr.ram.switchIdentity(/主账号/, '主账号');
    await acr.ram.section('操作审计');
    await expect(page.getByRole('heading', { name: '操作审计' })).toBeVisible();
    const allowed = page.getByRole('row').filter({ hasText: 'e2e-ops' }).filter({ hasText: 'CreateNamespace' });
    await expect(allowed.first()).toContainText('允许');
    // Only the forged calls were refused (the browser logs their 403).
    expect(consoleErrors.filter((e) => !/status of 403/.test(e))).toEqual([]);
  });
});

import { expect, test } from '../fixtures';

test('create a key and a 证明者, 加签 a tag by hand, 验证签名 says 有效', async ({ acr, consoleErrors }) => {
  await acr.openInstance('acr-prod-hz');
  await acr.signing.open();
  const keyId = await acr.signing.createKey('EC_P256', 'kit example key');
  await acr.signing.createWitness('kit-signer', keyId);

  await acr.repositories.open();
  await acr.repositories.openTags('web-api', 'prod');
  await expect(acr.tags.row('1.4.2')).toContainText('未加签');
  await acr.tags.sign('1.4.2', 'kit-signer');

  const result = await acr.tags.verify('1.4.2');
  const signature = result.getByRole('row').filter({ hasText: 'kit-signer' });
  await expect(signature).toContainText('有效');
  await expect(signature).toContainText(keyId);
  await acr.tags.closeDialog(result);
  expect(consoleErrors).toEqual([]);
});

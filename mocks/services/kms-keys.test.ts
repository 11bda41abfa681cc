import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { read } from '../store/transactions';
import { callAction, expectBusinessError, instanceByName } from '../testing/api';

let prodHz: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
});

describe('keys', () => {
  it.each(['RSA_2048', 'EC_P256'] as const)('creates a %s key whose private half cannot be exported', async (spec) => {
    const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: spec, Description: 'ci' });
    expect(Key).toMatchObject({ KeySpec: spec, KeyState: 'Enabled', KeyUsage: 'SIGN/VERIFY', Description: 'ci' });
    expect(Key.KeyId).toMatch(/^key-[0-9a-z]{16}$/);
    expect(Key.Fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Key.FingerprintShort).toMatch(/^SHA256:/);
    const stored = await read(backend.store, ['kmsKeys'], (tx) => tx.objectStore('kmsKeys').get(Key.KeyId));
    expect(stored?.PrivateKey.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('pkcs8', stored?.PrivateKey as CryptoKey)).rejects.toThrow();
    const { PublicKey } = await callAction('GetPublicKey', { KeyId: Key.KeyId });
    expect(PublicKey).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('lists a region newest first, pages, and answers KEY_NOT_EXIST for unknown keys', async () => {
    const first = (await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' })).Key;
    const second = (await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' })).Key;
    await callAction('CreateKey', { RegionId: 'cn-shanghai', KeySpec: 'EC_P256' });
    const listed = await callAction('ListKeys', { RegionId: 'cn-hangzhou' });
    expect(listed.TotalCount).toBe(2);
    expect(listed.Keys.map((key) => key.KeyId).sort()).toEqual([first.KeyId, second.KeyId].sort());
    expect((await callAction('ListKeys', { RegionId: 'cn-hangzhou', PageNo: 2, PageSize: 1 })).Keys).toHaveLength(1);
    await expectBusinessError('DescribeKey', { KeyId: 'key-doesnotexist00' }, 'KEY_NOT_EXIST');
  });

  it('keeps a usage history, newest first', async () => {
    const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' });
    await callAction('GetPublicKey', { KeyId: Key.KeyId });
    await callAction('DisableKey', { KeyId: Key.KeyId });
    expect((await callAction('DescribeKey', { KeyId: Key.KeyId })).Key.KeyState).toBe('Disabled');
    await callAction('EnableKey', { KeyId: Key.KeyId });
    const { Usages, TotalCount } = await callAction('ListKeyUsage', { KeyId: Key.KeyId });
    expect(TotalCount).toBe(4);
    expect(Usages.map((u) => u.Operation)).toEqual(['EnableKey', 'DisableKey', 'GetPublicKey', 'CreateKey']);
    expect(Usages.every((u) => u.Result === 'SUCCESS')).toBe(true);
  });
});

describe('witnesses', () => {
  it('validates the key, its region and the name, and joins the key', async () => {
    const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'RSA_2048' });
    const other = (await callAction('CreateKey', { RegionId: 'cn-shanghai', KeySpec: 'EC_P256' })).Key;
    const base = { InstanceId: prodHz, WitnessName: 'release', KeyId: Key.KeyId };
    const { WitnessId } = await callAction('CreateSigningWitness', base);
    await expectBusinessError('CreateSigningWitness', base, 'WITNESS_NAME_EXIST');
    await expectBusinessError(
      'CreateSigningWitness',
      { ...base, WitnessName: 'x', KeyId: 'key-doesnotexist00' },
      'KEY_NOT_EXIST',
    );
    await expectBusinessError(
      'CreateSigningWitness',
      { ...base, WitnessName: 'sh', KeyId: other.KeyId },
      'KEY_REGION_MISMATCH',
    );
    const { Witnesses } = await callAction('ListSigningWitness', { InstanceId: prodHz });
    expect(Witnesses).toEqual([
      expect.objectContaining({
        WitnessId,
        WitnessName: 'release',
        KeySpec: 'RSA_2048',
        KeyState: 'Enabled',
        Fingerprint: Key.Fingerprint,
      }),
    ]);
  });

  it('refuses to delete a witness a signing rule uses (WITNESS_IN_USE)', async () => {
    const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' });
    const { WitnessId } = await callAction('CreateSigningWitness', {
      InstanceId: prodHz,
      WitnessName: 'w',
      KeyId: Key.KeyId,
    });
    const { SignRuleId } = await callAction('CreateSigningRule', {
      InstanceId: prodHz,
      RuleName: 'r',
      NamespaceName: 'prod',
      WitnessId,
      TriggerType: 'MANUAL',
    });
    await expectBusinessError('DeleteSigningWitness', { InstanceId: prodHz, WitnessId }, 'WITNESS_IN_USE');
    await callAction('DeleteSigningRule', { InstanceId: prodHz, SignRuleId });
    await callAction('DeleteSigningWitness', { InstanceId: prodHz, WitnessId });
    expect((await callAction('ListSigningWitness', { InstanceId: prodHz })).TotalCount).toBe(0);
  });
});

describe('signing rules', () => {
  it('defaults the filters, validates references, patterns and names', async () => {
    const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' });
    const { WitnessId } = await callAction('CreateSigningWitness', {
      InstanceId: prodHz,
      WitnessName: 'w',
      KeyId: Key.KeyId,
    });
    const base = { InstanceId: prodHz, RuleName: 'r1', NamespaceName: 'prod', WitnessId, TriggerType: 'PUSH' as const };
    const { SignRuleId } = await callAction('CreateSigningRule', base);
    expect((await callAction('ListSigningRule', { InstanceId: prodHz })).Rules).toEqual([
      expect.objectContaining({ SignRuleId, RepoNameFilter: '.*', TagFilterPattern: '.*', TriggerType: 'PUSH' }),
    ]);
    await expectBusinessError('CreateSigningRule', base, 'SIGN_RULE_NAME_EXIST');
    await expectBusinessError(
      'CreateSigningRule',
      { ...base, RuleName: 'r2', NamespaceName: 'nope' },
      'NAMESPACE_NOT_EXIST',
    );
    await expectBusinessError(
      'CreateSigningRule',
      { ...base, RuleName: 'r2', WitnessId: 'crw-doesnotexist00' },
      'WITNESS_NOT_EXIST',
    );
    await expectBusinessError(
      'CreateSigningRule',
      { ...base, RuleName: 'r2', TagFilterPattern: '(a+)+' },
      'SIGN_RULE_PATTERN_ILLEGAL',
    );
    await expectBusinessError(
      'CreateSigningRule',
      { ...base, RuleName: 'r2', RepoNameFilter: '[' },
      'SIGN_RULE_PATTERN_ILLEGAL',
    );
    await callAction('UpdateSigningRule', { ...base, SignRuleId, RuleName: 'renamed', TagFilterPattern: 'v.*' });
    expect((await callAction('ListSigningRule', { InstanceId: prodHz })).Rules[0]).toMatchObject({
      RuleName: 'renamed',
      TagFilterPattern: 'v.*',
    });
    await expectBusinessError(
      'UpdateSigningRule',
      { ...base, SignRuleId: 'crsr-doesnotexist00' },
      'SIGN_RULE_NOT_EXIST',
    );
  });
});

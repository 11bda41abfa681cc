import { parseSimpleSigningPayload } from '@acr-console/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { KeySpec } from '@/api/contract/signing';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { eventConfig, installFakeNetwork, settled } from '../testing/events';
import { exportedFiles } from './signature-export';

const net = installFakeNetwork();

let prodHz: string;
let nginx: string;
const TAG = '1.25-alpine';

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  nginx = await repoIdOf(prodHz, 'prod', 'nginx');
});

/** A key and a witness of it on acr-prod-hz. */
async function witness(name = 'release', KeySpec: KeySpec = 'EC_P256') {
  const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec });
  const { WitnessId } = await callAction('CreateSigningWitness', {
    InstanceId: prodHz,
    WitnessName: name,
    KeyId: Key.KeyId,
  });
  return { key: Key, WitnessId };
}

async function rule(WitnessId: string, TriggerType: 'PUSH' | 'MANUAL', TagFilterPattern = '.*') {
  return callAction('CreateSigningRule', {
    InstanceId: prodHz,
    RuleName: `rule-${TriggerType.toLowerCase()}`,
    NamespaceName: 'prod',
    RepoNameFilter: 'nginx',
    TagFilterPattern,
    WitnessId,
    TriggerType,
  });
}

async function stateOf(Tag: string) {
  const { Tags } = await callAction('ListRepoTagSignature', { InstanceId: prodHz, RepoId: nginx });
  const state = Tags.find((t) => t.Tag === Tag);
  if (!state) throw new Error(`no state for ${Tag}`);
  return state;
}

const retag = (FromTag: string, ToTag: string) =>
  callAction('CreateRepoTag', { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', FromTag, ToTag });

describe('加签 and 验证签名', () => {
  it('signs a tag as a cosign artifact listed among the tags, and verifies it with the witness', async () => {
    const { key, WitnessId } = await witness();
    expect((await stateOf(TAG)).Status).toBe('UNSIGNED');
    const signed = await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: TAG, WitnessId });
    expect(signed).toMatchObject({ KeyId: key.KeyId, Fingerprint: key.Fingerprint });
    expect(signed.SignatureTag).toBe(`sha256-${signed.Digest}.sig`);
    const { Images } = await callAction('ListRepoTag', { InstanceId: prodHz, RepoId: nginx });
    expect(Images.map((image) => image.Tag)).toContain(signed.SignatureTag);

    const { State } = await callAction('VerifyRepoTagSignature', { InstanceId: prodHz, RepoId: nginx, Tag: TAG });
    expect(State).toMatchObject({ Tag: TAG, Status: 'SIGNED', SignatureTag: signed.SignatureTag });
    expect(State.VerifyTime).toBeGreaterThan(0);
    expect(State.Signatures).toEqual([
      expect.objectContaining({
        Index: 0,
        Valid: true,
        KeyId: key.KeyId,
        KeySpec: 'EC_P256',
        Fingerprint: key.Fingerprint,
        WitnessId,
        WitnessName: 'release',
        SignedDigest: `sha256:${signed.Digest}`,
        DockerReference: 'acr-prod-hz-registry.cn-hangzhou.cr.aliyuncs.com/prod/nginx',
      }),
    ]);
    const { Usages } = await callAction('ListKeyUsage', { KeyId: key.KeyId });
    expect(Usages.map((u) => `${u.Operation} ${u.Result}`)).toEqual([
      'Verify SUCCESS',
      'Sign SUCCESS',
      'CreateKey SUCCESS',
    ]);
    expect(Usages[1]?.Target).toBe(`prod/nginx:${TAG}@sha256:${signed.Digest}`);
    expect((await callAction('DescribeKey', { KeyId: key.KeyId })).Key.LastUsedTime).toBeGreaterThan(0);

    // Signing again appends a signature to the same artifact.
    await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: TAG, WitnessId });
    expect((await stateOf(TAG)).Signatures.map((s) => s.Index)).toEqual([0, 1]);
    // Scan rules never see signature artifacts.
    const preview = await callAction('PreviewScanRuleTags', {
      InstanceId: prodHz,
      ScanScope: 'NAMESPACE',
      Namespaces: ['prod'],
      RepoTagFilterPattern: '.*',
    });
    expect(preview.Images.filter((image) => image.Tag.endsWith('.sig'))).toEqual([]);
  });

  it('picks the witness of a covering rule, and refuses what cannot be signed', async () => {
    const target = { InstanceId: prodHz, RepoId: nginx, Tag: TAG };
    await expectBusinessError('SignRepoTag', target, 'NO_SIGNING_WITNESS');
    const { key, WitnessId } = await witness();
    await rule(WitnessId, 'MANUAL');
    const signed = await callAction('SignRepoTag', target);
    expect(signed.KeyId).toBe(key.KeyId);
    await expectBusinessError('SignRepoTag', { ...target, Tag: signed.SignatureTag }, 'SIGN_TARGET_IS_SIGNATURE');
    await expectBusinessError('SignRepoTag', { ...target, Tag: 'missing' }, 'TAG_NOT_EXIST');

    await callAction('DisableKey', { KeyId: key.KeyId });
    await expectBusinessError('SignRepoTag', target, 'KEY_DISABLED');
    const { Usages } = await callAction('ListKeyUsage', { KeyId: key.KeyId });
    expect(Usages[0]).toMatchObject({ Operation: 'Sign', Result: 'FAILED', Detail: 'KEY_DISABLED' });
  });

  it('a disabled key makes its signatures untrusted (NO_TRUSTED_KEY naming the key)', async () => {
    const { key, WitnessId } = await witness();
    await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: TAG, WitnessId });
    await callAction('DisableKey', { KeyId: key.KeyId });
    const state = await stateOf(TAG);
    expect(state.Status).toBe('INVALID');
    expect(state.Signatures[0]).toMatchObject({ Valid: false, Reason: 'NO_TRUSTED_KEY', KeyId: key.KeyId, WitnessId });
    expect(state.Signatures[0]?.ReasonText?.['zh-CN']).toContain(key.KeyId);
  });
});

describe('signing rules on push', () => {
  it('a PUSH rule signs matching pushes; a MANUAL rule does not', async () => {
    const { key, WitnessId } = await witness('ci', 'RSA_2048');
    await rule(WitnessId, 'PUSH', 'release-.*');
    await retag(TAG, 'release-1');
    const state = await stateOf('release-1');
    expect(state).toMatchObject({ Status: 'SIGNED' });
    expect(state.Signatures[0]).toMatchObject({ KeyId: key.KeyId, KeySpec: 'RSA_2048', WitnessName: 'ci' });
    await retag('1.25.3-alpine', 'other');
    expect((await stateOf('other')).Status).toBe('UNSIGNED');

    const manual = await witness('manual');
    await rule(manual.WitnessId, 'MANUAL', 'stable');
    await retag('1.25.3-alpine', 'stable');
    expect((await stateOf('stable')).Status).toBe('UNSIGNED');
  });

  it('a PUSH rule whose key is disabled never fails the push, and logs the failed signing', async () => {
    const { key, WitnessId } = await witness();
    await rule(WitnessId, 'PUSH');
    await callAction('DisableKey', { KeyId: key.KeyId });
    await retag(TAG, 'release-2');
    expect((await stateOf('release-2')).Status).toBe('UNSIGNED');
    const { Usages } = await callAction('ListKeyUsage', { KeyId: key.KeyId });
    expect(Usages[0]).toMatchObject({
      Operation: 'Sign',
      Result: 'FAILED',
      Target: expect.stringContaining(':release-2@'),
    });
  });

  it('re-pushing other content under a signed tag leaves the old signature as DIGEST_MISMATCH', async () => {
    const { WitnessId } = await witness();
    await rule(WitnessId, 'MANUAL');
    const signed = await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: TAG });
    await retag('1.25.3-alpine', TAG);
    const state = await stateOf(TAG);
    expect(state.Digest).not.toBe(signed.Digest);
    expect(state.Status).toBe('INVALID');
    expect(state.SignatureTag).toBeUndefined();
    expect(state.Signatures[0]).toMatchObject({ Reason: 'DIGEST_MISMATCH', SignedDigest: `sha256:${signed.Digest}` });
    expect(state.Signatures[0]?.ReasonText?.['zh-CN']).toBe(
      `签名对应的镜像摘要 sha256:${signed.Digest} 与 Tag 当前摘要 sha256:${state.Digest} 不一致（镜像已被重新推送或篡改）`,
    );
  });
});

describe('模拟篡改', () => {
  it('PAYLOAD makes the signature BAD_SIGNATURE; the exported payload is the altered one', async () => {
    const { WitnessId } = await witness();
    const target = { InstanceId: prodHz, RepoId: nginx, Tag: TAG };
    await expectBusinessError('TamperRepoTagSignature', target, 'SIGNATURE_NOT_EXIST');
    const signed = await callAction('SignRepoTag', { ...target, WitnessId });
    const tampered = await callAction('TamperRepoTagSignature', { ...target, Mode: 'PAYLOAD' });
    expect(tampered.SignatureTag).toBe(signed.SignatureTag);
    const state = await stateOf(TAG);
    expect(state).toMatchObject({ Status: 'INVALID', Digest: signed.Digest });
    expect(state.Signatures[0]).toMatchObject({ Valid: false, Reason: 'BAD_SIGNATURE' });
    const files = exportedFiles(await callAction('ExportRepoTagSignature', target));
    const claimed = parseSimpleSigningPayload(files.payload)?.critical.image['docker-manifest-digest'];
    expect(claimed).not.toBe(`sha256:${signed.Digest}`);
    expect(files.publicKeyPem).toBe('');
  });

  it('IMAGE re-points the tag without a push: the old signature is DIGEST_MISMATCH', async () => {
    const { WitnessId } = await witness();
    const target = { InstanceId: prodHz, RepoId: nginx, Tag: TAG };
    await rule(WitnessId, 'PUSH');
    const signed = await callAction('SignRepoTag', { ...target, WitnessId });
    await callAction('TamperRepoTagSignature', { ...target, Mode: 'IMAGE' });
    const state = await stateOf(TAG);
    expect(state.Digest).not.toBe(signed.Digest);
    expect(state.Status).toBe('INVALID');
    // Not a push: the PUSH rule did not sign the altered image.
    expect(state.Signatures).toHaveLength(1);
    expect(state.Signatures[0]).toMatchObject({ Reason: 'DIGEST_MISMATCH', WitnessId });
  });
});

describe('cr:Artifact:SigningCompleted', () => {
  it('fires to event rules of that type covering the signed tag', async () => {
    await callAction('CreateEventCenterRule', {
      InstanceId: prodHz,
      RuleName: 'signed',
      EventType: 'cr:Artifact:SigningCompleted',
      EventScope: 'NAMESPACE',
      Namespaces: ['prod'],
      RepoTagFilterPattern: '.*',
      EventConfig: eventConfig({ notifyMethod: 'http', notifyConfig: { Url: 'http://hooks.test/signed' } }),
    });
    const { key, WitnessId } = await witness();
    const signed = await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: TAG, WitnessId });
    await settled();
    const sent = net.requests.filter((request) => request.url === 'http://hooks.test/signed');
    expect(sent).toHaveLength(1);
    expect(JSON.parse(sent[0]?.body ?? '{}')).toMatchObject({
      InstanceId: prodHz,
      RepoNamespaceName: 'prod',
      RepoName: 'nginx',
      Tag: TAG,
      Digest: `sha256:${signed.Digest}`,
      SignatureTag: signed.SignatureTag,
      KeyId: key.KeyId,
      WitnessId,
      WitnessName: 'release',
      TriggerType: 'MANUAL',
    });
    const { Records } = await callAction('ListEventCenterRecord', { InstanceId: prodHz });
    expect(Records.some((r) => r.EventType === 'cr:Artifact:SigningCompleted' && r.Tag === TAG)).toBe(true);
  });

  it('tells a DingTalk robot what was signed and by whom', async () => {
    await callAction('UpdateDemoReceiver', { Enabled: false });
    await callAction('CreateEventCenterRule', {
      InstanceId: prodHz,
      RuleName: 'signed-dingtalk',
      EventType: 'cr:Artifact:SigningCompleted',
      EventScope: 'INSTANCE',
      RepoTagFilterPattern: '1\\.25-.*',
      EventConfig: eventConfig({
        notifyMethod: 'dingding',
        notifyConfig: { Url: 'https://oapi.dingtalk.com/robot/send?access_token=t' },
      }),
    });
    const { WitnessId } = await witness();
    const signed = await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: TAG, WitnessId });
    await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: '1.25.3-alpine', WitnessId });
    await retag(TAG, 'latest');
    await callAction('SignRepoTag', { InstanceId: prodHz, RepoId: nginx, Tag: 'latest', WitnessId });
    await settled();
    const sent = net.requests.filter((request) => request.url.startsWith('https://oapi.dingtalk.com/'));
    expect(sent).toHaveLength(1); // 1.25.3-alpine and latest are outside the tag filter
    const text = JSON.parse(sent[0]?.body ?? '{}').markdown.text as string;
    expect(text).toContain('镜像加签完成');
    expect(text).toContain(signed.SignatureTag);
    expect(text).toContain('证明者：release');
  });
});

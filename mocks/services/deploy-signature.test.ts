import { beforeEach, describe, expect, it } from 'vitest';
import { callAction, instanceByName, repoIdOf } from '../testing/api';
import { HIGH_RULE, type PolicyRule, scanTag, type TagRef } from '../testing/policies';

let prodHz: string;
let vulnerable: TagRef;
let patched: TagRef;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  const nginx = await repoIdOf(prodHz, 'prod', 'nginx');
  vulnerable = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' };
  patched = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25.3-alpine' };
});

/** Signature only: no vulnerability condition. */
const SIGNED_RULE: PolicyRule = { ...HIGH_RULE, IssueLevel: undefined, RequireSignature: true };

async function witness(name: string): Promise<{ witnessId: string; keyId: string }> {
  const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: 'EC_P256' });
  const { WitnessId } = await callAction('CreateSigningWitness', {
    InstanceId: prodHz,
    WitnessName: name,
    KeyId: Key.KeyId,
  });
  return { witnessId: WitnessId, keyId: Key.KeyId };
}

const sign = (tag: TagRef, WitnessId: string) => callAction('SignRepoTag', { ...tag, WitnessId });

const enforce = (rule: PolicyRule) =>
  callAction('CreateDeployPolicy', { InstanceId: prodHz, NamespaceName: 'prod', Enabled: true, ...rule });

const check = (tag: TagRef) =>
  callAction('CheckDeployment', { InstanceId: prodHz, NamespaceName: 'prod', RepoName: 'nginx', Tag: tag.Tag });

const codes = async (tag: TagRef) => (await check(tag)).Reasons.map((r) => r.Code);

describe('policies requiring a signature', () => {
  it('denies an unsigned tag with SIGNATURE_MISSING and allows it once signed by any witness', async () => {
    const release = await witness('release');
    await enforce(SIGNED_RULE);
    expect(await codes(patched)).toEqual(['SIGNATURE_MISSING']);

    await sign(patched, release.witnessId);
    expect(await check(patched)).toMatchObject({ Allowed: true, Reasons: [] });
  });

  it('names who signed when the signer is not a required witness (SIGNATURE_UNTRUSTED)', async () => {
    const release = await witness('release');
    const security = await witness('security');
    await enforce({ ...SIGNED_RULE, Witnesses: [security.witnessId] });
    await sign(patched, release.witnessId);

    const answer = await check(patched);
    expect(answer.Allowed).toBe(false);
    expect(answer.Reasons).toEqual([
      expect.objectContaining({
        Code: 'SIGNATURE_UNTRUSTED',
        Witnesses: [security.witnessId],
        Signers: [release.witnessId],
      }),
    ]);
    await sign(patched, security.witnessId);
    expect((await check(patched)).Allowed).toBe(true);
  });

  it('denies a tampered signature with SIGNATURE_INVALID', async () => {
    const release = await witness('release');
    await enforce(SIGNED_RULE);
    await sign(patched, release.witnessId);
    await callAction('TamperRepoTagSignature', { ...patched, Mode: 'PAYLOAD' });
    expect(await codes(patched)).toEqual(['SIGNATURE_INVALID']);
  });

  it('judges the current digest only: a tag moved to other content is unscanned and its old signature fails', async () => {
    const release = await witness('release');
    await scanTag(patched);
    await sign(patched, release.witnessId);
    await enforce({ ...SIGNED_RULE, BlockUnscanned: true });
    expect(await check(patched)).toMatchObject({ Allowed: true, Scanned: true });

    await callAction('TamperRepoTagSignature', { ...patched, Mode: 'IMAGE' });
    const answer = await check(patched);
    expect(answer).toMatchObject({ Allowed: false, Scanned: false });
    expect(answer.Reasons.map((r) => r.Code)).toEqual(['UNSCANNED', 'SIGNATURE_INVALID']);
  });

  it('under AND, a signed vulnerable tag passes and the failed condition is tolerated', async () => {
    const release = await witness('release');
    await scanTag(vulnerable);
    await enforce({ ...HIGH_RULE, Logic: 'AND', RequireSignature: true });
    expect(await codes(vulnerable)).toEqual(['VULNERABILITY_THRESHOLD', 'SIGNATURE_MISSING']);

    await sign(vulnerable, release.witnessId);
    const answer = await check(vulnerable);
    expect(answer).toMatchObject({ Allowed: true, Reasons: [] });
    expect(answer.Tolerated.map((r) => r.Code)).toEqual(['VULNERABILITY_THRESHOLD']);
  });

  it('a check records no key usage (it is a read)', async () => {
    const release = await witness('release');
    await sign(patched, release.witnessId);
    const before = (await callAction('ListKeyUsage', { KeyId: release.keyId })).TotalCount;
    await enforce(SIGNED_RULE);
    await check(patched);
    await callAction('PreviewDeployPolicy', { InstanceId: prodHz, NamespaceName: 'prod', ...SIGNED_RULE });
    expect((await callAction('ListKeyUsage', { KeyId: release.keyId })).TotalCount).toBe(before);
  });

  it('the preview skips signature artifacts and agrees with the check on every tag', async () => {
    const release = await witness('release');
    await scanTag(vulnerable);
    await sign(vulnerable, release.witnessId);
    await sign(patched, release.witnessId);
    const rule: PolicyRule = { ...HIGH_RULE, RequireSignature: true, Witnesses: [release.witnessId] };

    const preview = await callAction('PreviewDeployPolicy', { InstanceId: prodHz, NamespaceName: 'prod', ...rule });
    const listed = [...preview.Blocked, ...preview.Allowed];
    const { Images } = await callAction('ListRepoTag', {
      InstanceId: prodHz,
      RepoId: vulnerable.RepoId,
      PageSize: 100,
    });
    const artifacts = Images.filter((i) => /^sha256-[0-9a-f]{64}\.sig$/.test(i.Tag));
    expect(artifacts.length).toBeGreaterThan(0);
    expect(listed.filter((t) => t.RepoName === 'nginx').map((t) => t.Tag)).toEqual(
      expect.arrayContaining(['1.25-alpine', '1.25.3-alpine']),
    );
    expect(listed.some((t) => t.Tag.endsWith('.sig'))).toBe(false);
    expect(preview.Allowed.map((t) => `${t.RepoName}:${t.Tag}`)).toEqual(['nginx:1.25.3-alpine']);

    await enforce(rule);
    for (const tag of listed) {
      const answer = await callAction('CheckDeployment', {
        InstanceId: prodHz,
        NamespaceName: 'prod',
        RepoName: tag.RepoName,
        Tag: tag.Tag,
      });
      expect({ tag: tag.Tag, allowed: answer.Allowed, reasons: answer.Reasons }).toEqual({
        tag: tag.Tag,
        allowed: tag.Action === undefined,
        reasons: tag.Reasons,
      });
    }
  });
});

import { beforeAll, describe, expect, it } from 'vitest';
import { checkSignature, repositoryOf, type TrustedPublicKey } from './check';
import { generateSigningKey } from './keys';
import { payloadBytes, simpleSigningPayload } from './payload';
import { signPayload } from './sign';

const REPO = 'registry.cn-hangzhou.aliyuncs.com/ns/app';
const DIGEST = `sha256:${'1'.repeat(64)}`;
const REPUSHED = `sha256:${'2'.repeat(64)}`;

let ec: CryptoKeyPair;
let rsa: CryptoKeyPair;
let stranger: CryptoKeyPair;
let trusted: TrustedPublicKey[];

beforeAll(async () => {
  [ec, rsa, stranger] = await Promise.all([
    generateSigningKey('EC_P256'),
    generateSigningKey('RSA_2048'),
    generateSigningKey('EC_P256'),
  ]);
  trusted = [
    { id: 'witness-ec', kind: 'EC_P256', key: ec.publicKey },
    { id: 'witness-rsa', kind: 'RSA_2048', key: rsa.publicKey },
  ];
});

async function signed(pair: CryptoKeyPair, kind: 'EC_P256' | 'RSA_2048', digest = DIGEST, reference = REPO) {
  const bytes = payloadBytes(simpleSigningPayload({ dockerReference: reference, manifestDigest: digest }));
  return { payloadBytes: bytes, signatureDer: await signPayload(pair.privateKey, kind, bytes) };
}

describe('checkSignature', () => {
  it('accepts a signature by either trusted key and names the signer', async () => {
    const byEc = await checkSignature({
      ...(await signed(ec, 'EC_P256')),
      publicKeys: trusted,
      expected: { dockerReference: `${REPO}:v1`, manifestDigest: DIGEST },
    });
    expect(byEc).toEqual({ valid: true, signer: 'witness-ec', signedDigest: DIGEST });
    const byRsa = await checkSignature({
      ...(await signed(rsa, 'RSA_2048')),
      publicKeys: trusted,
      expected: { manifestDigest: DIGEST },
    });
    expect(byRsa).toMatchObject({ valid: true, signer: 'witness-rsa' });
  });

  it('reports DIGEST_MISMATCH when the tag was re-pushed with other content', async () => {
    const result = await checkSignature({
      ...(await signed(ec, 'EC_P256')),
      publicKeys: trusted,
      expected: { manifestDigest: REPUSHED },
    });
    expect(result).toEqual({ valid: false, signer: 'witness-ec', reason: 'DIGEST_MISMATCH', signedDigest: DIGEST });
  });

  it('reports BAD_SIGNATURE when the stored payload was altered', async () => {
    const original = await signed(ec, 'EC_P256');
    // Re-point the payload at the new digest without re-signing: a forger's edit.
    const forged = new TextEncoder().encode(new TextDecoder().decode(original.payloadBytes).replace(DIGEST, REPUSHED));
    const result = await checkSignature({
      payloadBytes: forged,
      signatureDer: original.signatureDer,
      publicKeys: trusted,
      expected: { manifestDigest: REPUSHED },
    });
    expect(result).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
    expect(result.signer).toBeUndefined();
  });

  it('reports BAD_SIGNATURE for a key that is not trusted, and names it when known', async () => {
    const bySomeoneElse = await signed(stranger, 'EC_P256');
    const expected = { manifestDigest: DIGEST };
    expect(await checkSignature({ ...bySomeoneElse, publicKeys: trusted, expected })).toMatchObject({
      valid: false,
      reason: 'BAD_SIGNATURE',
    });
    const known = [{ id: 'disabled-key', kind: 'EC_P256' as const, key: stranger.publicKey }];
    expect(await checkSignature({ ...bySomeoneElse, publicKeys: trusted, otherKeys: known, expected })).toEqual({
      valid: false,
      reason: 'NO_TRUSTED_KEY',
      untrustedSigner: 'disabled-key',
      signedDigest: DIGEST,
    });
  });

  it('reports NO_TRUSTED_KEY when there are no trusted keys', async () => {
    const result = await checkSignature({
      ...(await signed(ec, 'EC_P256')),
      publicKeys: [],
      expected: { manifestDigest: DIGEST },
    });
    expect(result).toMatchObject({ valid: false, reason: 'NO_TRUSTED_KEY' });
  });

  it('reports REFERENCE_MISMATCH for a signature of another repository', async () => {
    const other = await signed(ec, 'EC_P256', DIGEST, 'registry.cn-hangzhou.aliyuncs.com/ns/other');
    const result = await checkSignature({
      ...other,
      publicKeys: trusted,
      expected: { dockerReference: REPO, manifestDigest: DIGEST },
    });
    expect(result).toMatchObject({ valid: false, signer: 'witness-ec', reason: 'REFERENCE_MISMATCH' });
  });

  it('reports MALFORMED_PAYLOAD, even when the garbage is validly signed', async () => {
    const bytes = new TextEncoder().encode('{"critical":{}}');
    const signatureDer = await signPayload(ec.privateKey, 'EC_P256', bytes);
    const result = await checkSignature({
      payloadBytes: bytes,
      signatureDer,
      publicKeys: trusted,
      expected: { manifestDigest: DIGEST },
    });
    expect(result).toEqual({ valid: false, reason: 'MALFORMED_PAYLOAD' });
  });

  it('treats a malformed signature as a bad one without throwing', async () => {
    const { payloadBytes: bytes } = await signed(ec, 'EC_P256');
    const result = await checkSignature({
      payloadBytes: bytes,
      signatureDer: Uint8Array.of(0x30, 0x01),
      publicKeys: trusted,
      expected: { manifestDigest: DIGEST },
    });
    expect(result).toMatchObject({ valid: false, reason: 'BAD_SIGNATURE' });
  });
});

describe('repositoryOf', () => {
  it.each([
    ['registry.example.com/ns/app', 'registry.example.com/ns/app'],
    ['registry.example.com/ns/app:v1', 'registry.example.com/ns/app'],
    [`Registry.Example.com:5000/ns/app:v1@${DIGEST}`, 'registry.example.com:5000/ns/app'],
    ['localhost:5000/app', 'localhost:5000/app'],
  ])('%s → %s', (reference, repository) => {
    expect(repositoryOf(reference)).toBe(repository);
  });
});

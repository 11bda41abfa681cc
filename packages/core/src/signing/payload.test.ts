import { describe, expect, it } from 'vitest';
import {
  COSIGN_SIGNATURE_TYPE,
  parseSimpleSigningPayload,
  payloadBytes,
  signatureTag,
  signedDigestOfTag,
  simpleSigningPayload,
} from './payload';

const DIGEST = `sha256:${'ab'.repeat(32)}`;
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const bytes = (value: string) => new TextEncoder().encode(value);

describe('simple signing payload', () => {
  it('serialises to the exact canonical bytes cosign signs', () => {
    const payload = simpleSigningPayload({
      dockerReference: 'registry.example.com/ns/app',
      manifestDigest: DIGEST,
      optional: { creator: 'acr-console', 'a-claim': 1 },
    });
    expect(text(payloadBytes(payload))).toBe(
      '{"critical":{"identity":{"docker-reference":"registry.example.com/ns/app"},' +
        `"image":{"docker-manifest-digest":"${DIGEST}"},"type":"cosign container image signature"},` +
        '"optional":{"a-claim":1,"creator":"acr-console"}}',
    );
  });

  it('writes optional as null when there are no claims, as cosign does', () => {
    const payload = simpleSigningPayload({ dockerReference: 'r/ns/app', manifestDigest: DIGEST });
    expect(text(payloadBytes(payload)).endsWith(',"optional":null}')).toBe(true);
  });

  it('gives equal bytes whatever order the optional claims were added in', () => {
    const a = simpleSigningPayload({ dockerReference: 'x', manifestDigest: DIGEST, optional: { b: 2, a: 1 } });
    const b = simpleSigningPayload({ dockerReference: 'x', manifestDigest: DIGEST, optional: { a: 1, b: 2 } });
    expect(payloadBytes(a)).toEqual(payloadBytes(b));
  });

  it('rejects a digest that is not sha256', () => {
    expect(() => simpleSigningPayload({ dockerReference: 'x', manifestDigest: 'sha512:00' })).toThrow(/digest/);
  });

  it('parses its own bytes back', () => {
    const payload = simpleSigningPayload({ dockerReference: 'r/ns/app', manifestDigest: DIGEST, optional: { k: 'v' } });
    expect(parseSimpleSigningPayload(payloadBytes(payload))).toEqual(payload);
  });

  it.each([
    ['not JSON', 'nope'],
    ['an array', '[]'],
    [
      'the wrong type',
      `{"critical":{"identity":{"docker-reference":"x"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"atomic container signature"}}`,
    ],
    [
      'a bad digest',
      '{"critical":{"identity":{"docker-reference":"x"},"image":{"docker-manifest-digest":"sha256:zz"},"type":"cosign container image signature"}}',
    ],
    ['no identity', `{"critical":{"image":{"docker-manifest-digest":"${DIGEST}"},"type":"${COSIGN_SIGNATURE_TYPE}"}}`],
    [
      'a non-object optional',
      `{"critical":{"identity":{"docker-reference":"x"},"image":{"docker-manifest-digest":"${DIGEST}"},"type":"${COSIGN_SIGNATURE_TYPE}"},"optional":3}`,
    ],
  ])('rejects %s', (_name, json) => {
    expect(parseSimpleSigningPayload(bytes(json))).toBeUndefined();
  });

  it('rejects invalid UTF-8', () => {
    expect(parseSimpleSigningPayload(Uint8Array.of(0x7b, 0xff, 0x7d))).toBeUndefined();
  });
});

describe('signature tag', () => {
  it('follows the cosign convention and maps back', () => {
    expect(signatureTag(DIGEST)).toBe(`sha256-${'ab'.repeat(32)}.sig`);
    expect(signedDigestOfTag(signatureTag(DIGEST))).toBe(DIGEST);
    expect(signedDigestOfTag('latest')).toBeUndefined();
    expect(() => signatureTag('latest')).toThrow();
  });
});

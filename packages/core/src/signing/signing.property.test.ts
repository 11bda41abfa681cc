/**
 * Property tests for the signing encodings (issue 9, item 2). Signatures, payloads and public keys are
 * pasted or uploaded by users and pulled from registries, so every decoder must answer `undefined`/`false`
 * (or, for key import, its documented readable Error) rather than throw on any input; and every encoder
 * must round-trip with its decoder: base64 (and agree with Node's Buffer), PEM armour, P1363 ↔ DER (strict
 * DER is canonical, so DER → P1363 → DER is the identity on everything the decoder accepts), the canonical
 * simple-signing payload bytes, the cosign signature tag, and sign → verify, where any change to the
 * payload or the signature makes verification fail. Seeds are fixed so a failure reproduces.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { fuzzTimeout, mutate, mutationArb, runs } from '../testing/fuzz';
import { fromBase64, toBase64 } from './base64';
import { derToP1363, p1363ToDer } from './der';
import { exportPublicKeyPem, fromPem, generateSigningKey, importPublicKeyPem, toPem } from './keys';
import {
  parseSimpleSigningPayload,
  payloadBytes,
  signatureTag,
  signedDigestOfTag,
  simpleSigningPayload,
} from './payload';
import { signatureFromBase64, signatureToBase64, signPayload, verifyPayload } from './sign';

vi.setConfig({ testTimeout: fuzzTimeout() });

const bytes = fc.uint8Array({ maxLength: 200 });
const hex64 = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'.split('')), minLength: 64, maxLength: 64 });
const digest = hex64.map((h) => `sha256:${h}`);
const same = (a: Uint8Array | undefined, b: Uint8Array): boolean =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

describe('base64', () => {
  it('decode(encode(b)) = b, and encode agrees with Node’s Buffer', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        const text = toBase64(b);
        expect(text).toBe(Buffer.from(b).toString('base64'));
        expect(same(fromBase64(text), b)).toBe(true);
        expect(same(signatureFromBase64(signatureToBase64(b)), b)).toBe(true);
      }),
      { seed: 0x5b1, numRuns: runs(500) },
    );
  });

  it('decodes unpadded text and text broken by whitespace (PEM lines) the same', () => {
    fc.assert(
      fc.property(bytes, fc.array(fc.tuple(fc.nat(), fc.constantFrom('\n', ' ', '\r\n', '\t'))), (b, breaks) => {
        let text = toBase64(b).replace(/=+$/, '');
        for (const [at, ws] of breaks) {
          const i = at % (text.length + 1);
          text = text.slice(0, i) + ws + text.slice(i);
        }
        expect(same(fromBase64(text), b)).toBe(true);
      }),
      { seed: 0x5b2, numRuns: runs(300) },
    );
  });

  it('never throws on arbitrary text; whatever it accepts re-encodes to an equivalent string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 40 }),
          fc.string({ unit: fc.constantFrom(...'AZaz09+/= \n'.split('')), maxLength: 40 }),
        ),
        (text) => {
          const decoded = fromBase64(text);
          if (decoded) expect(same(fromBase64(toBase64(decoded)), decoded)).toBe(true);
        },
      ),
      { seed: 0x5b3, numRuns: runs(500) },
    );
  });
});

describe('PEM', () => {
  it('fromPem(toPem(der)) = der, also inside surrounding text', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 300 }),
        fc.string({ maxLength: 20 }),
        fc.string({ maxLength: 20 }),
        (der, before, after) => {
          const pem = toPem('PUBLIC KEY', der);
          expect(pem.split('\n').every((line) => line.length <= 64)).toBe(true);
          expect(same(fromPem('PUBLIC KEY', pem), der)).toBe(true);
          expect(same(fromPem('PUBLIC KEY', `${before.replace(/-/g, '')}\n${pem}${after}`), der)).toBe(true);
        },
      ),
      { seed: 0x5c1, numRuns: runs(300) },
    );
  });

  it('importPublicKeyPem on a mutated real key gives a key or its documented readable Error', async () => {
    const { publicKey } = await generateSigningKey('EC_P256');
    const pem = new TextEncoder().encode(await exportPublicKeyPem(publicKey));
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 3 }), async (ms) => {
        const text = new TextDecoder().decode(mutate(pem, ms));
        await importPublicKeyPem(text, 'EC_P256').then(
          () => undefined,
          (error: unknown) => {
            expect(error).toBeInstanceOf(Error);
            expect((error as Error).message).toMatch(/^(not a PUBLIC KEY PEM|the PEM does not hold)/);
          },
        );
      }),
      { seed: 0x5c2, numRuns: runs(150) },
    );
  });
});

describe('ECDSA signature encodings', () => {
  const halves = fc.integer({ min: 1, max: 66 }).chain((n) => fc.uint8Array({ minLength: 2 * n, maxLength: 2 * n }));

  it('derToP1363(p1363ToDer(sig), half) = sig for every even-length signature', () => {
    fc.assert(
      fc.property(halves, (sig) => {
        expect(same(derToP1363(p1363ToDer(sig), sig.length / 2), sig)).toBe(true);
      }),
      { seed: 0x5d1, numRuns: runs(500) },
    );
  });

  it('strict DER is canonical: whatever derToP1363 accepts, p1363ToDer writes back byte for byte', () => {
    const field = fc.integer({ min: 1, max: 40 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 80 }),
          fc
            .tuple(halves, fc.array(mutationArb, { minLength: 1, maxLength: 2 }))
            .map(([s, ms]) => mutate(p1363ToDer(s), ms)),
        ),
        field,
        (der, size) => {
          const p = derToP1363(der, size);
          if (p) expect(same(p1363ToDer(p), der)).toBe(true);
        },
      ),
      { seed: 0x5d2, numRuns: runs(1000) },
    );
  });

  it('p1363ToDer refuses only odd or empty input, with its documented Error', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        if (b.length === 0 || b.length % 2 === 1) expect(() => p1363ToDer(b)).toThrow(/even, non-zero length/);
        else expect(p1363ToDer(b)[0]).toBe(0x30);
      }),
      { seed: 0x5d3, numRuns: runs(200) },
    );
  });
});

describe('simple-signing payloads and tags', () => {
  const reference = fc.oneof(
    fc.constantFrom('registry.example.com/ns/app', 'registry.cn-hangzhou.aliyuncs.com/a/b'),
    fc.string({ maxLength: 30 }),
  );
  const optional = fc.option(
    fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
    { nil: null },
  );

  it('parse(payloadBytes(p)) = p, and the bytes are canonical (re-printing the parse gives the same bytes)', () => {
    fc.assert(
      fc.property(reference, digest, optional, (dockerReference, manifestDigest, opt) => {
        const payload = simpleSigningPayload({ dockerReference, manifestDigest, optional: opt });
        const printed = payloadBytes(payload);
        const parsed = parseSimpleSigningPayload(printed);
        expect(parsed?.critical).toEqual(payload.critical);
        expect(parsed && same(payloadBytes(parsed), printed)).toBe(true);
      }),
      { seed: 0x5e1, numRuns: runs(300) },
    );
  });

  it('never throws on arbitrary or mutated payload bytes', () => {
    const valid = payloadBytes(
      simpleSigningPayload({ dockerReference: 'r/a', manifestDigest: `sha256:${'a'.repeat(64)}` }),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          bytes,
          fc.array(mutationArb, { minLength: 1, maxLength: 3 }).map((ms) => mutate(valid, ms)),
        ),
        (b) => {
          const p = parseSimpleSigningPayload(b);
          if (p) expect(p.critical.image['docker-manifest-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
        },
      ),
      { seed: 0x5e2, numRuns: runs(500) },
    );
  });

  it('signedDigestOfTag(signatureTag(d)) = d, and a tag it accepts is exactly signatureTag of its digest', () => {
    fc.assert(
      fc.property(digest, fc.string({ maxLength: 80 }), (d, junk) => {
        expect(signedDigestOfTag(signatureTag(d))).toBe(d);
        for (const tag of [junk, signatureTag(d).toUpperCase(), `${signatureTag(d)}x`, signatureTag(d).slice(1)]) {
          const back = signedDigestOfTag(tag);
          if (back !== undefined) expect(signatureTag(back)).toBe(tag);
        }
      }),
      { seed: 0x5e3, numRuns: runs(300) },
    );
  });
});

describe('sign → verify', () => {
  it('verifies what it signed, and fails (never throws) once the payload or the signature changes', async () => {
    const { privateKey, publicKey } = await generateSigningKey('EC_P256');
    const payload = payloadBytes(
      simpleSigningPayload({ dockerReference: 'r/a', manifestDigest: `sha256:${'b'.repeat(64)}` }),
    );
    const signature = await signPayload(privateKey, 'EC_P256', payload);
    expect(await verifyPayload(publicKey, 'EC_P256', payload, signature)).toBe(true);
    await fc.assert(
      fc.asyncProperty(fc.array(mutationArb, { minLength: 1, maxLength: 2 }), fc.boolean(), async (ms, onSignature) => {
        const changedPayload = onSignature ? payload : mutate(payload, ms);
        const changedSignature = onSignature ? mutate(signature, ms) : signature;
        fc.pre(!same(changedPayload, payload) || !same(changedSignature, signature));
        expect(await verifyPayload(publicKey, 'EC_P256', changedPayload, changedSignature)).toBe(false);
      }),
      { seed: 0x5f1, numRuns: runs(100) },
    );
  });
});

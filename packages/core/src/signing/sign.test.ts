import { describe, expect, it } from 'vitest';
import { derToP1363 } from './der';
import {
  exportPublicKeyPem,
  fromPem,
  generateSigningKey,
  importPublicKeyPem,
  keyKindOf,
  publicKeyFingerprint,
} from './keys';
import { payloadBytes, simpleSigningPayload } from './payload';
import { signatureFromBase64, signatureToBase64, signPayload, verifyPayload } from './sign';
import { SIGNING_KEY_KINDS } from './types';

const payload = payloadBytes(
  simpleSigningPayload({ dockerReference: 'registry.example.com/ns/app', manifestDigest: `sha256:${'0'.repeat(64)}` }),
);

describe.each(SIGNING_KEY_KINDS)('%s keys', (kind) => {
  it('generate with a non-extractable private key', async () => {
    const pair = await generateSigningKey(kind);
    expect(pair.privateKey.extractable).toBe(false);
    expect(keyKindOf(pair.privateKey)).toBe(kind);
    await expect(crypto.subtle.exportKey('pkcs8', pair.privateKey)).rejects.toThrow();
  });

  it('export as PEM with 64-character lines and import back', async () => {
    const { publicKey } = await generateSigningKey(kind);
    const pem = await exportPublicKeyPem(publicKey);
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines.at(-1)).toBe('-----END PUBLIC KEY-----');
    for (const line of lines.slice(1, -2)) expect(line).toHaveLength(64);
    expect((lines.at(-2) ?? '').length).toBeLessThanOrEqual(64);
    const imported = await importPublicKeyPem(pem, kind);
    expect(await publicKeyFingerprint(imported)).toEqual(await publicKeyFingerprint(publicKey));
  });

  it('fingerprint the SPKI DER', async () => {
    const { publicKey } = await generateSigningKey(kind);
    const der = fromPem('PUBLIC KEY', await exportPublicKeyPem(publicKey)) ?? new Uint8Array();
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', der as Uint8Array<ArrayBuffer>));
    const fingerprint = await publicKeyFingerprint(publicKey);
    expect(fingerprint.sha256Hex).toBe([...digest].map((b) => b.toString(16).padStart(2, '0')).join(''));
    expect(fingerprint.short).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });

  it('sign and verify, and reject tampering', async () => {
    const pair = await generateSigningKey(kind);
    const other = await generateSigningKey(kind);
    const signature = await signPayload(pair.privateKey, kind, payload);
    expect(await verifyPayload(pair.publicKey, kind, payload, signature)).toBe(true);

    const tampered = payload.slice();
    tampered[tampered.length - 3] = (tampered.at(-3) ?? 0) ^ 1;
    expect(await verifyPayload(pair.publicKey, kind, tampered, signature)).toBe(false);
    expect(await verifyPayload(other.publicKey, kind, payload, signature)).toBe(false);

    const flipped = signature.slice();
    flipped[flipped.length - 1] = (flipped.at(-1) ?? 0) ^ 1;
    expect(await verifyPayload(pair.publicKey, kind, payload, flipped)).toBe(false);
    expect(await verifyPayload(pair.publicKey, kind, payload, new Uint8Array())).toBe(false);
    expect(await verifyPayload(pair.publicKey, kind, payload, signature.subarray(1))).toBe(false);
  });

  it('round-trip the cosign annotation', async () => {
    const pair = await generateSigningKey(kind);
    const signature = await signPayload(pair.privateKey, kind, payload);
    const decoded = signatureFromBase64(signatureToBase64(signature)) ?? new Uint8Array();
    expect(await verifyPayload(pair.publicKey, kind, payload, decoded)).toBe(true);
  });
});

describe('signature forms', () => {
  it('gives ECDSA signatures as strict DER', async () => {
    const pair = await generateSigningKey('EC_P256');
    const signature = await signPayload(pair.privateKey, 'EC_P256', payload);
    expect(signature[0]).toBe(0x30);
    expect(derToP1363(signature, 32)).toHaveLength(64);
  });

  it('gives RSA signatures as the raw 256-byte PKCS#1 v1.5 signature', async () => {
    const pair = await generateSigningKey('RSA_2048');
    expect(await signPayload(pair.privateKey, 'RSA_2048', payload)).toHaveLength(256);
  });

  it('verifies nothing with a key of the other kind', async () => {
    const ec = await generateSigningKey('EC_P256');
    const rsa = await generateSigningKey('RSA_2048');
    const signature = await signPayload(ec.privateKey, 'EC_P256', payload);
    expect(await verifyPayload(rsa.publicKey, 'EC_P256', payload, signature)).toBe(false);
    expect(await verifyPayload(ec.publicKey, 'RSA_2048', payload, signature)).toBe(false);
  });

  it('refuses to import a PEM of the wrong kind or garbage', async () => {
    const ec = await generateSigningKey('EC_P256');
    const pem = await exportPublicKeyPem(ec.publicKey);
    await expect(importPublicKeyPem(pem, 'RSA_2048')).rejects.toThrow(/RSA_2048/);
    await expect(importPublicKeyPem('hello', 'EC_P256')).rejects.toThrow(/PEM/);
  });

  it('uses an injected SubtleCrypto', async () => {
    const calls: string[] = [];
    const subtle = new Proxy(crypto.subtle, {
      get(target, property: string) {
        const value = Reflect.get(target, property) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(property);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const pair = await generateSigningKey('EC_P256', subtle);
    await signPayload(pair.privateKey, 'EC_P256', payload, subtle);
    expect(calls).toEqual(['generateKey', 'sign']);
  });
});

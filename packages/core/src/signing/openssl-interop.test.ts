/**
 * Interop with OpenSSL: what the console exports (public key PEM, payload.json, DER signature) must verify
 * with `openssl dgst -sha256 -verify pub.pem -signature sig payload.json`, as the README documents.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportPublicKeyPem, generateSigningKey, publicKeyFingerprint } from './keys';
import { payloadBytes, simpleSigningPayload } from './payload';
import { signPayload } from './sign';
import { SIGNING_KEY_KINDS } from './types';

const OPENSSL = '/usr/bin/openssl';
const hasOpenssl = existsSync(OPENSSL);
if (!hasOpenssl) console.warn(`openssl interop tests skipped: ${OPENSSL} is missing`);

const workDir = mkdtempSync(join(tmpdir(), 'acr-signing-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function opensslVerify(dir: string): { status: number | null; output: string } {
  const result = spawnSync(OPENSSL, ['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig', 'payload.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}`.trim() };
}

describe.skipIf(!hasOpenssl)('openssl dgst -verify', () => {
  it.each(SIGNING_KEY_KINDS)('verifies an exported %s signature and rejects a tampered payload', async (kind) => {
    const pair = await generateSigningKey(kind);
    const bytes = payloadBytes(
      simpleSigningPayload({
        dockerReference: 'registry.cn-hangzhou.aliyuncs.com/ns/app',
        manifestDigest: `sha256:${'3c'.repeat(32)}`,
        optional: { signer: 'acr-console' },
      }),
    );
    const dir = mkdtempSync(join(workDir, `${kind}-`));
    writeFileSync(join(dir, 'pub.pem'), await exportPublicKeyPem(pair.publicKey));
    writeFileSync(join(dir, 'payload.json'), bytes);
    writeFileSync(join(dir, 'sig'), await signPayload(pair.privateKey, kind, bytes));

    const good = opensslVerify(dir);
    console.info(`[${kind}] ${good.output}`);
    expect(good).toEqual({ status: 0, output: 'Verified OK' });

    const tampered = bytes.slice();
    tampered[tampered.length - 5] = (tampered.at(-5) ?? 0) ^ 1;
    writeFileSync(join(dir, 'payload.json'), tampered);
    const bad = opensslVerify(dir);
    console.info(`[${kind}] tampered: ${bad.output.split('\n')[0]}`);
    expect(bad.status).not.toBe(0);
    expect(bad.output).toMatch(/^Verification failure/);
  });

  it.each(SIGNING_KEY_KINDS)('agrees on the %s key fingerprint', async (kind) => {
    const { publicKey } = await generateSigningKey(kind);
    const pemPath = join(workDir, `fingerprint-${kind}.pem`);
    writeFileSync(pemPath, await exportPublicKeyPem(publicKey));
    const der = spawnSync(OPENSSL, ['pkey', '-pubin', '-in', pemPath, '-outform', 'DER']);
    expect(der.status).toBe(0);
    const expected = createHash('sha256').update(der.stdout).digest('hex');
    expect((await publicKeyFingerprint(publicKey)).sha256Hex).toBe(expected);
  });
});

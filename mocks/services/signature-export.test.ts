/**
 * 导出签名 must give exactly what `openssl dgst -sha256 -verify pub.pem -signature sig.der payload.json` accepts,
 * for both key specs.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { callAction, expectBusinessError, instanceByName, repoIdOf } from '../testing/api';
import { exportedFiles } from './signature-export';

const OPENSSL = '/usr/bin/openssl';
const hasOpenssl = existsSync(OPENSSL);
const workDir = mkdtempSync(join(tmpdir(), 'acr-export-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

let prodHz: string;
let nginx: string;

beforeEach(async () => {
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  nginx = await repoIdOf(prodHz, 'prod', 'nginx');
});

describe('ExportRepoTagSignature', () => {
  it('answers SIGNATURE_NOT_EXIST for an unsigned tag', async () => {
    await expectBusinessError(
      'ExportRepoTagSignature',
      { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' },
      'SIGNATURE_NOT_EXIST',
    );
  });

  it.skipIf(!hasOpenssl).each(['RSA_2048', 'EC_P256'] as const)(
    'exports a %s signature openssl verifies',
    async (spec) => {
      const { Key } = await callAction('CreateKey', { RegionId: 'cn-hangzhou', KeySpec: spec });
      const { WitnessId } = await callAction('CreateSigningWitness', {
        InstanceId: prodHz,
        WitnessName: 'w',
        KeyId: Key.KeyId,
      });
      const target = { InstanceId: prodHz, RepoId: nginx, Tag: '1.25-alpine' };
      const signed = await callAction('SignRepoTag', { ...target, WitnessId });
      const exported = await callAction('ExportRepoTagSignature', target);
      expect(exported).toMatchObject({ KeyId: Key.KeyId, KeySpec: spec, SignatureTag: signed.SignatureTag });
      const files = exportedFiles(exported);
      const dir = mkdtempSync(join(workDir, `${spec}-`));
      writeFileSync(join(dir, 'pub.pem'), files.publicKeyPem);
      writeFileSync(join(dir, 'sig.der'), files.signature);
      writeFileSync(join(dir, 'payload.json'), files.payload);
      const output = execFileSync(
        OPENSSL,
        ['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig.der', 'payload.json'],
        { cwd: dir, encoding: 'utf8' },
      );
      expect(output.trim()).toBe('Verified OK');
    },
  );
});

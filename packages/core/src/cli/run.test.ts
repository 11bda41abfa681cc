import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { type CliIo, progressText, runCli } from './run';

function fakeIo(tty: boolean): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: { isTTY: tty, write: (t: string) => (io.out += t) },
    stderr: { isTTY: tty, write: (t: string) => (io.err += t) },
  };
  return io;
}

let dir = '';
let image = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'acr-scan-run-'));
  image = join(dir, 'tiny.tar');
  const built = await buildImage({
    created: '2024-01-01T00:00:00Z',
    config: {},
    layers: [{ createdBy: 'ADD', files: [{ path: 'etc/alpine-release', content: '3.19.1\n' }] }],
  });
  writeFileSync(image, writeDockerArchive(built, ['tiny:1']));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('runCli', () => {
  it.each([
    [true, true],
    [false, false],
  ])('stderr TTY %s → progress shown %s', async (tty, shown) => {
    const io = fakeIo(tty);
    expect(await runCli(['image', image, '--no-builtin-advisories'], io)).toBe(0);
    expect(io.err.includes('Reading layer 1/1')).toBe(shown);
    expect(io.out).toContain('(alpine 3.19.1)');
  });

  it('prints the version', async () => {
    const io = fakeIo(false);
    expect(await runCli(['--version'], io)).toBe(0);
    expect(io.out).toMatch(/^acr-scan \d+\.\d+\.\d+\n$/);
  });
});

describe('progressText', () => {
  it.each([
    [{ phase: 'opening' } as const, 'Opening image…'],
    [
      {
        phase: 'layer',
        index: 1,
        count: 3,
        layer: { index: 1, digest: 'sha256:0123456789abcdef', diffId: 'x' },
      } as const,
      'Reading layer 2/3 (sha256:0123456789ab)',
    ],
    [{ phase: 'matching', packages: 12 } as const, 'Matching 12 packages against advisories…'],
    [{ phase: 'done', vulnerabilities: 4 } as const, 'Done: 4 vulnerabilities'],
  ])('%j → %s', (progress, text) => expect(progressText(progress)).toBe(text));
});

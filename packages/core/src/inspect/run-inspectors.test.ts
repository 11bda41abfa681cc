import { describe, expect, it } from 'vitest';
import { createAdvisoryIndex } from '../advisory/advisory-index';
import { osAnalyzers } from '../analyzer/os';
import { osPackageAnalyzers } from '../analyzer/pkg';
import { buildImage } from '../image/build-image';
import { writeDockerArchive } from '../image/docker-archive';
import { type ImageSpec, opaque, whiteout } from '../image/image-spec';
import { bytesBlob } from '../image/read/sources';
import { scanImage } from '../scan/scan-image';
import { ScanError } from '../types/errors';
import type { LayerFile } from '../types/image';
import type { ImageFacts, InspectedFile, InspectionFinding, Inspector } from './inspector';
import { compareFindings, InspectionRun } from './run-inspectors';

const text = (s: string) => ({ 'zh-CN': s, 'en-US': s });
const base = { title: text('t'), category: text('c'), description: text('d'), remediation: text('r') };

/** A finding of `kind` at the inspected file. */
function findingAt(kind: InspectionFinding['kind'], input: InspectedFile, ruleId = `${kind}-rule`): InspectionFinding {
  const location = { layer: input.file.layer, path: input.path };
  if (kind === 'malware') return { ...base, kind, ruleId, level: 'serious', location, md5: '', sha256: '' };
  return { ...base, kind, ruleId, level: 'high', location };
}

/** Records every call; reports a finding of `kind` at each file whose path starts with `prefix`. */
function recorder(
  name: string,
  kind: InspectionFinding['kind'],
  prefix: string,
  wants: 'content' | 'meta' = 'content',
) {
  const seen: { path: string; type: string; content?: string }[] = [];
  let facts: ImageFacts | undefined;
  const inspector: Inspector = {
    name,
    wants: () => wants,
    inspect: async (input) => {
      seen.push({
        path: input.path,
        type: input.file.type,
        ...(input.content ? { content: new TextDecoder().decode(input.content) } : {}),
      });
      return input.path.startsWith(prefix) ? [findingAt(kind, input)] : [];
    },
    finish: (f) => {
      facts = f;
      return [];
    },
  };
  return { inspector, seen, facts: () => facts };
}

const spec: ImageSpec = {
  created: '2024-01-01T00:00:00Z',
  config: { User: 'app' },
  layers: [
    {
      createdBy: 'ADD rootfs',
      files: [
        { path: 'etc/os-release', content: 'ID=alpine\nVERSION_ID=3.22.1\n' },
        { path: 'etc/app.conf', content: 'v1' },
        { path: 'opt/keys/id_rsa', content: 'KEY' },
        { path: 'var/www/shell.php', content: 'evil' },
        { path: 'bin/sh', type: 'symlink', linkTarget: 'busybox' },
        { path: 'big.bin', content: 'x'.repeat(5000) },
      ],
    },
    {
      createdBy: 'RUN fix',
      files: [{ path: 'etc/app.conf', content: 'v2' }, whiteout('opt/keys'), opaque('var/www')],
    },
  ],
};

const now = () => new Date('2026-11-28T00:00:00Z');

async function scan(inspectors?: readonly Inspector[], maxFileBytes?: number) {
  const blob = bytesBlob(writeDockerArchive(await buildImage(spec), ['t:1']));
  return scanImage(blob, {
    analyzers: [...osAnalyzers, ...osPackageAnalyzers],
    advisoryIndex: createAdvisoryIndex([]),
    now,
    ...(inspectors ? { inspectors } : {}),
    ...(maxFileBytes ? { limits: { maxFileBytes } } : {}),
  });
}

describe('scanImage inspectors', () => {
  it('changes nothing without inspectors', async () => {
    const report = await scan();
    expect(report).not.toHaveProperty('inspection');
    expect(report.warnings).toEqual([]);
  });

  it('hands every entry type to inspectors, with content for regular files only', async () => {
    const all = recorder('all', 'baseline', 'none');
    const report = await scan([all.inspector]);
    expect(report.inspection).toEqual({ baseline: [], secrets: [], malware: [] });
    const types = new Set(all.seen.map((s) => s.type));
    expect(types).toEqual(new Set(['file', 'dir', 'symlink']));
    expect(all.seen.find((s) => s.path === 'bin/sh')).toEqual({ path: 'bin/sh', type: 'symlink' });
    expect(all.seen.filter((s) => s.path === 'etc/app.conf').map((s) => s.content)).toEqual(['v1', 'v2']);
    expect(all.seen.find((s) => s.path === 'etc/os-release')?.content).toContain('ID=alpine');
  });

  it('gives metadata only to an inspector that asks for it', async () => {
    const meta = recorder('meta', 'baseline', 'none', 'meta');
    await scan([meta.inspector]);
    expect(meta.seen.length).toBeGreaterThan(5);
    expect(meta.seen.every((s) => s.content === undefined)).toBe(true);
  });

  it('builds the facts from the final filesystem, the config, the OS and the packages', async () => {
    const all = recorder('all', 'baseline', 'none');
    await scan([all.inspector]);
    const facts = all.facts();
    expect(facts?.config?.config.User).toBe('app');
    expect(facts?.os).toMatchObject({ family: 'alpine', name: '3.22.1', eol: false });
    expect(facts?.layers.map((l) => l.index)).toEqual([0, 1]);
    const final = facts?.finalFiles ?? new Map<string, LayerFile>();
    expect(final.get('etc/app.conf')?.layer.index).toBe(1);
    expect(final.has('opt/keys/id_rsa')).toBe(false);
    expect(final.has('opt/keys')).toBe(false);
    expect(final.has('var/www/shell.php')).toBe(false);
    expect(final.has('var/www')).toBe(true);
    expect(final.get('bin/sh')?.type).toBe('symlink');
  });

  it('drops baseline findings at replaced or deleted files, keeps secrets and malware there', async () => {
    const baseline = recorder('baseline', 'baseline', 'etc/app.conf');
    const deleted = recorder('baseline2', 'baseline', 'opt/keys/');
    const secrets = recorder('secrets', 'secret', 'opt/keys/');
    const malware = recorder('malware', 'malware', 'var/www/');
    const report = await scan([baseline.inspector, deleted.inspector, secrets.inspector, malware.inspector]);
    expect(report.inspection?.baseline.map((f) => [f.location.path, f.location.layer?.index])).toEqual([
      ['etc/app.conf', 1],
    ]);
    expect(report.inspection?.secrets.map((f) => f.location.path)).toEqual(['opt/keys/id_rsa']);
    expect(report.inspection?.malware.map((f) => f.location.path)).toEqual(['var/www/shell.php']);
  });

  it('skips content over maxFileBytes with a warning; metadata inspectors still see the file', async () => {
    const content = recorder('content', 'baseline', 'none');
    const meta = recorder('meta', 'baseline', 'none', 'meta');
    const report = await scan([content.inspector, meta.inspector], 1000);
    expect(report.warnings).toContain('big.bin: skipped, 5000 bytes is over the 1000-byte file limit');
    expect(content.seen.find((s) => s.path === 'big.bin')).toBeUndefined();
    expect(meta.seen.find((s) => s.path === 'big.bin')).toEqual({ path: 'big.bin', type: 'file' });
    expect(content.seen.find((s) => s.path === 'etc/app.conf')?.content).toBe('v1');
  });

  it('turns a ScanError of an inspector into a warning and rethrows anything else', async () => {
    const failing = (error: Error): Inspector => ({
      name: 'failing',
      wants: (path) => (path === 'etc/app.conf' ? 'content' : false),
      inspect: () => {
        throw error;
      },
    });
    const report = await scan([failing(new ScanError('INVALID_PACKAGE_DB', 'cannot parse'))]);
    expect(report.warnings).toEqual(['failing: etc/app.conf: cannot parse', 'failing: etc/app.conf: cannot parse']);
    await expect(scan([failing(new TypeError('bug'))])).rejects.toThrow('bug');
    const finishing: Inspector = {
      name: 'fin',
      wants: () => false,
      inspect: () => [],
      finish: () => {
        throw new ScanError('INVALID_IMAGE', 'bad config');
      },
    };
    expect((await scan([finishing])).warnings).toEqual(['fin: finish: bad config']);
  });
});

describe('InspectionRun', () => {
  const layerRef = (index: number) => ({ index, digest: `sha256:${index}`, diffId: `sha256:${index}` });
  const entry = (path: string, index: number, type: LayerFile['type'] = 'file'): LayerFile => ({
    path,
    type,
    size: 0,
    mode: 0o644,
    layer: layerRef(index),
  });

  it('removes what is below a file that replaced a directory, and keeps same-layer entries on whiteouts', () => {
    let facts: ImageFacts | undefined;
    const run = new InspectionRun(
      [
        {
          name: 'x',
          wants: () => false,
          inspect: () => [],
          finish: (f) => {
            facts = f;
            return [];
          },
        },
      ],
      [],
    );
    run.entry(entry('a', 0, 'dir'));
    run.entry(entry('a/b', 0));
    run.entry(entry('c/d', 0));
    run.entry(entry('c/e', 1));
    run.opaque('c', layerRef(1));
    run.entry(entry('a', 1));
    run.finish({ osPackages: [], layers: [] });
    expect([...(facts?.finalFiles.keys() ?? [])].sort()).toEqual(['a', 'c/e']);
  });

  it('sorts by level, path, line and rule id', () => {
    const f = (level: 'high' | 'low', path: string | undefined, line: number | undefined, ruleId: string) =>
      ({ ...base, kind: 'baseline', level, ruleId, location: { path, line } }) as InspectionFinding;
    const list = [
      f('low', 'a', 1, 'r'),
      f('high', 'b', 2, 'r'),
      f('high', 'b', 1, 'z'),
      f('high', 'b', 1, 'a'),
      f('high', undefined, undefined, 'c'),
    ];
    expect(
      [...list].sort(compareFindings).map((x) => `${x.level}:${x.location.path}:${x.location.line}:${x.ruleId}`),
    ).toEqual(['high:undefined:undefined:c', 'high:b:1:a', 'high:b:1:z', 'high:b:2:r', 'low:a:1:r']);
  });
});

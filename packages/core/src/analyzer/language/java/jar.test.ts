import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ScanError } from '../../../types/errors';
import { byNameVersion, TRIVY_FIXTURES, type TrivyCase, type TrivyPackage } from '../testing/fixtures';
import { allPackages, runAnalyzer } from '../testing/parser-harness';
import { jarAnalyzer } from './analyzer';
import { parseJar } from './jar';
import { embeddedPomCoordinates, manifestCoordinates, parseManifestMain, pluginLicenseName } from './java-metadata';

const dir = join(TRIVY_FIXTURES, 'jar');
const cases: TrivyCase[] = existsSync(dir) ? JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')).cases : [];
const ofTest = (test: string) => cases.filter((c) => c.test === test).map((c) => [String(c.name), c] as const);

/**
 * Cases whose expectation depends on Trivy's Java DB (sha1 and artifactId look-ups), which we do not
 * have: for them we expect what Trivy's offline mode gives, or the file-name fallback.
 */
const OFFLINE_EXPECTATIONS: Record<string, TrivyPackage[]> = {
  // test.jar carries only a manifest; offline Trivy reports it (its own "offline" case).
  'sha1 search': [
    { Name: 'org.springframework:Spring Framework', Version: '2.5.6.SEC03', FilePath: 'testdata/test.jar' },
  ],
  // An empty manifest: the file name gives artifact and version, the group stays unknown.
  'artifactId search': [
    { Name: 'heuristic', Version: '1.0.0-SNAPSHOT', FilePath: 'testdata/heuristic-1.0.0-SNAPSHOT.jar' },
  ],
};

const summary = (p: { name: string; version: string; licenses: string[]; filePath: string }) => ({
  name: p.name,
  version: p.version,
  licenses: p.licenses,
  filePath: p.filePath,
});

describe.skipIf(!existsSync(dir))('jar against Trivy fixtures (jar; skipped without /work/shared)', () => {
  // Licences: Trivy reads the embedded pom.xml and classifies LICENSE files in the jar; we read the pom.xml
  // and, instead of classifying licence texts, the manifest's Bundle-License URL. On these fixtures the
  // two give the same answers.
  it.each(ofTest('TestParse'))('%s', async (name, c) => {
    const file = String(c.file);
    const content = readFileSync(join(dir, 'data', file.replace(/^testdata\//, '')));
    const want = OFFLINE_EXPECTATIONS[name] ?? (c.want as TrivyPackage[]);
    const result = await runAnalyzer(jarAnalyzer, file, content);
    expect(result?.applications?.map((a) => [a.type, a.filePath])).toEqual([['jar', file]]);
    expect(byNameVersion(allPackages(result).map(summary))).toEqual(
      byNameVersion(
        want.map((p) => ({
          name: p.Name,
          version: p.Version ?? '',
          licenses: p.Licenses ?? [],
          filePath: p.FilePath ?? '',
        })),
      ),
    );
  });

  // TestIsJarLicenseFile picks the LICENSE files Trivy's licence classifier reads; we classify no licence
  // texts (see the note above), so its nine cases have no counterpart here.
  it.each(ofTest('TestParsePluginLicenseName'))('plugin licence: %s', (_n, c) => {
    expect(pluginLicenseName(String(c.line))).toBe(c.want);
  });

  it.each(ofTest('TestEmbeddedPomGAV'))('embedded pom path: %s', (_n, c) => {
    const got = embeddedPomCoordinates(String(c.path));
    expect(got).toEqual(c.wantOK ? { groupId: c.wantGroup, artifactId: c.wantArt } : null);
  });

  it.each(ofTest('TestManifestProperties'))('manifest: %s', (_n, c) => {
    const want = c.want as { GroupID: string; ArtifactID: string; Version: string } | [];
    const got = manifestCoordinates(parseManifestMain(String(c.manifest)));
    expect(got).toEqual(
      Array.isArray(want) ? null : { groupId: want.GroupID, artifactId: want.ArtifactID, version: want.Version },
    );
  });
});

const enc = (s: string) => new TextEncoder().encode(s);
const pomProps = (g: string, a: string, v: string) => enc(`groupId=${g}\nartifactId=${a}\nversion=${v}\n`);

describe('jar parsing', () => {
  it('builds maven purls and ids from pom.properties', () => {
    const jar = zipSync({
      'META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties': pomProps(
        'org.apache.logging.log4j',
        'log4j-core',
        '2.14.1',
      ),
    });
    const [pkg] = parseJar(jar, 'app/log4j-core-2.14.1.jar');
    expect(pkg).toMatchObject({
      ecosystem: 'maven',
      name: 'org.apache.logging.log4j:log4j-core',
      id: 'org.apache.logging.log4j:log4j-core',
      version: '2.14.1',
      purl: 'pkg:maven/org.apache.logging.log4j/log4j-core@2.14.1',
    });
  });

  it('falls back to the file name for an archive without metadata', () => {
    const [pkg] = parseJar(zipSync({ 'a/B.class': enc('x') }), 'lib/log4j-core-2.14.1.jar');
    expect(pkg).toMatchObject({ name: 'log4j-core', version: '2.14.1', purl: 'pkg:maven/log4j-core@2.14.1' });
  });

  it('stops opening nested archives at the depth limit', () => {
    let inner = zipSync({ 'META-INF/maven/g/level3/pom.properties': pomProps('g', 'level3', '3') });
    inner = zipSync({ 'lib/l3.jar': inner, 'META-INF/maven/g/level2/pom.properties': pomProps('g', 'level2', '2') });
    const outer = zipSync({
      'lib/l2.jar': inner,
      'META-INF/maven/g/level1/pom.properties': pomProps('g', 'level1', '1'),
    });
    const limits = { maxDepth: 1, maxNestedBytes: 1 << 20, maxTotalBytes: 1 << 20 };
    expect(parseJar(outer, 'o.jar', limits).map((p) => [p.name, p.filePath])).toEqual([
      ['g:level1', 'o.jar'],
      ['g:level2', 'o.jar/lib/l2.jar'],
    ]);
  });

  it('skips nested archives over the size limit', () => {
    const inner = zipSync({
      'META-INF/maven/g/inner/pom.properties': pomProps('g', 'inner', '1'),
      pad: new Uint8Array(4096),
    });
    const outer = zipSync({ 'lib/inner.jar': inner }, { level: 0 });
    const limits = { maxDepth: 4, maxNestedBytes: 100, maxTotalBytes: 1 << 20 };
    expect(parseJar(outer, 'outer-1.0.jar', limits).map((p) => p.name)).toEqual(['outer']);
  });

  it('does not inflate a metadata file over maxMetadataBytes (a zip bomb behind pom.properties)', () => {
    const bomb = new Uint8Array(4096);
    bomb.set(pomProps('g', 'bomb', '1'));
    const jar = zipSync({
      'META-INF/maven/g/bomb/pom.properties': bomb,
      'META-INF/maven/g/ok/pom.properties': pomProps('g', 'ok', '2'),
    });
    expect(parseJar(jar, 'x.jar', { maxMetadataBytes: 1024 }).map((p) => p.name)).toEqual(['g:ok']);
    expect(parseJar(jar, 'x.jar').map((p) => p.name)).toEqual(['g:bomb', 'g:ok']);
  });

  it('skips a corrupt nested archive but rejects a corrupt outer one', async () => {
    const outer = zipSync({
      'lib/bad.jar': enc('not a zip'),
      'META-INF/maven/g/a/pom.properties': pomProps('g', 'a', '1'),
    });
    expect(parseJar(outer, 'a-1.jar').map((p) => p.name)).toEqual(['g:a']);
    await expect(runAnalyzer(jarAnalyzer, 'x.jar', enc('garbage'))).rejects.toBeInstanceOf(ScanError);
  });

  it.each([
    ['app.jar', true],
    ['srv/app.WAR', true],
    ['x.ear', true],
    ['x.par', true],
    ['x.jar.sha1', false],
    ['x.zip', false],
  ])('required(%s) = %s', (path, want) => {
    expect(
      jarAnalyzer.required(path, {
        path,
        type: 'file',
        size: 1,
        mode: 0o644,
        layer: { index: 0, digest: '', diffId: '' },
      }),
    ).toBe(want);
  });
});

describe('exploded archives', () => {
  it('reads a pom.properties outside any archive', async () => {
    const path = 'app/lib/log4j-core-2.14.1/META-INF/maven/org.apache.logging.log4j/log4j-core/pom.properties';
    const result = await runAnalyzer(jarAnalyzer, path, pomProps('org.apache.logging.log4j', 'log4j-core', '2.14.1'));
    expect(result?.applications?.[0]?.type).toBe('jar');
    expect(allPackages(result).map((p) => [p.name, p.version, p.filePath])).toEqual([
      ['org.apache.logging.log4j:log4j-core', '2.14.1', path],
    ]);
  });

  it('ignores a pom.properties elsewhere and one without coordinates', async () => {
    expect(await runAnalyzer(jarAnalyzer, 'app/pom.properties', pomProps('g', 'a', '1'))).toBeNull();
    expect(await runAnalyzer(jarAnalyzer, 'x/META-INF/maven/g/a/pom.properties', 'version=1\n')).toBeNull();
  });
});

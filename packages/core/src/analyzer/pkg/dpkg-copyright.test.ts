import { describe, expect, it } from 'vitest';
import { testInput, testLayerFile } from '../os/test-input';
import { copyrightPackageName, dpkgCopyrightAnalyzer, parseDebianCopyright } from './dpkg-copyright';

describe('copyrightPackageName', () => {
  it.each([
    ['usr/share/doc/curl/copyright', 'curl'],
    ['usr/share/doc/libc6/copyright', 'libc6'],
    ['usr/share/doc/ca-certificates/examples/x/debian/copyright', undefined],
    ['usr/share/doc/copyright', undefined],
    ['usr/share/doc//copyright', undefined],
    ['usr/share/doc/curl/copyright.gz', undefined],
    ['usr/local/share/doc/curl/copyright', undefined],
  ])('%s → %s', (path, want) => {
    expect(copyrightPackageName(path)).toBe(want);
    expect(dpkgCopyrightAnalyzer.required(path, testLayerFile(path))).toBe(want !== undefined);
  });
});

describe('parseDebianCopyright', () => {
  it.each([
    [
      'DEP-5 alternatives and conjunction',
      'License: GPL-2+ or MIT, and BSD-3-clause\n',
      ['GPL-2.0-or-later', 'MIT', 'BSD-3-clause'],
    ],
    [
      'only the first line of a License field is its name',
      'License: MIT\n Permission is hereby granted, GPL-3\n',
      ['MIT'],
    ],
    ['a remark in parentheses is dropped', 'License: Foo-1 (a local licence)\n', ['Foo-1']],
    ['a trailing comma adds nothing', 'License: Zlib,\n', ['Zlib']],
    [
      '`Version` continues the previous name',
      'License: Apache License, Version 2.0\n',
      ['Apache License, Version 2.0'],
    ],
    ['each licence once', 'License: MIT\n\nLicense: MIT\n', ['MIT']],
    [
      'common-licenses reference without its trailing quote',
      "can be found in `/usr/share/common-licenses/GPL-2'.\n",
      ['GPL-2.0-only'],
    ],
    ['Debian short name Artistic', 'License: GPL-1+ or Artistic\n', ['GPL-1.0-or-later', 'Artistic-2.0']],
    ['free text names nothing', 'This package is in the public domain.\n', []],
    ['a License word mid-line is not a field', 'See License: MIT\n', []],
  ])('%s', (_name, text, want) => {
    expect(parseDebianCopyright(text)).toEqual(want);
  });

  it('reports the package the doc directory belongs to, or null when no licence is named', async () => {
    const hit = await dpkgCopyrightAnalyzer.analyze(testInput('usr/share/doc/zlib1g/copyright', 'License: Zlib\n'));
    expect(hit).toEqual({ packageLicenses: [{ ecosystem: 'deb', name: 'zlib1g', licenses: ['Zlib'] }] });
    expect(await dpkgCopyrightAnalyzer.analyze(testInput('usr/share/doc/tzdata/copyright', 'no licence\n'))).toBe(null);
  });
});

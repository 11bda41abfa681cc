import { describe, expect, it } from 'vitest';
import { normalizeLicense, splitLicenses } from './license';

describe('splitLicenses', () => {
  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ['', []],
    ['MIT', ['MIT']],
    ['GPL2', ['GPL-2.0-only']],
    ['GPL', ['GPL-2.0-or-later']],
    ['MIT BSD GPL2+', ['MIT', 'BSD-3-Clause', 'GPL-2.0-or-later']],
    ['( Apache-2.0 OR MIT ) AND MPL-2.0', ['Apache-2.0', 'MIT', 'MPL-2.0']],
    ['ASL 2.0', ['Apache-2.0']],
    ['GPLv2+ and LGPLv2+', ['GPL-2.0-or-later', 'LGPL-2.0-or-later']],
    ['MIT AND Apache-2.0', ['MIT', 'Apache-2.0']],
    ['GPL-2.0-only WITH Classpath-exception-2.0', ['GPL-2.0-only WITH Classpath-exception-2.0']],
    ['Public Domain', ['Public-Domain']],
    ['Boost Software License', ['Boost Software License']],
    ['MIT, ISC; zlib', ['MIT', 'ISC', 'Zlib']],
    ['MIT OR MIT', ['MIT']],
  ])('%j', (field, want) => {
    expect(splitLicenses(field)).toEqual(want);
  });

  it('keeps unknown names as written', () => {
    expect(normalizeLicense(' LicenseRef-Custom ')).toBe('LicenseRef-Custom');
    expect(normalizeLicense('openssl')).toBe('OpenSSL');
  });
});

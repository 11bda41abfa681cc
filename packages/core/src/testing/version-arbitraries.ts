/**
 * fast-check generators of realistic version strings per ecosystem (epochs, tildes, carets, prereleases,
 * qualifiers, local parts, …), drawn from small alphabets so equal and near-equal versions collide often, and
 * arbitrary version-ish text for the parsers' fallback paths. Shared by the version property tests.
 */
import fc from 'fast-check';
import type { Ecosystem } from '../types/ecosystem';

export const str = (chars: string, maxLength = 4, minLength = 0): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom(...chars.split('')), minLength, maxLength });
export const num = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 12 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom('00', '01', '007', '10', '99999999999999999999', '099999999999999999998') },
);
export const opt = (a: fc.Arbitrary<string>, prefix = ''): fc.Arbitrary<string> =>
  fc
    .option(
      a.map((x) => prefix + x),
      { nil: '' },
    )
    .map((x) => x ?? '');
export const dotted = (min = 1, max = 4): fc.Arbitrary<string> =>
  fc.array(num, { minLength: min, maxLength: max }).map((xs) => xs.join('.'));
/** Alternating runs drawn from `alphabet`, always containing some digits. */
export const soup = (alphabet: string, max = 6): fc.Arbitrary<string> =>
  fc.array(fc.oneof(num, str(alphabet, 3, 1)), { minLength: 1, maxLength: max }).map((xs) => xs.join(''));

export const deb = fc
  .tuple(opt(num, ''), dotted(1, 3), soup('ab~+.-', 3), opt(soup('a~+.', 3), '-'))
  .map(([e, up, tail, rev]) => `${e === '' ? '' : `${e}:`}${up}${tail.replace(/^[^0-9]*/, '')}${rev}`);

export const apkSuffix = fc
  .tuple(fc.constantFrom('alpha', 'beta', 'pre', 'rc', 'cvs', 'svn', 'git', 'hg', 'p'), opt(num))
  .map(([s, n]) => `_${s}${n}`);
export const apk = fc
  .tuple(
    dotted(1, 4),
    opt(fc.constantFrom('a', 'b', 'z')),
    fc.array(apkSuffix, { maxLength: 2 }),
    opt(str('0123456789abcdef', 4, 1), '~'),
    opt(num, '-r'),
  )
  .map(([d, l, s, h, r]) => `${d}${l}${s.join('')}${h}${r}`);

export const rpm = fc
  .tuple(opt(num), soup('ab~^._+', 4), opt(soup('a~^._', 3)))
  .map(([e, v, r]) => `${e === '' ? '' : `${e}:`}${v}${r === '' ? '' : `-${r}`}`);

export const preId = fc.oneof(num, str('abz-', 3, 1), fc.constantFrom('alpha', 'beta', 'rc', 'x-1', '0a'));
export const semverCore = fc.tuple(num, num, num).map((xs) => xs.join('.'));
export const semver = fc
  .tuple(
    fc.constantFrom('', '', '', 'v', '=', ' v'),
    semverCore,
    opt(
      fc.array(preId, { minLength: 1, maxLength: 3 }).map((xs) => xs.join('.')),
      '-',
    ),
    opt(
      fc.array(str('ab01-', 3, 1), { minLength: 1, maxLength: 2 }).map((xs) => xs.join('.')),
      '+',
    ),
  )
  .map((xs) => xs.join(''));

export const pep440 = fc
  .tuple(
    fc.constantFrom('', '', 'v', 'V'),
    opt(num.map((e) => `${e}!`)),
    dotted(1, 4),
    opt(
      fc
        .tuple(fc.constantFrom('a', 'b', 'rc', 'alpha', 'c', 'pre', 'preview', '-beta.'), opt(num))
        .map((x) => x.join('')),
    ),
    opt(
      fc.oneof(
        num.map((n) => `-${n}`),
        fc.tuple(fc.constantFrom('.post', 'post', '-r', '_rev'), opt(num)).map((x) => x.join('')),
      ),
    ),
    opt(fc.tuple(fc.constantFrom('.dev', 'dev', '-dev'), opt(num)).map((x) => x.join(''))),
    opt(fc.array(fc.oneof(num, str('abc', 3, 1)), { minLength: 1, maxLength: 3 }).map((xs) => `+${xs.join('.')}`)),
  )
  .map((xs) => xs.join(''));

export const mavenQualifier = fc.constantFrom(
  'alpha',
  'a',
  'beta',
  'b',
  'milestone',
  'm',
  'rc',
  'cr',
  'snapshot',
  'SNAPSHOT',
  'ga',
  'final',
  'release',
  'sp',
  'foo',
  'Final',
  '',
);
export const maven = fc
  .array(fc.tuple(fc.constantFrom('.', '-', '', '.', '-'), fc.oneof(num, mavenQualifier)), {
    minLength: 1,
    maxLength: 5,
  })
  .map((xs) => xs.map(([sep, p], i) => (i === 0 ? p : sep + p)).join(''));

export const go = fc.oneof(
  semver.filter((v) => !v.startsWith('=') && !v.startsWith(' ')),
  fc.tuple(fc.constantFrom('v', ''), num, opt(num, '.')).map((x) => x.join('')),
  fc
    .tuple(semverCore, fc.constantFrom('-', '-0.', '-pre.0.'), fc.constantFrom('20210101000000', '20230517120102'))
    .map(([c, s, t]) => `v${c}${s}${t}-abcdef123456`),
  semverCore.map((c) => `v${c}+incompatible`),
);

export const gem = fc
  .tuple(
    dotted(1, 4),
    opt(
      fc.array(fc.oneof(num, str('abpre', 3, 1)), { minLength: 1, maxLength: 3 }).map((xs) => xs.join('.')),
      '.',
    ),
    opt(str('ab1', 3, 1), '-'),
  )
  .map((xs) => xs.join(''));

export const composer = fc.oneof(
  fc
    .tuple(
      fc.constantFrom('', 'v'),
      dotted(1, 4),
      opt(
        fc
          .tuple(
            fc.constantFrom('-', '.', '', '_'),
            fc.constantFrom('alpha', 'a', 'beta', 'b', 'RC', 'rc', 'patch', 'pl', 'p', 'stable'),
            opt(num),
          )
          .map((x) => x.join('')),
      ),
      fc.constantFrom('', '', '-dev', '.dev'),
    )
    .map((xs) => xs.join('')),
  fc.constantFrom(
    'dev-main',
    'dev-master',
    'master',
    '1.x-dev',
    '2.3.x-dev',
    'dev-feature/x',
    '20230101',
    '2023.01.01-beta',
  ),
);

export const cargo = semver.filter((v) => !/^[v= ]/.test(v));

/** Arbitrary text, tilted towards version-ish characters so the fallback paths meet the parsers. */
export const anyText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 8 }),
  str('0123456789.-+~^_:!abvrcpx *', 12),
);

/** The structured generator of each ecosystem. */
export const STRUCTURED: Record<Ecosystem, fc.Arbitrary<string>> = {
  deb,
  apk,
  rpm,
  npm: semver,
  pypi: pep440,
  maven,
  go,
  rubygems: gem,
  composer,
  cargo,
};

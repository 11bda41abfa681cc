/**
 * Go module file `go.mod` (https://go.dev/ref/mod#go-mod-file): `require` lines (single or in a block,
 * `// indirect` marking modules needed only by dependencies) give the selected version of every module
 * since Go 1.17. `replace` directives apply as the go command applies them: a replacement with a version
 * swaps the module, one pointing at a local directory removes it (it is no longer a published release).
 */
import type { Package } from '../../../types/package';
import { golangPurl } from '../purl';

/** A module version is always semver with a `v` (https://go.dev/ref/mod#versions). */
const GO_VERSION = /^v\d+\.\d+\.\d+/;

interface ModuleVersion {
  path: string;
  version: string;
}

// Tokens: quoted strings (module paths may be quoted) or runs of non-space characters.
const tokens = (line: string): string[] =>
  [...line.matchAll(/"((?:[^"\\]|\\.)*)"|`([^`]*)`|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');

/** Parses a go.mod into its required modules (replacements applied), in file order. Never throws. */
export function parseGoMod(text: string, filePath: string): Package[] {
  const required: ModuleVersion[] = [];
  const replaces: { old: ModuleVersion; next: ModuleVersion }[] = [];
  let block = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    if (block && line === ')') {
      block = '';
      continue;
    }
    let [verb, ...rest] = tokens(line);
    if (block) {
      rest = tokens(line);
      verb = block;
    } else if (rest[0] === '(' && rest.length === 1) {
      block = verb ?? '';
      continue;
    }
    if (verb === 'require' && rest[0] && GO_VERSION.test(rest[1] ?? ''))
      required.push({ path: rest[0], version: rest[1] ?? '' });
    if (verb === 'replace') {
      const arrow = rest.indexOf('=>');
      if (arrow < 1) continue;
      replaces.push({
        old: { path: rest[0] ?? '', version: arrow === 2 ? (rest[1] ?? '') : '' },
        next: { path: rest[arrow + 1] ?? '', version: rest[arrow + 2] ?? '' },
      });
    }
  }
  const modules: ModuleVersion[] = [];
  for (const mod of required) {
    const rep = replaces.find((r) => r.old.path === mod.path && (!r.old.version || r.old.version === mod.version));
    if (!rep) modules.push(mod);
    else if (rep.next.version) modules.push(rep.next);
  }
  return modules.map((m) => ({
    ecosystem: 'go',
    name: m.path,
    version: m.version,
    purl: golangPurl(m.path, m.version),
    licenses: [],
    filePath,
    id: m.path,
  }));
}

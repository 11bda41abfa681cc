/**
 * pip `requirements.txt` (https://pip.pypa.io/en/stable/reference/requirements-file-format/). Only exact
 * pins (`name==1.2.3`, `name===1.2.3`) say which version is installed, so only they become packages.
 * Handled: `#` comments, `\` line continuations, `[extras]`, `; markers`, per-requirement options such as
 * `--hash=…`, spaces around `==`. Option lines (`-r`, `-c`, `-e`, `--index-url`) and ranges are ignored.
 */
import type { Package } from '../../../types/package';
import { PEP440_VERSION, PEP508_NAME, toPypiPackage } from './python-package';

/** Parses a requirements file into its pinned packages, in file order. Never throws: bad lines are skipped. */
export function parseRequirements(text: string, filePath: string): Package[] {
  const packages: Package[] = [];
  for (const logical of joinContinuations(text)) {
    const requirement = requirementOf(logical);
    if (!requirement) continue;
    packages.push(toPypiPackage(requirement.name, requirement.version, filePath));
  }
  return packages;
}

function joinContinuations(text: string): string[] {
  const out: string[] = [];
  let pending = '';
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = stripComment(raw);
    if (line.trimEnd().endsWith('\\')) {
      pending += `${line.trimEnd().slice(0, -1)} `;
      continue;
    }
    out.push(pending + line);
    pending = '';
  }
  if (pending) out.push(pending);
  return out;
}

// pip treats `#` as a comment at line start or after whitespace; Trivy also cuts `pkg==1.0#comment`,
// and a `#` can never be part of a valid pin, so everything from the first `#` goes.
function stripComment(line: string): string {
  const hash = line.indexOf('#');
  return hash >= 0 ? line.slice(0, hash) : line;
}

function requirementOf(line: string): { name: string; version: string } | null {
  let text = line.trim();
  if (!text || text.startsWith('-')) return null;
  text = text.split(';')[0] ?? '';
  // Per-requirement options (`--hash=…`, `--global-option`) follow the specifier.
  text = (text.split(/\s--?[a-z]/i)[0] ?? '').trim();
  const m = /^([^\s[=<>!~]+)\s*(?:\[[^\]]*\])?\s*===?\s*([^\s,]+)\s*$/.exec(text);
  if (!m) return null;
  const [, name = '', version = ''] = m;
  if (!PEP508_NAME.test(name) || !PEP440_VERSION.test(version)) return null;
  return { name, version };
}

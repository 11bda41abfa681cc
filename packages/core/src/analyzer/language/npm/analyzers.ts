/** The Node.js analyzers: npm, yarn and pnpm lock files and installed packages' package.json. */
import type { Analyzer } from '../../analyzer';
import { applicationResult, baseName, decodeText, inNodeModules } from '../shared';
import { parseNodePackageJson } from './node-pkg';
import { parsePackageLock } from './package-lock';
import { parsePnpmLock } from './pnpm-lock';
import { parseYarnLock } from './yarn-lock';

/** A lock-file analyzer: one file name, skipped inside node_modules where it describes a dependency's own tree. */
function lockAnalyzer(
  name: string,
  fileName: string,
  parse: (text: string, path: string) => ReturnType<typeof parsePackageLock>,
): Analyzer {
  return {
    name,
    version: 1,
    required: (path) => baseName(path) === fileName && !inNodeModules(path),
    analyze: (input) => applicationResult(name, input, parse(decodeText(input.content), input.path)),
  };
}

/** `package-lock.json` (lockfileVersion 1–3); application type `npm`. */
export const npmLockAnalyzer: Analyzer = lockAnalyzer('npm', 'package-lock.json', parsePackageLock);

/** `yarn.lock` (classic and berry); application type `yarn`. */
export const yarnLockAnalyzer: Analyzer = lockAnalyzer('yarn', 'yarn.lock', parseYarnLock);

/** `pnpm-lock.yaml` (v5, v6, v9); application type `pnpm`. */
export const pnpmLockAnalyzer: Analyzer = lockAnalyzer('pnpm', 'pnpm-lock.yaml', parsePnpmLock);

/** Every `package.json` with a name and version (Trivy's `node-pkg`); one application per file. */
export const nodePkgAnalyzer: Analyzer = {
  name: 'node-pkg',
  version: 1,
  required: (path, file) => baseName(path) === 'package.json' && file.type === 'file',
  analyze: (input) => applicationResult('node-pkg', input, parseNodePackageJson(decodeText(input.content), input.path)),
};

/**
 * The language-package analyzers, as one explicit list (no registration side effects). Each reads one
 * kind of file and reports it as an `Application` with Trivy's type name.
 *
 * Trivy reads lock files (package-lock.json, yarn.lock, pnpm-lock.yaml, requirements.txt, poetry.lock,
 * Pipfile.lock, go.mod, Cargo.lock, composer.lock, Gemfile.lock) only when scanning a source tree, and installed
 * packages (node-pkg, python-pkg, jar, gobinary) when scanning an image. This list holds both; a caller
 * that wants Trivy's image behaviour filters by `name` with `LOCK_FILE_ANALYZERS`.
 */
import type { Analyzer } from '../analyzer';
import { goBinaryAnalyzer, goModAnalyzer } from './go/analyzer';
import { jarAnalyzer } from './java/analyzer';
import { nodePkgAnalyzer, npmLockAnalyzer, pnpmLockAnalyzer, yarnLockAnalyzer } from './npm/analyzers';
import { composerLockAnalyzer } from './php/analyzer';
import {
  pipfileLockAnalyzer,
  pipRequirementsAnalyzer,
  poetryLockAnalyzer,
  pythonPackagingAnalyzer,
} from './python/analyzers';
import { gemfileLockAnalyzer } from './ruby/analyzer';
import { cargoLockAnalyzer } from './rust/analyzer';

/** Every language analyzer, lock files and installed packages alike. */
export const languageAnalyzers: Analyzer[] = [
  npmLockAnalyzer,
  yarnLockAnalyzer,
  pnpmLockAnalyzer,
  nodePkgAnalyzer,
  pythonPackagingAnalyzer,
  pipRequirementsAnalyzer,
  poetryLockAnalyzer,
  pipfileLockAnalyzer,
  jarAnalyzer,
  goBinaryAnalyzer,
  goModAnalyzer,
  cargoLockAnalyzer,
  composerLockAnalyzer,
  gemfileLockAnalyzer,
];

/** Names of the analyzers that read lock files (Trivy runs them for source trees, not images). */
export const LOCK_FILE_ANALYZERS: readonly string[] = [
  'npm',
  'yarn',
  'pnpm',
  'pip',
  'poetry',
  'pipenv',
  'gomod',
  'cargo',
  'composer',
  'bundler',
];

export {
  cargoLockAnalyzer,
  composerLockAnalyzer,
  gemfileLockAnalyzer,
  goBinaryAnalyzer,
  goModAnalyzer,
  jarAnalyzer,
  nodePkgAnalyzer,
  npmLockAnalyzer,
  pipfileLockAnalyzer,
  pipRequirementsAnalyzer,
  pnpmLockAnalyzer,
  poetryLockAnalyzer,
  pythonPackagingAnalyzer,
  yarnLockAnalyzer,
};

/** OS detection analyzers, the precedence helper and the end-of-life lookup. */
import type { Analyzer } from '../analyzer';
import { osReleaseAnalyzer } from './os-release';
import {
  alpineReleaseAnalyzer,
  debianVersionAnalyzer,
  lsbReleaseAnalyzer,
  redhatReleaseAnalyzer,
} from './release-files';

/** Every OS detection analyzer; feed their results (with the file path) to `resolveOs`. */
export const osAnalyzers: Analyzer[] = [
  osReleaseAnalyzer,
  alpineReleaseAnalyzer,
  debianVersionAnalyzer,
  lsbReleaseAnalyzer,
  redhatReleaseAnalyzer,
];

export { eolEntry, eolReleaseKey, osEol } from './eol';
export { EOL_DATA, type EolEntry } from './eol-data';
export { OS_RELEASE_PATHS, osReleaseAnalyzer, parseOsRelease } from './os-release';
export {
  alpineReleaseAnalyzer,
  debianVersionAnalyzer,
  lsbReleaseAnalyzer,
  parseAlpineRelease,
  parseDebianVersion,
  parseLsbRelease,
  parseRedhatRelease,
  REDHAT_RELEASE_PATHS,
  redhatReleaseAnalyzer,
} from './release-files';
export { type OsDetection, type ResolveOsHints, resolveOs } from './resolve-os';

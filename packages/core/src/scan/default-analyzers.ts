/** The analyzers a scan runs unless told otherwise: one explicit list, no registration side effects. */
import type { Analyzer } from '../analyzer/analyzer';
import { languageAnalyzers } from '../analyzer/language';
import { osAnalyzers } from '../analyzer/os';
import { osPackageAnalyzers } from '../analyzer/pkg';

/**
 * OS detection, OS package databases (apk, dpkg, rpm) and language packages. The rpm analyzer here lets
 * sql.js find its wasm itself (right for Node); a bundled Worker passes its own list built with
 * `createOsPackageAnalyzers({ … wasm loader … })`.
 */
export function defaultAnalyzers(): Analyzer[] {
  return [...osAnalyzers, ...osPackageAnalyzers, ...languageAnalyzers];
}

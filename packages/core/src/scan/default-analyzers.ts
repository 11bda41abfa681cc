/** The analyzers a scan runs unless told otherwise: one explicit list, no registration side effects. */
import type { Analyzer } from '../analyzer/analyzer';
import { languageAnalyzers } from '../analyzer/language';
import { osAnalyzers } from '../analyzer/os';
import { osPackageAnalyzers } from '../analyzer/pkg';
import { dpkgCopyrightAnalyzer } from '../analyzer/pkg/dpkg-copyright';

/**
 * OS detection, OS package databases (apk, dpkg, rpm), dpkg licences (copyright files) and language packages.
 * The rpm analyzer here lets sql.js find its wasm itself (right for Node); a bundled Worker passes its own list
 * built with `createOsPackageAnalyzers({ … wasm loader … })`. Lock-file analyzers are in the list; `scanImage`
 * drops them unless `lockFiles` is set.
 */
export function defaultAnalyzers(): Analyzer[] {
  return [...osAnalyzers, ...osPackageAnalyzers, dpkgCopyrightAnalyzer, ...languageAnalyzers];
}

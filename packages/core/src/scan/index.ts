/** The scan orchestrator and what it needs from callers. */
export { type AdvisorySources, BUILTIN_DB_VERSION, buildAdvisoryIndex } from './advisories';
export { defaultAnalyzers } from './default-analyzers';
export { LayeredResults, type MergedResults } from './layered-results';
export { SCANNER, type ScanImageOptions, type ScanProgress, scanImage } from './scan-image';

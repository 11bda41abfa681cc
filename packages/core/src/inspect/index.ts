/**
 * The content inspectors: the contract, the helpers that run inspectors inside a scan's walk, and the
 * built-in inspectors (baseline checks, secrets, malicious files).
 */
export * from './baseline';
export type {
  BaselineFinding,
  BaselineLevel,
  FindingLocation,
  ImageFacts,
  InspectedFile,
  InspectionFinding,
  Inspector,
  LocalizedText,
  MaliciousFinding,
  MaliciousLevel,
  SecretFinding,
} from './inspector';
export * from './malware';
export {
  compareFindings,
  groupFindings,
  type InspectionResult,
  InspectionRun,
  type InspectorSelection,
} from './run-inspectors';
export * from './secrets';

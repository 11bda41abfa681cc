/** Text rendering of the advisory database description for `acr-scan db info`. */
import type { DatabaseInfo } from '../advisory/advisory-index';

/** Formats {@link DatabaseInfo} as aligned `key: value` lines plus per-namespace counts. */
export function formatDbInfo(info: DatabaseInfo & { malwareSignatures?: string }): string {
  const lines = [
    `Version:        ${info.version}`,
    `Built at:       ${info.builtAt ?? 'unknown'}`,
    `Last modified:  ${info.lastModified ?? 'unknown'}`,
    `Records:        ${info.recordCount}`,
    `Withdrawn:      ${info.withdrawnCount}`,
  ];
  const namespaces = Object.entries(info.namespaces).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  lines.push(`Namespaces:     ${namespaces.length}`);
  const width = Math.max(0, ...namespaces.map(([ns]) => ns.length));
  for (const [ns, count] of namespaces) lines.push(`  ${ns.padEnd(width)}  ${count}`);
  if (info.malwareSignatures) lines.push(`Malware signatures: ${info.malwareSignatures} (used by --engine cloud)`);
  const unsupported = Object.entries(info.unsupportedEcosystems);
  if (unsupported.length > 0) {
    lines.push(`Not scanned:    ${unsupported.map(([eco, n]) => `${eco} (${n})`).join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

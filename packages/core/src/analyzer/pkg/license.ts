/**
 * Licence strings from package databases → lists of SPDX-ish names. Databases write anything from a single name
 * (`GPL2`) over space-separated lists (Alpine: `MIT BSD GPL2+`) to SPDX expressions (`(Apache-2.0 OR MIT) AND
 * MPL-2.0`). Like Trivy's lax split, the operators and parentheses are dropped and every licence named is listed
 * once: a report wants "which licences are involved", not a legal evaluation of the expression.
 * ref. https://spdx.github.io/spdx-spec/v2.3/SPDX-license-expressions/
 */
import { LICENSE_ALIASES } from './license-data';

/** Maps one licence name to its SPDX identifier when the alias table knows it; otherwise returns it trimmed. */
export function normalizeLicense(name: string): string {
  const trimmed = name.trim();
  return LICENSE_ALIASES[trimmed.toUpperCase()] ?? trimmed;
}

// An SPDX-like identifier: one word with a digit, dash, dot or plus in it (`GPL-2.0-only`, `GPL2+`).
const ID_LIKE = /^[A-Za-z0-9.+-]*[0-9.+-][A-Za-z0-9.+-]*$/;

function isKnown(word: string): boolean {
  return LICENSE_ALIASES[word.toUpperCase()] !== undefined || ID_LIKE.test(word);
}

/** One operand of the expression: an alias (`ASL 2.0`), a space-separated list (`MIT BSD GPL2+`) or a free name. */
function splitOperand(part: string): string[] {
  const withMatch = /^(.*?)\s+WITH\s+(.+)$/i.exec(part);
  if (withMatch?.[1] && withMatch[2]) return [`${normalizeLicense(withMatch[1])} WITH ${withMatch[2].trim()}`];
  if (LICENSE_ALIASES[part.toUpperCase()] !== undefined) return [normalizeLicense(part)];
  const words = part.split(/\s+/);
  // Alpine lists licences separated by spaces; a multi-word free-text name (`Boost Software License`) stays whole.
  return words.length > 1 && words.every(isKnown) ? words.map(normalizeLicense) : [part];
}

/**
 * Splits a licence field into normalised names, each listed once. `AND`/`OR` (any case), `,`, `;`, `/` and
 * parentheses separate operands; `WITH` exceptions stay attached to their licence.
 */
export function splitLicenses(field: string | undefined): string[] {
  if (!field) return [];
  const parts = field
    .split(/[(),;/]|\s+(?:and|or|&|\|)\s+/i)
    .map((p) => p.trim())
    .filter((p) => p !== '' && !/^(?:and|or)$/i.test(p));
  return [...new Set(parts.flatMap(splitOperand))];
}

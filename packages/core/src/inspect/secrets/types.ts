/** Secret rules are data: ids, texts, a level, keywords and a regex (as source text, so rule sets stay serialisable). */
import type { BaselineLevel, LocalizedText } from '../inspector';

export interface SecretAllowRule {
  id: string;
  /** Regex source tested against the file path (no leading slash); a hit suppresses the rule there. */
  path?: string;
  /** Regex source tested against the secret (or the whole match when the rule has no secret group). */
  match?: string;
}

export interface SecretRule {
  /** Stable id, e.g. `alibaba-access-key`. */
  id: string;
  title: LocalizedText;
  description: LocalizedText;
  remediation: LocalizedText;
  /** Defaults to 敏感信息 / Sensitive data. */
  category?: LocalizedText;
  level: BaselineLevel;
  /**
   * Fast pre-filter: the rule only runs on lines (or, for `scope: 'text'`, files) that contain one of these,
   * compared case-insensitively. Rules without keywords always run.
   */
  keywords?: readonly string[];
  /** JavaScript RegExp source. Must be linear: bounded quantifiers around anything that can overlap. */
  pattern: string;
  /** RegExp flags besides `g`/`d` (which the scanner adds), e.g. `i`. */
  flags?: string;
  /**
   * Named group(s) holding the secret: the first defined group whose name starts with this prefix is the
   * secret (JavaScript before ES2025 forbids reusing a group name in alternatives). Absent: the whole match.
   */
  secretGroup?: string;
  /** Minimum Shannon entropy (bits per character) of the secret; lower ones are ignored. */
  minEntropy?: number;
  /** Only files whose path matches one of these regex sources are scanned with this rule. */
  paths?: readonly string[];
  /** `'line'` (default): matched line by line. `'text'`: matched on the whole decoded file (multi-line secrets). */
  scope?: 'line' | 'text';
  /** Also search files that look binary (NUL bytes near the start). Only `'text'` rules use it. */
  binary?: boolean;
  allow?: readonly SecretAllowRule[];
  /** A companion secret looked for around each hit of this rule (e.g. the AccessKey Secret near an AccessKey ID). */
  nearby?: NearbySecret;
}

export interface NearbySecret {
  /** Id of the rule the companion is reported under (its texts and level are used); skipped if that rule is off. */
  rule: string;
  /** RegExp source; the `secret` group (or the whole match) is the companion. */
  pattern: string;
  flags?: string;
  /** Lines searched above and below the hit (its own line is always searched). */
  lines: number;
  minEntropy?: number;
}

export const SENSITIVE_DATA: LocalizedText = { 'zh-CN': '敏感信息', 'en-US': 'Sensitive data' };

/**
 * The secret scanner: keyword pre-filter, then bounded regex matching line by line (or over the whole text
 * for multi-line rules such as PEM keys), entropy and allow-rule filtering, and masking of every secret.
 */
import { ScanError } from '../../types/errors';
import { SECRET_GLOBAL_ALLOW_RULES } from './allow';
import {
  decodeUtf8,
  excerpt,
  lineOf,
  lines,
  looksBinary,
  maskSecret,
  newlineOffsets,
  printable,
  shannonEntropy,
} from './text-utils';
import type { SecretAllowRule, SecretRule } from './types';

export interface CompiledSecretRule {
  rule: SecretRule;
  regex: RegExp;
  /** Lower-cased. */
  keywords: readonly string[];
  paths: readonly RegExp[];
  allowPaths: readonly RegExp[];
  allowMatches: readonly RegExp[];
  /** The companion search, with the rule it reports under resolved. */
  nearby?: { target: CompiledSecretRule; regex: RegExp; lines: number; minEntropy?: number };
}

function compile(source: string, flags: string, what: string): RegExp {
  try {
    return new RegExp(source, flags);
  } catch (cause) {
    throw new ScanError('INVALID_ADVISORY', `Secret rule ${what}: invalid regular expression`, { cause });
  }
}

function allowRegexes(rules: readonly SecretAllowRule[], key: 'path' | 'match', owner: string): RegExp[] {
  const out: RegExp[] = [];
  for (const rule of rules) {
    const source = rule[key];
    if (source !== undefined) out.push(compile(source, 'i', `${owner} allow ${rule.id}`));
  }
  return out;
}

/** Compiles rules once; throws `ScanError` (INVALID_ADVISORY) on a regex JavaScript rejects. */
export function compileSecretRules(rules: readonly SecretRule[]): CompiledSecretRule[] {
  const compiled = rules.map((rule): CompiledSecretRule => {
    const flags = `${(rule.flags ?? '').replace(/[gdy]/g, '')}gd`;
    return {
      rule,
      regex: compile(rule.pattern, flags, rule.id),
      keywords: (rule.keywords ?? []).map((k) => k.toLowerCase()),
      paths: (rule.paths ?? []).map((p) => compile(p, '', `${rule.id} path`)),
      allowPaths: allowRegexes(rule.allow ?? [], 'path', rule.id),
      allowMatches: allowRegexes(rule.allow ?? [], 'match', rule.id),
    };
  });
  const byId = new Map(compiled.map((c) => [c.rule.id, c]));
  for (const c of compiled) {
    const nearby = c.rule.nearby;
    const target = nearby && byId.get(nearby.rule);
    if (!nearby || !target) continue;
    const flags = `${(nearby.flags ?? '').replace(/[gdy]/g, '')}gd`;
    c.nearby = { target, regex: compile(nearby.pattern, flags, `${c.rule.id} nearby`), lines: nearby.lines };
    if (nearby.minEntropy !== undefined) c.nearby.minEntropy = nearby.minEntropy;
  }
  return compiled;
}

export interface GlobalAllow {
  paths: readonly RegExp[];
  matches: readonly RegExp[];
}

export function compileGlobalAllow(rules: readonly SecretAllowRule[] = SECRET_GLOBAL_ALLOW_RULES): GlobalAllow {
  return { paths: allowRegexes(rules, 'path', 'global'), matches: allowRegexes(rules, 'match', 'global') };
}

export interface SecretHit {
  rule: SecretRule;
  /** 1-based. */
  line: number;
  /** The line with every secret found on it masked, cut to a readable length. */
  evidence: string;
}

export interface ScanSecretsOptions {
  /** Lines longer than this are cut before matching. */
  maxLineLength: number;
  /** Stop after this many findings in one file. */
  maxFindings: number;
  globalAllow: GlobalAllow;
}

interface RawHit {
  rule: CompiledSecretRule;
  line: number;
  lineText: string;
  /** Secret span in `lineText` (may reach past its end for multi-line secrets). */
  start: number;
  end: number;
  secret: string;
}

function secretOf(match: RegExpExecArray | RegExpMatchArray, group: string | undefined) {
  const base = match.index ?? 0;
  if (group !== undefined && match.groups) {
    for (const [name, value] of Object.entries(match.groups)) {
      const span = match.indices?.groups?.[name];
      if (value !== undefined && span && name.startsWith(group)) return { value, start: span[0], end: span[1] };
    }
  }
  return { value: match[0], start: base, end: base + match[0].length };
}

function accepted(rule: CompiledSecretRule, secret: string, global: GlobalAllow): boolean {
  if (secret.length === 0) return false;
  const min = rule.rule.minEntropy;
  if (min !== undefined && shannonEntropy(secret) < min) return false;
  if (rule.allowMatches.some((re) => re.test(secret))) return false;
  return !global.matches.some((re) => re.test(secret));
}

/** Masks every secret found on one line, then cuts the line around the hit. */
function evidenceFor(hit: RawHit, sameLine: readonly RawHit[]): string {
  const spans = sameLine
    .map((h) => ({ start: Math.max(0, h.start), end: Math.min(h.lineText.length, h.end), secret: h.secret }))
    .filter((s) => s.start < s.end)
    .sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  let focus = 0;
  for (const span of spans) {
    if (span.start < at) {
      // Overlaps a span already masked: hide the rest of it as well.
      at = Math.max(at, span.end);
      continue;
    }
    if (span.start <= hit.start) focus = out.length + (span.start - at);
    out += hit.lineText.slice(at, span.start) + maskSecret(span.secret);
    at = span.end;
  }
  out += hit.lineText.slice(at);
  if (spans.length === 0) focus = hit.start;
  // A secret may also appear a second time on the line: mask those occurrences too.
  for (const h of sameLine) if (h.secret.length >= 3) out = out.split(h.secret).join(maskSecret(h.secret));
  return excerpt(printable(out), focus, 200);
}

/** Scans one file's bytes with the rules that apply to its path. */
export function scanForSecrets(
  path: string,
  bytes: Uint8Array,
  rules: readonly CompiledSecretRule[],
  options: ScanSecretsOptions,
): SecretHit[] {
  const { globalAllow, maxLineLength, maxFindings } = options;
  if (bytes.length === 0 || globalAllow.paths.some((re) => re.test(path))) return [];
  const binary = looksBinary(bytes);
  const candidates = rules.filter(
    (r) =>
      (r.paths.length === 0 || r.paths.some((re) => re.test(path))) &&
      !r.allowPaths.some((re) => re.test(path)) &&
      (!binary || (r.rule.scope === 'text' && r.rule.binary === true)),
  );
  if (candidates.length === 0) return [];
  const text = decodeUtf8(bytes);
  const lower = text.toLowerCase();
  const active = candidates.filter((r) => r.keywords.length === 0 || r.keywords.some((k) => lower.includes(k)));
  if (active.length === 0) return [];

  const raw: RawHit[] = [];
  const claimed = new Set<string>();
  const add = (rule: CompiledSecretRule, hit: Omit<RawHit, 'rule'>, absoluteStart: number) => {
    const key = `${hit.line}:${absoluteStart}`;
    if (claimed.has(key) || raw.length >= maxFindings) return;
    claimed.add(key);
    raw.push({ rule, ...hit });
  };

  const textRules = active.filter((r) => r.rule.scope === 'text');
  let newlines: number[] | undefined;
  for (const rule of textRules) {
    for (const match of text.matchAll(rule.regex)) {
      const secret = secretOf(match, rule.rule.secretGroup);
      if (!accepted(rule, secret.value, globalAllow)) continue;
      newlines ??= newlineOffsets(text);
      const line = lineOf(newlines, match.index ?? 0);
      const lineStart = line === 1 ? 0 : (newlines[line - 2] ?? -1) + 1;
      const lineEnd = newlines[line - 1] ?? text.length;
      const lineText = text.slice(lineStart, Math.min(lineEnd, lineStart + maxLineLength)).replace(/\r$/, '');
      add(
        rule,
        { line, lineText, start: secret.start - lineStart, end: secret.end - lineStart, secret: secret.value },
        secret.start,
      );
    }
  }

  const lineRules = binary ? [] : active.filter((r) => r.rule.scope !== 'text');
  const allLines = lineRules.length > 0 ? [...lines(text, maxLineLength)] : [];
  if (lineRules.length > 0) {
    for (const line of allLines) {
      if (raw.length >= maxFindings) break;
      let lowerLine: string | undefined;
      for (const rule of lineRules) {
        if (rule.keywords.length > 0) {
          lowerLine ??= line.text.toLowerCase();
          const l = lowerLine;
          if (!rule.keywords.some((k) => l.includes(k))) continue;
        }
        for (const match of line.text.matchAll(rule.regex)) {
          const secret = secretOf(match, rule.rule.secretGroup);
          if (!accepted(rule, secret.value, globalAllow)) continue;
          const hit = { line: line.number, lineText: line.text, start: secret.start, end: secret.end };
          add(rule, { ...hit, secret: secret.value }, line.start + secret.start);
        }
      }
    }
  }

  // Companion secrets (e.g. an AccessKey Secret on the lines around an AccessKey ID).
  for (const hit of [...raw]) {
    const nearby = hit.rule.nearby;
    if (!nearby) continue;
    const numbers = [hit.line];
    for (let d = 1; d <= nearby.lines; d++) numbers.push(hit.line - d, hit.line + d);
    for (const n of numbers) {
      const line = allLines[n - 1];
      if (!line) continue;
      for (const match of line.text.matchAll(nearby.regex)) {
        const secret = secretOf(match, 'secret');
        if (nearby.minEntropy !== undefined && shannonEntropy(secret.value) < nearby.minEntropy) continue;
        if (!accepted(nearby.target, secret.value, globalAllow)) continue;
        const companion = { line: n, lineText: line.text, start: secret.start, end: secret.end, secret: secret.value };
        add(nearby.target, companion, line.start + secret.start);
      }
    }
  }
  raw.sort((a, b) => a.line - b.line);

  const byLine = new Map<number, RawHit[]>();
  for (const hit of raw) byLine.set(hit.line, [...(byLine.get(hit.line) ?? []), hit]);
  return raw.map((hit) => ({
    rule: hit.rule.rule,
    line: hit.line,
    evidence: evidenceFor(hit, byLine.get(hit.line) ?? []),
  }));
}

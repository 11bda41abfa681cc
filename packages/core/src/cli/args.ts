/**
 * Command-line parsing of `acr-scan`. Hand-written rather than `node:util.parseArgs` so each mistake
 * gets one precise sentence (which flag, which value, what is allowed) and `--flag=value`, repeated
 * `--advisories` and `--` all behave like Trivy's flags.
 */
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from '../report/write-report';
import { TRIVY_SEVERITIES, type TrivySeverity } from '../types/finding';

/** A mistake in how the command was called (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Scan engines of `acr-scan image --engine`: `trivy` finds vulnerable packages; `cloud` also runs the
 * cloud-security content inspectors (baseline checks, secrets, malicious files). */
export const ENGINES = ['trivy', 'cloud'] as const;
export type Engine = (typeof ENGINES)[number];

/** `acr-scan image …` */
export interface ImageCommand {
  command: 'image';
  input: string;
  /** `cloud` adds baseline, secret and malware findings to every format that can carry them. */
  engine: Engine;
  format: ReportFormat;
  output?: string;
  advisories: string[];
  builtinAdvisories: boolean;
  severities: TrivySeverity[];
  exitCode: number;
  platform?: string;
  /** JSON only: list every package (Trivy's `--list-all-pkgs`). */
  listPackages: boolean;
  /** Also read lock files in the image (package-lock.json, go.mod, …); default off, as in Trivy's image scan. */
  includeLockFiles: boolean;
  /** A malware signature set (JSON) replacing the built-in one; needs `--engine cloud`. */
  signatures?: string;
}

/** `acr-scan db info` */
export interface DbInfoCommand {
  command: 'db-info';
  advisories: string[];
  builtinAdvisories: boolean;
  format: 'table' | 'json';
}

export type ParsedCommand = ImageCommand | DbInfoCommand | { command: 'help' } | { command: 'version' };

type FlagKind = 'value' | 'switch';
interface FlagSpec {
  name: string;
  short?: string;
  kind: FlagKind;
}

const IMAGE_FLAGS: FlagSpec[] = [
  { name: 'format', short: 'f', kind: 'value' },
  { name: 'engine', kind: 'value' },
  { name: 'output', short: 'o', kind: 'value' },
  { name: 'advisories', kind: 'value' },
  { name: 'no-builtin-advisories', kind: 'switch' },
  { name: 'severity', short: 's', kind: 'value' },
  { name: 'exit-code', kind: 'value' },
  { name: 'platform', kind: 'value' },
  { name: 'list-all-pkgs', kind: 'switch' },
  { name: 'include-lock-files', kind: 'switch' },
  { name: 'signatures', kind: 'value' },
];
const DB_FLAGS: FlagSpec[] = [
  { name: 'format', short: 'f', kind: 'value' },
  { name: 'advisories', kind: 'value' },
  { name: 'no-builtin-advisories', kind: 'switch' },
];

interface Scanned {
  positionals: string[];
  values: Map<string, string[]>;
  help: boolean;
}

function scan(args: readonly string[], flags: readonly FlagSpec[], where: string): Scanned {
  const out: Scanned = { positionals: [], values: new Map(), help: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      out.positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '--help' || arg === '-h') {
      out.help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const key = eq >= 0 ? arg.slice(0, eq) : arg;
    const spec = key.startsWith('--')
      ? flags.find((f) => f.name === key.slice(2))
      : flags.find((f) => f.short !== undefined && f.short === key.slice(1));
    if (!spec) throw new UsageError(`unknown flag ${key} for '${where}'`);
    const list = out.values.get(spec.name) ?? [];
    if (spec.kind === 'switch') {
      if (eq >= 0) throw new UsageError(`--${spec.name} takes no value`);
      list.push('true');
    } else if (eq >= 0) {
      list.push(arg.slice(eq + 1));
    } else {
      const next = args[i + 1];
      if (next === undefined || (next.startsWith('-') && next !== '-')) {
        throw new UsageError(`--${spec.name} needs a value`);
      }
      list.push(next);
      i++;
    }
    out.values.set(spec.name, list);
  }
  return out;
}

/** The single value of a flag; giving it twice is a mistake (except `--advisories`). */
function single(scanned: Scanned, name: string): string | undefined {
  const list = scanned.values.get(name);
  if (!list) return undefined;
  if (list.length > 1) throw new UsageError(`--${name} was given more than once`);
  const value = list[0] as string;
  if (value === '') throw new UsageError(`--${name} needs a value`);
  return value;
}

/** Parses `--severity CRITICAL,HIGH` (case-insensitive) into Trivy severities, worst first. */
export function parseSeverities(text: string): TrivySeverity[] {
  const wanted = new Set<TrivySeverity>();
  for (const raw of text.split(',')) {
    const s = raw.trim().toUpperCase();
    if (!(TRIVY_SEVERITIES as readonly string[]).includes(s)) {
      throw new UsageError(`bad --severity value '${raw.trim()}' (allowed: ${TRIVY_SEVERITIES.join(', ')})`);
    }
    wanted.add(s as TrivySeverity);
  }
  return TRIVY_SEVERITIES.filter((s) => wanted.has(s));
}

function parseExitCode(text: string): number {
  if (!/^\d+$/.test(text) || Number(text) > 255) {
    throw new UsageError(`bad --exit-code value '${text}' (an integer from 0 to 255)`);
  }
  return Number(text);
}

function parsePlatformFlag(text: string): string {
  if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/i.test(text)) {
    throw new UsageError(`bad --platform value '${text}' (expected os/arch[/variant], e.g. linux/arm64)`);
  }
  return text;
}

function noExtra(positionals: readonly string[], max: number, where: string): void {
  if (positionals.length > max) throw new UsageError(`unexpected argument '${positionals[max]}' for '${where}'`);
}

/** Parses the arguments after the program name. Throws {@link UsageError} on any mistake. */
export function parseArgs(argv: readonly string[]): ParsedCommand {
  const [first, ...rest] = argv;
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { command: 'help' };
  if (first === '--version' || first === '-v' || first === 'version') return { command: 'version' };
  if (first === 'image') return parseImage(rest);
  if (first === 'db') {
    const [sub, ...tail] = rest;
    if (sub === '--help' || sub === '-h') return { command: 'help' };
    if (sub !== 'info')
      throw new UsageError(sub ? `unknown db command '${sub}' (try 'db info')` : "missing db command (try 'db info')");
    const scanned = scan(tail, DB_FLAGS, 'db info');
    if (scanned.help) return { command: 'help' };
    noExtra(scanned.positionals, 0, 'db info');
    const format = single(scanned, 'format') ?? 'table';
    if (format !== 'table' && format !== 'json')
      throw new UsageError(`bad --format value '${format}' for 'db info' (allowed: table, json)`);
    return {
      command: 'db-info',
      advisories: scanned.values.get('advisories') ?? [],
      builtinAdvisories: !scanned.values.has('no-builtin-advisories'),
      format,
    };
  }
  if (first.startsWith('-')) throw new UsageError(`unknown flag ${first.split('=')[0]}`);
  throw new UsageError(`unknown command '${first}'`);
}

function parseImage(args: readonly string[]): ParsedCommand {
  const scanned = scan(args, IMAGE_FLAGS, 'image');
  if (scanned.help) return { command: 'help' };
  const [input] = scanned.positionals;
  if (input === undefined)
    throw new UsageError(
      "missing image path for 'image' (a docker save tar, an OCI archive or an OCI layout directory)",
    );
  noExtra(scanned.positionals, 1, 'image');
  const format = single(scanned, 'format') ?? 'table';
  if (!isReportFormat(format))
    throw new UsageError(`bad --format value '${format}' (allowed: ${REPORT_FORMATS.join(', ')})`);
  const engine = single(scanned, 'engine') ?? 'trivy';
  if (!(ENGINES as readonly string[]).includes(engine))
    throw new UsageError(`bad --engine value '${engine}' (allowed: ${ENGINES.join(', ')})`);
  const severity = single(scanned, 'severity');
  const exitCode = single(scanned, 'exit-code');
  const platform = single(scanned, 'platform');
  const command: ImageCommand = {
    command: 'image',
    input,
    engine: engine as Engine,
    format,
    advisories: scanned.values.get('advisories') ?? [],
    builtinAdvisories: !scanned.values.has('no-builtin-advisories'),
    severities: severity === undefined ? [...TRIVY_SEVERITIES] : parseSeverities(severity),
    exitCode: exitCode === undefined ? 0 : parseExitCode(exitCode),
    listPackages: scanned.values.has('list-all-pkgs'),
    includeLockFiles: scanned.values.has('include-lock-files'),
  };
  const output = single(scanned, 'output');
  if (output !== undefined) command.output = output;
  const signatures = single(scanned, 'signatures');
  if (signatures !== undefined) {
    if (command.engine !== 'cloud')
      throw new UsageError('--signatures needs --engine cloud (only it looks for malware)');
    command.signatures = signatures;
  }
  if (platform !== undefined) command.platform = parsePlatformFlag(platform);
  return command;
}

/** The `--help` text. */
export const HELP_TEXT = `acr-scan — scan container images for vulnerable OS and language packages, offline.

Usage:
  acr-scan image <tar|dir> [flags]    scan a docker save tar, an OCI archive or an OCI layout directory
  acr-scan db info [flags]            describe the advisory data that would be used
  acr-scan --help | --version

Flags of 'image':
  -f, --format FORMAT        ${REPORT_FORMATS.join(' | ')} (default table)
      --engine ENGINE        ${ENGINES.join(' | ')} (default trivy). cloud also runs the cloud-security inspectors:
                             baseline checks, leaked secrets and malicious files. Their findings appear in
                             table (own sections), json ("Class": "config" | "secret" | "malware" results),
                             sarif (a rule per check) and csv (Finding Type column); cyclonedx, spdx and acr
                             list packages and vulnerabilities only and leave them out. Severities: baseline and
                             secret high/medium/low → HIGH/MEDIUM/LOW; malware serious → CRITICAL,
                             suspicious → HIGH, remind → LOW
  -o, --output FILE          write the report to FILE instead of stdout
      --signatures FILE      with --engine cloud: a malware signature set (JSON, the shape the built-in set
                             has; see 'acr-scan db info' for its version) used instead of the built-in one
      --advisories PATH      extra OSV advisories: a .json file, a .zip of OSV files or a directory (repeatable)
      --no-builtin-advisories  do not use the curated advisories shipped with the scanner
  -s, --severity LIST        comma-separated severities to report (default all: ${TRIVY_SEVERITIES.join(',')});
                             with --engine cloud it filters the cloud findings too, by their mapped severity
      --exit-code N          exit with N when vulnerabilities (or, with --engine cloud, cloud findings) at the
                             chosen severities are found (default 0)
      --platform OS/ARCH     image platform to pick from a multi-platform index (default linux/amd64)
      --list-all-pkgs        json format: list every package of each target
      --include-lock-files   also report lock files found in the image (package-lock.json, yarn.lock, go.mod, …);
                             by default only installed packages count, as in Trivy's image scan

Flags of 'db info':
      --advisories PATH, --no-builtin-advisories   as above
  -f, --format table|json

Exit codes: 0 done; N (--exit-code) findings exist; 2 usage error; 3 unreadable image or advisory input; 1 other failure.
`;

/**
 * `acr-scan`: the command-line scanner over the core (Node only). Every failure ends in ONE line on
 * stderr and an exit code: 2 for usage mistakes, 3 for input that cannot be read (image or advisory
 * data), 1 for anything else; `--exit-code N` turns "findings exist" into exit N.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { databaseInfo } from '../advisory/advisory-index';
// The `.js` suffix: tsx would otherwise read `.node` as a native addon; TypeScript and tsx map it to the .ts file.
import { nodeSha256, openImageSource } from '../image/read/node-sources.node.js';
import { baselineInspector } from '../inspect/baseline';
import { MALWARE_SIGNATURES_VERSION, malwareInspector, parseSignatureSet } from '../inspect/malware';
import { secretsInspector } from '../inspect/secrets';
import { countInspection, filterInspection } from '../report/inspection';
import { writeReport } from '../report/write-report';
import { buildAdvisoryIndex } from '../scan/advisories';
import { SCANNER, type ScanProgress, scanImage } from '../scan/scan-image';
import { ScanError } from '../types/errors';
import { type DbInfoCommand, HELP_TEXT, type ImageCommand, parseArgs, UsageError } from './args';
import { formatDbInfo } from './db-info';
import { loadAdvisoryPaths } from './load-advisories';

/** The streams and terminal facts the CLI needs (injected so tests can run it in-process). */
export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown; isTTY?: boolean };
}

/** Exit codes of `acr-scan`. */
export const EXIT = { ok: 0, failure: 1, usage: 2, input: 3 } as const;

/** Runs `acr-scan` with `argv` (arguments after the program name); resolves to the exit code. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    const command = parseArgs(argv);
    switch (command.command) {
      case 'help':
        io.stdout.write(HELP_TEXT);
        return EXIT.ok;
      case 'version':
        io.stdout.write(`${SCANNER.name} ${SCANNER.version}\n`);
        return EXIT.ok;
      case 'db-info':
        return await runDbInfo(command, io);
      case 'image':
        return await runImage(command, io);
    }
  } catch (error) {
    return fail(error, io);
  }
}

async function runDbInfo(command: DbInfoCommand, io: CliIo): Promise<number> {
  const extra = await loadAdvisoryPaths(command.advisories);
  const index = buildAdvisoryIndex({ builtin: command.builtinAdvisories, extra });
  const info = { ...databaseInfo(index), malwareSignatures: MALWARE_SIGNATURES_VERSION };
  io.stdout.write(command.format === 'json' ? `${JSON.stringify(info, null, 2)}\n` : formatDbInfo(info));
  return EXIT.ok;
}

async function runImage(command: ImageCommand, io: CliIo): Promise<number> {
  const extra = await loadAdvisoryPaths(command.advisories);
  const source = await openImageSource(command.input);
  const showProgress = io.stderr.isTTY === true;
  const report = await scanImage(source, {
    artifactName: command.input,
    platform: command.platform,
    builtinAdvisories: command.builtinAdvisories,
    extraAdvisories: extra,
    severities: command.severities,
    lockFiles: command.includeLockFiles,
    createHash: nodeSha256,
    ...(command.engine === 'cloud'
      ? {
          inspectors: [
            baselineInspector(),
            secretsInspector(),
            malwareInspector(command.signatures ? { signatures: await loadSignatures(command.signatures) } : {}),
          ],
        }
      : {}),
    onProgress: showProgress ? (p) => io.stderr.write(`\r\u001b[K${progressText(p)}`) : undefined,
  });
  if (showProgress) io.stderr.write('\r\u001b[K');
  // --severity filters the cloud findings as it filters vulnerabilities (by their mapped severity).
  if (report.inspection) report.inspection = filterInspection(report.inspection, command.severities);
  for (const warning of report.warnings ?? []) io.stderr.write(`acr-scan: warning: ${warning}\n`);
  const text = writeReport(report, command.format, {
    color: command.output === undefined && io.stdout.isTTY === true,
    listPackages: command.listPackages,
  });
  if (command.output === undefined) {
    io.stdout.write(text);
  } else {
    try {
      await writeFile(command.output, text);
    } catch (error) {
      throw new OutputError(`cannot write ${command.output}: ${(error as Error).message}`);
    }
  }
  const found = report.vulnerabilities.length + countInspection(report);
  return command.exitCode !== 0 && found > 0 ? command.exitCode : EXIT.ok;
}

class OutputError extends Error {}

/** Reads and validates a signature set file; a bad file is input that cannot be read (exit 3). */
async function loadSignatures(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new ScanError('IO_ERROR', `cannot read signature set ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScanError('INVALID_ADVISORY', `signature set ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSignatureSet(json);
}

/** The progress line shown on a terminal. */
export function progressText(p: ScanProgress): string {
  switch (p.phase) {
    case 'opening':
      return 'Opening image…';
    case 'layer':
      return `Reading layer ${p.index + 1}/${p.count} (${p.layer.digest.slice(0, 19)})`;
    case 'analyzing':
      return 'Analyzing packages…';
    case 'matching':
      return `Matching ${p.packages} packages against advisories…`;
    case 'done':
      return `Done: ${p.vulnerabilities} vulnerabilities`;
  }
}

function fail(error: unknown, io: CliIo): number {
  // A progress line may be on screen: clear it so the error stands alone.
  if (io.stderr.isTTY) io.stderr.write('\r\u001b[K');
  if (error instanceof UsageError) {
    io.stderr.write(`acr-scan: ${error.message} (see 'acr-scan --help')\n`);
    return EXIT.usage;
  }
  if (error instanceof ScanError) {
    io.stderr.write(`acr-scan: ${oneLine(error.message)} [${error.code}]\n`);
    return EXIT.input;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.stderr.write(`acr-scan: ${error instanceof OutputError ? '' : 'unexpected error: '}${oneLine(message)}\n`);
  return EXIT.failure;
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

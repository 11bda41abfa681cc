/** Command-line options of `npm run demo:record -- [options]`. */
import path from 'node:path';
import { CHROMIUM_PATH } from '../../e2e/kit/chromium';

export type Lang = 'zh-CN' | 'en-US';
export type FlowName = 'single' | 'batch';

export interface RecordOptions {
  /** Output folder; created if missing. */
  out: string;
  lang: Lang;
  /** The production build to serve (what `vite build` wrote). */
  dist: string;
  port: number;
  flows: FlowName[];
  /** Stop after this many screenshots (a short recording, for tests); undefined = the whole walkthrough. */
  maxSteps: number | undefined;
  chromium: string;
}

export const USAGE = `Usage: npm run demo:record -- [--out DIR] [--lang zh-CN|en-US] [--flows single,batch] [--dist DIR] [--port N] [--max-steps N]
  --out DIR       output folder (default demo-recordings/<timestamp>/)
  --lang L        zh-CN (default) or en-US: the console's language and the captions'
  --flows LIST    which walkthroughs, in order: single (单镜像扫描), batch (批量镜像扫描); default both
  --dist DIR      the production build to serve (default dist; npm run demo:record builds it first)
  --port N        port of the preview server (default 4201)
  --max-steps N   stop after N screenshots (a quick check)`;

/** `2026-11-28T14-17-15`: sortable, and valid in file names everywhere. */
export function timestampName(date: Date): string {
  return date.toISOString().slice(0, 19).replace(/:/g, '-');
}

function positiveInt(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag} needs a positive integer, got "${value}"`);
  return n;
}

/** Parses argv (without node and the script); throws a one-line message on anything it does not know. */
export function parseOptions(argv: readonly string[], root: string, now = new Date()): RecordOptions {
  const options: RecordOptions = {
    out: path.join(root, 'demo-recordings', timestampName(now)),
    lang: 'zh-CN',
    dist: path.join(root, 'dist'),
    port: 4201,
    flows: ['single', 'batch'],
    maxSteps: undefined,
    chromium: CHROMIUM_PATH,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    const [name, inline] = flag.startsWith('--') && flag.includes('=') ? flag.split(/=(.*)/s) : [flag, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--out':
        options.out = path.resolve(value());
        break;
      case '--dist':
        options.dist = path.resolve(root, value());
        break;
      case '--lang': {
        const lang = value();
        if (lang !== 'zh-CN' && lang !== 'en-US') throw new Error(`--lang must be zh-CN or en-US, got "${lang}"`);
        options.lang = lang;
        break;
      }
      case '--flows': {
        const flows = value().split(',');
        const unknown = flows.filter((f) => f !== 'single' && f !== 'batch');
        if (unknown.length > 0) throw new Error(`--flows takes single and/or batch, got "${unknown.join(',')}"`);
        options.flows = flows as FlowName[];
        break;
      }
      case '--port':
        options.port = positiveInt(name, value());
        break;
      case '--max-steps':
        options.maxSteps = positiveInt(name, value());
        break;
      default:
        throw new Error(`unknown option "${flag}" (--help lists the options)`);
    }
  }
  return options;
}

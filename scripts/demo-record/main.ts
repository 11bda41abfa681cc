/**
 * `npm run demo:record`: serves the build, drives the seed's walkthroughs in Debian's Chromium, and writes
 * a WebM video, numbered captioned screenshots and captions.md/json to a folder. On failure: one line on
 * stderr, exit 1, and the preview server stopped.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { type Browser, chromium } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../e2e/kit/chromium';
import { writeCaptions } from './captions';
import { bootFresh, FLOWS } from './flows';
import { shimContext } from './names-shim';
import { parseOptions, type RecordOptions, USAGE } from './options';
import { hideCaption } from './overlay';
import { ScreencastRecorder } from './screencast-recorder';
import { type PreviewServer, startPreview } from './server';
import { decodeInChromium } from './verify-video';
import { EnoughSteps, Walkthrough } from './walkthrough';
import { inspectWebm, withDuration } from './webm';

const ROOT = path.resolve(import.meta.dirname, '../..');
// 16:9, and wide enough that the tag table's columns (digest, size, time, actions) do not wrap.
const VIEWPORT = { width: 1600, height: 900 };
const VIDEO_FILE = 'walkthrough.webm';

/** The e2e flags, plus: keep the recorder page's timers running at full speed. */
const RECORDER_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

export interface RecordResult {
  out: string;
  shots: number;
  videoBytes: number;
  videoMs: number;
  width: number;
  height: number;
  seconds: number;
  /** Screencast frames that went into the video (Chromium sends one per repaint). */
  frames: number;
}

async function walk(browser: Browser, options: RecordOptions, baseURL: string) {
  const context = await browser.newContext({
    baseURL,
    viewport: VIEWPORT,
    locale: options.lang,
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
  });
  await shimContext(context);
  // The console keeps its language in local storage; set it before the first load.
  await context.addInitScript((lang) => {
    if (!localStorage.getItem('acr-console:ui')) {
      localStorage.setItem('acr-console:ui', JSON.stringify({ state: { locale: lang }, version: 1 }));
    }
  }, options.lang);
  const page = await context.newPage();
  // Boot the console once before recording (registers the mock backend, caches the chunks), so the video
  // does not open on the loading spinner; each flow's first step then resets the world through the API.
  await bootFresh(page, '');
  const recorder = await ScreencastRecorder.start(browser, page, VIEWPORT);
  const flows = options.flows.map((name) => FLOWS[name]);
  const planned = flows.reduce((n, flow) => n + flow.steps.length, 0);
  const walkthrough = new Walkthrough(
    page,
    options.lang,
    options.out,
    () => recorder.offsetNow(),
    planned,
    options.maxSteps,
  );
  try {
    for (const flow of flows) await walkthrough.runFlow(flow);
  } catch (error) {
    if (!(error instanceof EnoughSteps)) {
      await recorder.abort();
      throw error;
    }
  }
  await hideCaption(page).catch(() => {});
  const { webm, frames } = await recorder.stop();
  await context.close();
  return { shots: walkthrough.shots, webm, frames };
}

export async function record(options: RecordOptions): Promise<RecordResult> {
  const started = performance.now();
  if (!existsSync(options.chromium)) throw new Error(`Chromium not found at ${options.chromium} (set CHROMIUM_PATH)`);
  mkdirSync(options.out, { recursive: true });
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  try {
    server = await startPreview(ROOT, options.dist, options.port);
    browser = await chromium.launch({ executablePath: options.chromium, args: RECORDER_ARGS });
    const { shots, webm, frames } = await walk(browser, options, server.url);
    if (frames === 0) throw new Error('the screencast sent no frames');
    const summary = inspectWebm(webm);
    const video = withDuration(webm, summary.lastFrameMs);
    writeFileSync(path.join(options.out, VIDEO_FILE), video);
    const decoded = await decodeInChromium(browser, video);
    if (!(decoded.durationS > 0) || decoded.colours < 16) {
      throw new Error(`the video does not play back (duration ${decoded.durationS}s, ${decoded.colours} colours)`);
    }
    const title = options.flows.map((name) => FLOWS[name].title[options.lang]).join(' · ');
    writeCaptions(
      options.out,
      { title, lang: options.lang, video: VIDEO_FILE, recordedAt: new Date().toISOString() },
      shots,
    );
    return {
      out: options.out,
      shots: shots.length,
      videoBytes: video.length,
      videoMs: summary.lastFrameMs,
      width: decoded.width,
      height: decoded.height,
      seconds: (performance.now() - started) / 1000,
      frames,
    };
  } finally {
    await browser?.close().catch(() => {});
    server?.stop();
  }
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv.includes('--help')) {
    console.log(USAGE);
    return;
  }
  try {
    const result = await record(parseOptions(argv, ROOT));
    console.log(
      `demo:record: ${result.shots} screenshots and a ${(result.videoMs / 1000).toFixed(1)} s ${result.width}x${result.height} WebM (${(result.videoBytes / 1024 / 1024).toFixed(1)} MB, ${result.frames} frames) in ${path.relative(process.cwd(), result.out) || '.'} — ${result.seconds.toFixed(0)} s`,
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`demo:record failed: ${message.split('\n')[0]}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();

/**
 * Records a page to WebM without ffmpeg: CDP `Page.startScreencast` sends JPEG frames with timestamps; a
 * second, hidden-from-the-story recorder page draws each frame on a canvas at its time (a fixed delay behind
 * live, so jitter in delivery does not become jitter in the video), and `canvas.captureStream()` +
 * `MediaRecorder` encode VP8 inside Chromium. Chunks come back to Node through an exposed function.
 */
import type { Browser, BrowserContext, CDPSession, Page } from '@playwright/test';
import { shimPage } from './names-shim';

/** How far behind live the recorder draws: enough to decode a JPEG and absorb delivery jitter. */
const DRAW_DELAY_MS = 300;
const MIME = 'video/webm;codecs=vp8';

interface Size {
  width: number;
  height: number;
}

interface ScreencastFrame {
  data: string;
  sessionId: number;
  metadata: { timestamp?: number };
}

/** The recorder page's side: a canvas, a MediaRecorder, and frames drawn at their video time. */
function recorderScript(): void {
  const canvas = document.querySelector('canvas') as HTMLCanvasElement;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  const send = (window as unknown as { demoRecordChunk: (b64: string) => Promise<void> }).demoRecordChunk;
  let origin = 0;
  let last: ImageBitmap | undefined;
  let pending: Promise<void> = Promise.resolve();
  let recorder: MediaRecorder | undefined;
  const toBase64 = (blob: Blob) =>
    new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result).split(',')[1] ?? '');
      reader.readAsDataURL(blob);
    });
  const api = {
    start(mime: string, delay: number) {
      origin = performance.now() + delay;
      recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: mime, videoBitsPerSecond: 2_500_000 });
      // Chunks are sent one after another, so the file is written in order.
      recorder.ondataavailable = (event) => {
        const blob = event.data;
        pending = pending.then(async () => send(await toBase64(blob)));
      };
      recorder.start(1000);
    },
    async draw(jpegBase64: string, atMs: number) {
      const bytes = Uint8Array.from(atob(jpegBase64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      const wait = origin + atMs - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      last?.close();
      last = bitmap;
    },
    async stop(tailMs: number) {
      // Hold the last picture for a moment so the video does not end on the final click.
      await new Promise((r) => setTimeout(r, tailMs));
      if (last) ctx.drawImage(last, 0, 0, canvas.width, canvas.height);
      await new Promise((r) => setTimeout(r, 100));
      const rec = recorder;
      if (!rec) return;
      await new Promise<void>((resolve) => {
        rec.onstop = () => resolve();
        rec.stop();
      });
      await pending;
    },
  };
  (window as unknown as RecorderWindow).demoRecord = api;
}

/** The recorder page's global, as `recorderScript` installs it. */
interface RecorderWindow {
  demoRecord: {
    start: (mime: string, delay: number) => void;
    draw: (jpegBase64: string, atMs: number) => Promise<void>;
    stop: (tailMs: number) => Promise<void>;
  };
}

export class ScreencastRecorder {
  private firstFrameMs: number | undefined;
  private frames = 0;
  private readonly chunks: Buffer[] = [];
  private lastDraw: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly recorderContext: BrowserContext,
    private readonly recorderPage: Page,
  ) {}

  /** Starts recording `page` (its viewport size is the video's). */
  static async start(browser: Browser, page: Page, size: Size): Promise<ScreencastRecorder> {
    const recorderContext = await browser.newContext({ viewport: size });
    const recorderPage = await recorderContext.newPage();
    const cdp = await page.context().newCDPSession(page);
    const recorder = new ScreencastRecorder(cdp, recorderContext, recorderPage);
    await recorderPage.exposeFunction('demoRecordChunk', (b64: string) => {
      recorder.chunks.push(Buffer.from(b64, 'base64'));
    });
    await recorderPage.setContent(
      `<body style="margin:0;background:#000"><canvas width="${size.width}" height="${size.height}"></canvas></body>`,
    );
    await shimPage(recorderPage);
    const supported = await recorderPage.evaluate((mime) => MediaRecorder.isTypeSupported(mime), MIME);
    if (!supported) throw new Error(`this Chromium's MediaRecorder cannot write ${MIME}`);
    await recorderPage.evaluate(recorderScript);
    await recorderPage.evaluate(
      ([mime, delay]) => (window as unknown as RecorderWindow).demoRecord.start(mime, delay),
      [MIME, DRAW_DELAY_MS] as const,
    );
    cdp.on('Page.screencastFrame', (frame: ScreencastFrame) => recorder.onFrame(frame));
    await cdp.send('Page.startScreencast', {
      format: 'jpeg',
      quality: 85,
      maxWidth: size.width,
      maxHeight: size.height,
      everyNthFrame: 1,
    });
    return recorder;
  }

  private onFrame({ data, sessionId, metadata }: ScreencastFrame): void {
    // Without an ack Chromium stops sending frames.
    this.cdp.send('Page.screencastFrameAck', { sessionId }).catch(() => {});
    const wallMs = metadata.timestamp !== undefined ? metadata.timestamp * 1000 : Date.now();
    this.firstFrameMs ??= wallMs;
    this.frames++;
    const atMs = wallMs - this.firstFrameMs;
    this.lastDraw = this.recorderPage
      .evaluate(([jpeg, at]) => (window as unknown as RecorderWindow).demoRecord.draw(jpeg, at), [data, atMs] as const)
      .catch(() => {});
  }

  /** Where "now" is in the video, in ms (0 until the first frame arrives). */
  offsetNow(): number {
    return this.firstFrameMs === undefined ? 0 : Math.max(0, Date.now() - this.firstFrameMs);
  }

  /** Stops the screencast and the encoder; the WebM bytes and how many screencast frames went in. */
  async stop(): Promise<{ webm: Buffer; frames: number }> {
    await this.cdp.send('Page.stopScreencast').catch(() => {});
    await this.lastDraw;
    await this.recorderPage.evaluate((tail) => (window as unknown as RecorderWindow).demoRecord.stop(tail), 800);
    await this.recorderContext.close();
    return { webm: Buffer.concat(this.chunks), frames: this.frames };
  }

  /** Closes the recorder without a file (after a failure). */
  async abort(): Promise<void> {
    await this.cdp.send('Page.stopScreencast').catch(() => {});
    await this.recorderContext.close().catch(() => {});
  }
}

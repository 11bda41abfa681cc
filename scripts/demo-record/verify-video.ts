/**
 * Proves the recorded WebM plays: Chromium loads it in a <video>, reports its duration and size, seeks to a
 * quarter, half and three quarters, and the frames drawn to a canvas are not blank (many distinct colours).
 */
import type { Browser } from '@playwright/test';
import { shimPage } from './names-shim';

export interface DecodedVideo {
  durationS: number;
  width: number;
  height: number;
  /** Distinct colours in the richest of three sampled frames: a blank or single-colour frame has 1–2. */
  colours: number;
}

export async function decodeInChromium(browser: Browser, webm: Uint8Array): Promise<DecodedVideo> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await shimPage(page);
    return await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
      await new Promise((resolve, reject) => {
        video.onloadeddata = resolve;
        video.onerror = () => reject(new Error(`the browser cannot decode the video: ${video.error?.message}`));
      });
      const durationS = video.duration;
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
      const samples: number[] = [];
      for (const at of [0.25, 0.5, 0.75]) {
        video.currentTime = Number.isFinite(durationS) ? durationS * at : at;
        await new Promise((resolve) => {
          video.onseeked = resolve;
        });
        // 'seeked' can fire before the decoded frame is presented; drawn too early, the canvas stays empty.
        await new Promise((resolve) => setTimeout(resolve, 250));
        ctx.drawImage(video, 0, 0);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const seen = new Set<number>();
        for (let i = 0; i < data.length; i += 4 * 97) {
          seen.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
        }
        samples.push(seen.size);
      }
      const colours = Math.max(...samples);
      return { durationS, width: video.videoWidth, height: video.videoHeight, colours };
    }, Buffer.from(webm).toString('base64'));
  } finally {
    await context.close();
  }
}

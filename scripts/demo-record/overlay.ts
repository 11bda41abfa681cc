/**
 * What the viewer sees on top of the console: a lower-third subtitle with the step's caption (in the video
 * and burnt into each screenshot) and a brief outline around the control about to be clicked. Both are
 * fixed-position, `pointer-events: none` elements outside React's root, so they never take a click or
 * disturb the app; styles are set through the CSSOM, which a style-src policy does not block.
 */
import type { Locator, Page } from '@playwright/test';

const CAPTION_ID = 'demo-record-caption';
const HIGHLIGHT_ID = 'demo-record-highlight';

/** Shows (or replaces) the subtitle: a small progress line (`3 / 21 · 单镜像扫描`) above the caption. */
export async function showCaption(page: Page, progress: string, caption: string): Promise<void> {
  await page.evaluate(
    ([id, top, text]) => {
      let box = document.getElementById(id);
      if (!box) {
        box = document.createElement('div');
        box.id = id;
        box.setAttribute('aria-hidden', 'true');
        Object.assign(box.style, {
          position: 'fixed',
          left: '50%',
          bottom: '28px',
          transform: 'translateX(-50%)',
          maxWidth: '78%',
          padding: '10px 22px 12px',
          borderRadius: '10px',
          background: 'rgba(20, 24, 33, 0.86)',
          color: '#fff',
          font: '500 20px/1.45 "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif',
          textAlign: 'center',
          boxShadow: '0 6px 24px rgba(0,0,0,0.25)',
          zIndex: '2147483647',
          pointerEvents: 'none',
        });
        const small = document.createElement('div');
        Object.assign(small.style, { font: '400 13px/1.4 sans-serif', color: '#ffb37a', marginBottom: '2px' });
        box.append(small, document.createElement('div'));
        document.body.append(box);
      }
      const [small, main] = Array.from(box.children) as HTMLElement[];
      if (small) small.textContent = top;
      if (main) main.textContent = text;
    },
    [CAPTION_ID, progress, caption] as const,
  );
}

export async function hideCaption(page: Page): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)?.remove(), CAPTION_ID);
}

/** Outlines the element's box (the console's orange) until `clearHighlight`. */
export async function highlight(target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const box = await target.boundingBox();
  if (!box) return;
  await target.page().evaluate(
    ([id, rect]) => {
      let ring = document.getElementById(id);
      if (!ring) {
        ring = document.createElement('div');
        ring.id = id;
        ring.setAttribute('aria-hidden', 'true');
        document.body.append(ring);
      }
      const pad = 4;
      Object.assign(ring.style, {
        position: 'fixed',
        left: `${rect.x - pad}px`,
        top: `${rect.y - pad}px`,
        width: `${rect.width + pad * 2}px`,
        height: `${rect.height + pad * 2}px`,
        border: '3px solid #ff6a00',
        borderRadius: '6px',
        boxShadow: '0 0 0 4px rgba(255, 106, 0, 0.25)',
        zIndex: '2147483646',
        pointerEvents: 'none',
      });
    },
    [HIGHLIGHT_ID, box] as const,
  );
}

export async function clearHighlight(page: Page): Promise<void> {
  await page.evaluate((id) => document.getElementById(id)?.remove(), HIGHLIGHT_ID);
}

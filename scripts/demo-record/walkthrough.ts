/**
 * Runs a flow as a presenter would: shows the step's caption, performs its clicks with a brief outline on
 * each control, waits until the console shows the result, then takes the numbered screenshot with the
 * caption burnt in. Labels come from the console's own locale catalogs, so the same flows drive the
 * zh-CN and the en-US console.
 */
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { enUS } from '../../src/locales/en-US';
import { type MessageKey, zhCN } from '../../src/locales/zh-CN';
import { type Shot, shotFileName } from './captions';
import type { Lang } from './options';
import { clearHighlight, highlight, showCaption } from './overlay';

export interface StepText {
  /** Short: the screenshot's file name (`实例列表`). */
  title: string;
  /** The sentence shown as subtitle and written to captions.md. */
  caption: string;
}

export interface StepDef {
  id: string;
  text: Record<Lang, StepText>;
  run: (w: Walkthrough) => Promise<void>;
}

export interface FlowDef {
  id: string;
  title: Record<Lang, string>;
  steps: StepDef[];
}

/** Thrown when `--max-steps` screenshots are taken: the recording ends there, successfully. */
export class EnoughSteps extends Error {}

export interface Pacing {
  /** Reading time for a new caption before anything moves. */
  captionMs: number;
  /** How long the outline shows before the click. */
  highlightMs: number;
  /** Settling time after a step's result is visible, before the screenshot. */
  settleMs: number;
  /** Delay between typed characters. */
  typingMs: number;
}

const CATALOGS: Record<Lang, Record<MessageKey, string>> = { 'zh-CN': zhCN, 'en-US': enUS };

export const PRESENTER_PACING: Pacing = { captionMs: 800, highlightMs: 450, settleMs: 400, typingMs: 35 };

export class Walkthrough {
  readonly shots: Shot[] = [];

  constructor(
    readonly page: Page,
    readonly lang: Lang,
    private readonly out: string,
    private readonly videoOffset: () => number,
    private readonly plannedShots: number,
    private readonly maxShots: number | undefined,
    private readonly pacing: Pacing = PRESENTER_PACING,
    readonly stepTimeoutMs = 45_000,
    private readonly log: (line: string) => void = console.log,
  ) {}

  /** A console label in the walkthrough's language. */
  t(key: MessageKey, values: Record<string, string | number> = {}): string {
    return CATALOGS[this.lang][key].replace(/\{(\w+)\}/g, (all: string, name: string) => String(values[name] ?? all));
  }

  async pause(ms: number): Promise<void> {
    await this.page.waitForTimeout(ms);
  }

  async click(target: Locator): Promise<void> {
    await target.waitFor({ state: 'visible', timeout: this.stepTimeoutMs });
    await highlight(target);
    await this.pause(this.pacing.highlightMs);
    await clearHighlight(this.page);
    await target.click({ timeout: this.stepTimeoutMs });
  }

  /** Types like a person (the video shows the text appear), replacing what the field held. */
  async type(target: Locator, text: string): Promise<void> {
    await this.click(target);
    await target.fill('');
    // Long values (URLs) type faster: about a second and a half at most.
    await target.pressSequentially(text, { delay: Math.min(this.pacing.typingMs, 1500 / text.length) });
  }

  /** Scrolls what the step is about to the middle of the viewport, clear of the subtitle at the bottom. */
  async focus(target: Locator): Promise<void> {
    await target.waitFor({ state: 'visible', timeout: this.stepTimeoutMs });
    await target.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  }

  /** Outlines a control without clicking it (to point at something), for a reading pause. */
  async point(target: Locator): Promise<void> {
    await target.waitFor({ state: 'visible', timeout: this.stepTimeoutMs });
    await highlight(target);
    await this.pause(this.pacing.highlightMs * 2);
  }

  async visible(target: Locator, timeout = this.stepTimeoutMs): Promise<void> {
    await expect(target).toBeVisible({ timeout });
  }

  /** One flow's steps, each ending in a screenshot. */
  async runFlow(flow: FlowDef): Promise<void> {
    for (const [index, step] of flow.steps.entries()) {
      const text = step.text[this.lang];
      const number = this.shots.length + 1;
      const progress = `${number} / ${this.plannedShots} · ${flow.title[this.lang]} ${index + 1}/${flow.steps.length}`;
      await showCaption(this.page, progress, text.caption).catch(() => {});
      await this.pause(this.pacing.captionMs);
      const began = performance.now();
      try {
        await step.run(this);
      } catch (error) {
        // What the console showed when the step gave up, for whoever reads the error.
        await this.page.screenshot({ path: path.join(this.out, 'failure.png') }).catch(() => {});
        const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
        throw new Error(`step ${number} "${text.title}" (${step.id}) failed: ${reason}`);
      }
      // A full navigation (the first step) drops the overlay: put it back for the picture.
      await showCaption(this.page, progress, text.caption);
      await this.pause(this.pacing.settleMs);
      await this.shoot(number, step.id, text);
      this.log(`  ${this.shots.at(-1)?.file} (${((performance.now() - began) / 1000).toFixed(1)} s)`);
      if (this.maxShots !== undefined && this.shots.length >= this.maxShots) throw new EnoughSteps();
    }
  }

  private async shoot(number: number, step: string, text: StepText): Promise<void> {
    const file = shotFileName(number, text.title, this.plannedShots);
    const videoOffsetMs = Math.round(this.videoOffset());
    await clearHighlight(this.page);
    await this.page.screenshot({ path: path.join(this.out, file), animations: 'disabled', caret: 'hide' });
    const url = new URL(this.page.url());
    this.shots.push({
      number,
      file,
      caption: text.caption,
      step,
      url: `${url.pathname}${url.search}${url.hash}`,
      videoOffsetMs,
    });
  }
}

/**
 * The walkthrough's shot list: numbered file names from step titles, and the captions written next to the
 * screenshots (captions.md for people pasting into slides, captions.json for tools).
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface Shot {
  /** 1-based, in the order taken. */
  number: number;
  /** `01-实例列表.png`. */
  file: string;
  /** The sentence burnt into the screenshot and shown as the video's subtitle. */
  caption: string;
  /** The step's id in the flow (`single.scan-now`), stable across languages. */
  step: string;
  /** The console's URL when the screenshot was taken (path and query, without the server's origin). */
  url: string;
  /** Where the step is in the video, in ms from its start. */
  videoOffsetMs: number;
}

/**
 * A file-name-safe form of a step title: letters (any script) and digits kept, everything else collapsed to
 * single hyphens, lower-cased. `镜像版本` stays `镜像版本`; `Scan now → results` becomes `scan-now-results`.
 */
export function slug(title: string): string {
  const cleaned = title
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return cleaned.slice(0, 60).replace(/-+$/, '') || 'step';
}

/** `01-实例列表.png`: two digits at least, so a file listing sorts in shot order. */
export function shotFileName(number: number, title: string, total = 99): string {
  const width = Math.max(2, String(total).length);
  return `${String(number).padStart(width, '0')}-${slug(title)}.png`;
}

/** `m:ss.s` for a video offset. */
export function formatOffset(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${(seconds - minutes * 60).toFixed(1).padStart(4, '0')}`;
}

export interface CaptionsHeader {
  title: string;
  lang: string;
  video: string;
  recordedAt: string;
}

/** captions.md: a title line, then one line per shot: `01. [01-实例列表.png](01-实例列表.png) (0:03.2) caption`. */
export function captionsMarkdown(header: CaptionsHeader, shots: readonly Shot[]): string {
  const lines = [
    `# ${header.title}`,
    '',
    `${header.recordedAt} · ${header.lang} · [${header.video}](${header.video})`,
    '',
    ...shots.map(
      (shot) =>
        `${String(shot.number).padStart(2, '0')}. [${shot.file}](${encodeURI(shot.file)}) (${formatOffset(shot.videoOffsetMs)}) ${shot.caption}`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export function captionsJson(header: CaptionsHeader, shots: readonly Shot[]): string {
  return `${JSON.stringify({ ...header, shots }, null, 2)}\n`;
}

/** Writes captions.md and captions.json into `dir`. */
export function writeCaptions(dir: string, header: CaptionsHeader, shots: readonly Shot[]): void {
  writeFileSync(path.join(dir, 'captions.md'), captionsMarkdown(header, shots));
  writeFileSync(path.join(dir, 'captions.json'), captionsJson(header, shots));
}

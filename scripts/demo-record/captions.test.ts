import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { captionsMarkdown, formatOffset, type Shot, shotFileName, slug, writeCaptions } from './captions';

describe('shot file names', () => {
  it('keeps Chinese titles readable and slugs English ones', () => {
    expect(slug('实例列表')).toBe('实例列表');
    expect(slug('创建规则 - 事件通知')).toBe('创建规则-事件通知');
    expect(slug('Scan now → results')).toBe('scan-now-results');
    expect(slug('Repository prod/nginx')).toBe('repository-prod-nginx');
    expect(slug('  ?? ')).toBe('step');
  });

  it('numbers with two digits, or more when the walkthrough is longer', () => {
    expect(shotFileName(1, '实例列表')).toBe('01-实例列表.png');
    expect(shotFileName(12, 'Task details')).toBe('12-task-details.png');
    expect(shotFileName(7, 'Tags', 120)).toBe('007-tags.png');
  });

  it('formats video offsets as m:ss.s', () => {
    expect(formatOffset(3200)).toBe('0:03.2');
    expect(formatOffset(125_450)).toBe('2:05.5');
  });
});

const shots: Shot[] = [
  {
    number: 1,
    file: '01-实例列表.png',
    caption: '打开实例列表',
    step: 'single.instances',
    url: '/cn-hangzhou/instances',
    videoOffsetMs: 1200,
  },
  {
    number: 2,
    file: '02-镜像版本.png',
    caption: '选择“镜像版本”',
    step: 'single.tags',
    url: '/x/tags',
    videoOffsetMs: 64_000,
  },
];
const header = {
  title: '单镜像扫描',
  lang: 'zh-CN',
  video: 'walkthrough.webm',
  recordedAt: '2026-11-28T14:00:00.000Z',
};

describe('captions files', () => {
  it('lists one line per screenshot, in order, linking the file and giving its time in the video', () => {
    const lines = captionsMarkdown(header, shots).trimEnd().split('\n');
    expect(lines[0]).toBe('# 单镜像扫描');
    expect(lines.slice(-2)).toEqual([
      `01. [01-实例列表.png](${encodeURI('01-实例列表.png')}) (0:01.2) 打开实例列表`,
      `02. [02-镜像版本.png](${encodeURI('02-镜像版本.png')}) (1:04.0) 选择“镜像版本”`,
    ]);
  });

  it('writes captions.md and captions.json with every field of every shot', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'captions-'));
    writeCaptions(dir, header, shots);
    const json = JSON.parse(readFileSync(path.join(dir, 'captions.json'), 'utf8'));
    expect(json).toMatchObject({ title: '单镜像扫描', lang: 'zh-CN', video: 'walkthrough.webm', shots });
    expect(readFileSync(path.join(dir, 'captions.md'), 'utf8')).toContain('(0:01.2) 打开实例列表');
  });
});

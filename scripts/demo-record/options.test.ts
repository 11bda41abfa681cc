import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions, timestampName } from './options';

const ROOT = '/repo';
const NOW = new Date('2026-11-28T14:17:15.123Z');

describe('demo:record options', () => {
  it('defaults to both flows in zh-CN from dist, into a timestamped folder', () => {
    const options = parseOptions([], ROOT, NOW);
    expect(options).toMatchObject({
      out: path.join(ROOT, 'demo-recordings', '2026-11-28T14-17-15'),
      lang: 'zh-CN',
      dist: path.join(ROOT, 'dist'),
      port: 4201,
      flows: ['single', 'batch'],
      maxSteps: undefined,
    });
  });

  it('takes --out, --lang, --flows, --dist, --port and --max-steps, with or without =', () => {
    const options = parseOptions(
      ['--out', '/tmp/demo', '--lang=en-US', '--flows', 'batch', '--dist', 'dist-x', '--port=4300', '--max-steps', '3'],
      ROOT,
      NOW,
    );
    expect(options).toMatchObject({
      out: '/tmp/demo',
      lang: 'en-US',
      flows: ['batch'],
      dist: path.join(ROOT, 'dist-x'),
      port: 4300,
      maxSteps: 3,
    });
  });

  it('rejects what it does not know, in one line', () => {
    expect(() => parseOptions(['--lang', 'fr-FR'], ROOT)).toThrow('--lang must be zh-CN or en-US, got "fr-FR"');
    expect(() => parseOptions(['--flows', 'single,tour'], ROOT)).toThrow('got "tour"');
    expect(() => parseOptions(['--port', 'x'], ROOT)).toThrow('--port needs a positive integer');
    expect(() => parseOptions(['--out'], ROOT)).toThrow('--out needs a value');
    expect(() => parseOptions(['--video'], ROOT)).toThrow(/^unknown option "--video"/);
  });

  it('names folders so they sort by time and are valid on every file system', () => {
    expect(timestampName(NOW)).toBe('2026-11-28T14-17-15');
  });
});

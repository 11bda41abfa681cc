/**
 * Product copy lives only in the catalogs: a CJK character in code anywhere else under src/ means a label
 * escaped translation (and the English console would show Chinese). Comments may quote console labels, and
 * tests may assert on them (as e2e does), so both are exempt.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('..', import.meta.url));
const LOCALES = join(SRC, 'locales');
// CJK punctuation, ideographs (incl. extension A) and full-width forms.
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return path === LOCALES ? [] : sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Blanks out comments, keeping line breaks so reported line numbers stay right. */
function stripComments(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

describe('no CJK outside src/locales', () => {
  it('keeps every Chinese string in the catalogs', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      stripComments(readFileSync(file, 'utf8'))
        .split('\n')
        .flatMap((line, i) => (CJK.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(offenders).toEqual([]);
  });

  it('would catch a label written in code', () => {
    expect(CJK.test(stripComments("const label = '\u5b9e\u4f8b\u5217\u8868'; // \u6ce8\u91ca"))).toBe(true);
    expect(CJK.test(stripComments('/* \u6ce8\u91ca */ const x = 1;'))).toBe(false);
  });
});

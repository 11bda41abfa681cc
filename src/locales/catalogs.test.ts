import { describe, expect, it } from 'vitest';
import { loadCatalog } from './catalogs';

const CJK = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]/;
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const zh = await loadCatalog('zh-CN');
const en = await loadCatalog('en-US');

describe('catalogs', () => {
  it('has no empty message in either language', () => {
    for (const catalog of [zh, en]) {
      for (const [key, text] of Object.entries(catalog)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('keeps Chinese out of the English catalog (but a language is named in its own script)', () => {
    const ownScript = new Set(['layout.lang.zh']);
    const leaks = Object.entries(en).filter(([key, text]) => !ownScript.has(key) && CJK.test(text));
    expect(leaks).toEqual([]);
  });

  it('uses the same placeholders in both languages, so interpolation never leaves a {name} behind', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { shotFileName } from './captions';
import { FLOWS } from './flows';

const steps = [...FLOWS.single.steps, ...FLOWS.batch.steps];

describe('the recorded flows', () => {
  it('follow the seed: 单镜像扫描 ends at the results, 批量镜像扫描 goes through the rule wizard and the task', () => {
    expect(FLOWS.single.steps.map((s) => s.id)).toEqual([
      'single.instances',
      'single.instance',
      'single.repositories',
      'single.repository',
      'single.tags',
      'single.scan-page',
      'single.scan-now',
      'single.results',
      'single.finding',
    ]);
    expect(FLOWS.batch.steps.map((s) => s.id)).toEqual([
      'batch.region',
      'batch.instance',
      'batch.vpc',
      'batch.scan-page',
      'batch.engine',
      'batch.rule-scope',
      'batch.rule-notify',
      'batch.rule-created',
      'batch.run',
      'batch.task-done',
      'batch.task-details',
      'batch.result',
    ]);
  });

  it.each(['zh-CN', 'en-US'] as const)('give every step a title and caption in %s, and distinct file names', (lang) => {
    for (const step of steps) {
      expect(step.text[lang].title.trim(), step.id).not.toBe('');
      expect(step.text[lang].caption.trim(), step.id).not.toBe('');
    }
    const files = steps.map((step, i) => shotFileName(i + 1, step.text[lang].title, steps.length));
    expect(new Set(files).size).toBe(steps.length);
    expect(files[0]).toBe(lang === 'zh-CN' ? '01-实例列表.png' : '01-instances.png');
  });

  it('keeps English captions free of Chinese', () => {
    const cjk = /[\u3400-\u9fff\uff00-\uffef]/;
    expect(steps.filter((step) => cjk.test(step.text['en-US'].caption + step.text['en-US'].title))).toEqual([]);
  });
});

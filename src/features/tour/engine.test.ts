import { describe, expect, it } from 'vitest';
import type { TourEnv } from './conditions';
import { advance, contextFrom, moveTo, startTour } from './engine';
import { tours } from './steps';
import { TOUR_IDS, TOUR_STEP_COUNTS } from './tour-ids';

/** A fake page: a path and the selectors that match (with their attributes and input values). */
function page(pathname: string, elements: Record<string, Record<string, string>> = {}): TourEnv {
  return {
    pathname,
    exists: (selector) => selector in elements,
    value: (selector) => elements[selector]?.value,
    attr: (selector, name) => elements[selector]?.[name],
  };
}

const single = tours.single;
const batch = tours.batch;
const idOf = (steps: typeof single, index: number) => steps[index]?.id;

describe('tour engine', () => {
  it("the top bar's step counts (kept apart so the steps load lazily) agree with the steps", () => {
    for (const id of TOUR_IDS) expect(TOUR_STEP_COUNTS[id]).toBe(tours[id].length);
  });

  it('advances when the user navigates where the step leads, several steps when they run ahead', () => {
    let progress = startTour('single', single, page('/cn-shanghai/instances'));
    expect(idOf(single, progress.step)).toBe('region');
    progress = advance(progress, single, page('/cn-shanghai/instances'));
    expect(idOf(single, progress.step)).toBe('region');
    progress = advance(progress, single, page('/cn-hangzhou/instances'));
    expect(idOf(single, progress.step)).toBe('instance');
    progress = advance(progress, single, page('/cn-hangzhou/instances/cri-1/repositories'));
    expect(idOf(single, progress.step)).toBe('repository');
    expect(progress.context).toEqual({ regionId: 'cn-hangzhou', instanceId: 'cri-1' });
  });

  it('completes 立即扫描 only when a new scan replaces the latest one', () => {
    const scanPath = '/cn-hangzhou/instances/cri-1/repositories/crr-1/tags/1.25/scan';
    const button = (task: string) => ({ '[data-tour="scan-now"]': { 'data-scan-task': task } });
    const ready = (task: string) => ({
      ...button(task),
      '[data-tour="scan-now"][data-scan-task]': { 'data-scan-task': task },
    });
    const at = single.findIndex((s) => s.id === 'scan-now');
    // Still loading: no starting value yet, so nothing completes.
    let progress = startTour('single', single, page(scanPath), at);
    expect(progress.anchor).toBeUndefined();
    progress = advance(progress, single, page(scanPath, ready('old-task')));
    expect(progress.anchor).toBe('old-task');
    expect(idOf(single, progress.step)).toBe('scan-now');
    progress = advance(progress, single, page(scanPath, ready('new-task')));
    expect(idOf(single, progress.step)).toBe('result');
    expect(progress.context.tag).toBe('1.25');
  });

  it('never completes the last step by itself', () => {
    const last = single.length - 1;
    const progress = startTour('single', single, page('/r/instances/i/repositories/p/tags/t/scan'), last);
    expect(advance(progress, single, page('/r/instances')).step).toBe(last);
  });

  it('resumes a persisted step as it was (a reload changes nothing by itself)', () => {
    const at = batch.findIndex((s) => s.id === 'create-rule');
    const progress = startTour('batch', batch, page('/r/instances/i/scan'), at);
    const reloaded = JSON.parse(JSON.stringify(progress));
    expect(advance(reloaded, batch, page('/r/instances/i/scan'))).toEqual(progress);
  });

  it('skips the VPC branch when the instance already has one', () => {
    const at = batch.findIndex((s) => s.id === 'vpc-needed');
    let progress = startTour('batch', batch, page('/r/instances/i/scan'), at);
    progress = advance(
      progress,
      batch,
      page('/r/instances/i/scan', { '[data-tour="create-rule"]:not([disabled])': {} }),
    );
    expect(idOf(batch, progress.step)).toBe('engine');
  });

  it('walks the VPC branch when there is none: alert → 专有网络 → dialog → linked → back to 镜像扫描', () => {
    const at = batch.findIndex((s) => s.id === 'vpc-needed');
    let progress = startTour('batch', batch, page('/r/instances/i/scan', { '[data-tour="vpc-alert"]': {} }), at);
    progress = advance(progress, batch, page('/r/instances/i/scan', { '[data-tour="vpc-alert"]': {} }));
    expect(idOf(batch, progress.step)).toBe('vpc-needed');
    progress = advance(progress, batch, page('/r/instances/i/vpc'));
    expect(idOf(batch, progress.step)).toBe('vpc-add');
    progress = advance(progress, batch, page('/r/instances/i/vpc', { '[data-tour="vpc-form"]': {} }));
    expect(idOf(batch, progress.step)).toBe('vpc-form');
    progress = advance(progress, batch, page('/r/instances/i/vpc', { 'main tr.ant-table-row': {} }));
    expect(idOf(batch, progress.step)).toBe('vpc-back');
    progress = advance(progress, batch, page('/r/instances/i/scan'));
    expect(idOf(batch, progress.step)).toBe('engine');
  });

  it('waits on the task: a new first task row, then its status 扫描完成', () => {
    const rows = '[data-tour="task-section"] tr.ant-table-row';
    const status = `${rows} [data-tour="task-status"]`;
    const ready = { '[data-tour="task-section"][data-ready="true"]': {} };
    const at = batch.findIndex((s) => s.id === 'run');
    let progress = startTour('batch', batch, page('/r/instances/i/scan', ready), at);
    expect(progress.anchor).toBe('');
    progress = advance(
      progress,
      batch,
      page('/r/instances/i/scan', {
        ...ready,
        [rows]: { 'data-row-key': 't-1' },
        [status]: { 'data-status': 'SCANNING' },
      }),
    );
    expect(idOf(batch, progress.step)).toBe('task-status');
    progress = advance(
      progress,
      batch,
      page('/r/instances/i/scan', {
        ...ready,
        [rows]: { 'data-row-key': 't-1' },
        [status]: { 'data-status': 'COMPLETE' },
      }),
    );
    expect(idOf(batch, progress.step)).toBe('view-task');
  });

  it('fills the wizard: a rule name moves on to 扫描范围', () => {
    const at = batch.findIndex((s) => s.id === 'rule-name');
    const wizard = '/r/instances/i/scan';
    let progress = startTour('batch', batch, page(wizard), at);
    progress = advance(progress, batch, page(wizard, { '[data-tour="rule-form"] #RuleName': { value: '  ' } }));
    expect(idOf(batch, progress.step)).toBe('rule-name');
    progress = advance(progress, batch, page(wizard, { '[data-tour="rule-form"] #RuleName': { value: 'nightly' } }));
    expect(idOf(batch, progress.step)).toBe('rule-scope');
  });

  it('going back to a done step waits for it to be undone instead of bouncing forward', () => {
    const env = page('/r/instances/i/overview');
    let progress = startTour('batch', batch, env, 2);
    progress = moveTo(progress, batch, 1, env);
    expect(progress.rearm).toBe(true);
    progress = advance(progress, batch, env);
    expect(idOf(batch, progress.step)).toBe('instance');
    progress = advance(progress, batch, page('/r/instances'));
    progress = advance(progress, batch, page('/r/instances/i/overview'));
    expect(idOf(batch, progress.step)).toBe('scan');
  });

  it('reads the picked instance, repository and tag from the path', () => {
    expect(contextFrom('/cn-hangzhou/instances/cri-1/repositories/crr-2/tags/v1%2B1/scan', {})).toEqual({
      regionId: 'cn-hangzhou',
      instanceId: 'cri-1',
      repoId: 'crr-2',
      tag: 'v1+1',
    });
    expect(contextFrom('/settings', { regionId: 'x' })).toEqual({ regionId: 'x' });
  });
});

/** The data-generation token that caches of derived data (reports, search, tag lists) compare. */
import { describe, expect, it } from 'vitest';
import { backend } from '../node';
import { callAction } from '../testing/api';
import { dataGeneration, read, write } from './transactions';

const generation = () => read(backend.store, ['meta'], (tx) => dataGeneration(tx));

describe('the data generation', () => {
  it('is renewed by a write to a store reports read, and kept by one that opts out or touches none', async () => {
    await callAction('GetDemoState', {});
    const start = await generation();
    expect(start).toBeDefined();

    // A running scan's progress: the same store, but nothing derived reads it.
    await write(backend.store, ['scanTasks'], async () => undefined, { renewsGeneration: false });
    expect(await generation()).toBe(start);
    // A store outside the tracked set.
    await write(backend.store, ['eventRules'], async () => undefined);
    expect(await generation()).toBe(start);

    await write(backend.store, ['scanTasks'], async () => undefined);
    const renewed = await generation();
    expect(renewed).toBeDefined();
    expect(renewed).not.toBe(start);
  });
});

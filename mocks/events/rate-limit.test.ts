import { describe, expect, it } from 'vitest';
import { createRateLimiter, DINGTALK_ROBOT_RATE } from './rate-limit';

/** A clock that only moves when someone sleeps on it. */
function fakeClock(start = 1_000_000) {
  let t = start;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    advance: (ms: number) => {
      t += ms;
    },
    sleeps,
    get t() {
      return t;
    },
  };
}

describe('createRateLimiter', () => {
  it('lets 20 sends through at once and holds the 21st until the first leaves the 60 s window', async () => {
    const clock = fakeClock();
    const limiter = createRateLimiter({ ...DINGTALK_ROBOT_RATE, now: clock.now, sleep: clock.sleep });
    const startedAt: number[] = [];
    const sends = Array.from({ length: 21 }, (_, i) =>
      limiter.schedule('robot-a', async () => {
        startedAt.push(clock.t);
        return i;
      }),
    );
    expect(await Promise.all(sends)).toEqual(Array.from({ length: 21 }, (_, i) => i));
    expect(startedAt.slice(0, 20).every((t) => t === 1_000_000)).toBe(true);
    expect(startedAt[20]).toBe(1_000_000 + 60_000);
    expect(clock.sleeps).toEqual([60_000]);
  });

  it('waits only as long as needed when earlier sends were spread out', async () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter({ limit: 2, windowMs: 1_000, now: clock.now, sleep: clock.sleep });
    await limiter.schedule('k', async () => undefined); // t=0
    clock.advance(400);
    await limiter.schedule('k', async () => undefined); // t=400
    const third = limiter.schedule('k', async () => clock.t);
    expect(await third).toBe(1_000); // first leaves the window at t=1000
    const fourth = await limiter.schedule('k', async () => clock.t);
    expect(fourth).toBe(1_400);
  });

  it('keeps FIFO order per key and never drops', async () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter({ limit: 1, windowMs: 100, now: clock.now, sleep: clock.sleep });
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4, 5].map((n) =>
        limiter.schedule('k', async () => {
          order.push(n);
        }),
      ),
    );
    expect(order).toEqual([1, 2, 3, 4, 5]);
    expect(clock.t).toBe(400);
  });

  it('does not make other keys wait', async () => {
    const clock = fakeClock(0);
    let releaseSleep: () => void = () => undefined;
    const blockingSleep = createRateLimiter({
      limit: 1,
      windowMs: 60_000,
      now: clock.now,
      sleep: (ms) =>
        new Promise<void>((resolve) => {
          releaseSleep = () => {
            clock.advance(ms);
            resolve();
          };
        }),
    });
    await blockingSleep.schedule('a', async () => undefined);
    const queued = blockingSleep.schedule('a', async () => 'a2');
    await Promise.resolve();
    expect(blockingSleep.waiting('a')).toBe(1);
    // Key b goes straight through while key a is stuck waiting.
    expect(await blockingSleep.schedule('b', async () => 'b1')).toBe('b1');
    expect(blockingSleep.waiting('a')).toBe(1);
    releaseSleep();
    expect(await queued).toBe('a2');
    expect(blockingSleep.waiting('a')).toBe(0);
    // Two fresh keys with one slot each both start immediately.
    const other = fakeClock(0);
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000, now: other.now, sleep: other.sleep });
    const starts = await Promise.all([
      limiter.schedule('x', async () => other.t),
      limiter.schedule('y', async () => other.t),
    ]);
    expect(starts).toEqual([0, 0]);
  });

  it('passes task failures through and keeps the queue moving; a failed send still uses its slot', async () => {
    const clock = fakeClock(0);
    const limiter = createRateLimiter({ limit: 1, windowMs: 50, now: clock.now, sleep: clock.sleep });
    const failing = limiter.schedule('k', async () => {
      throw new Error('boom');
    });
    const next = limiter.schedule('k', async () => clock.t);
    await expect(failing).rejects.toThrow('boom');
    expect(await next).toBe(50);
  });

  it('rejects nonsensical limits', () => {
    expect(() => createRateLimiter({ limit: 0, windowMs: 1 })).toThrow(RangeError);
    expect(() => createRateLimiter({ limit: 1, windowMs: 0 })).toThrow(RangeError);
  });
});

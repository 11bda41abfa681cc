/**
 * A per-key sliding-window limiter: at most `limit` sends start within any `windowMs`, per key.
 *
 * DingTalk throttles each robot webhook to 20 messages a minute and answers errcode 130101 beyond that (then
 * throttles the robot for 10 minutes), so we hold extra notifications back instead of losing them. Sends for
 * one key start in FIFO order; keys never wait for each other. Clock and sleep are injected so tests (and the
 * demo clock) control time.
 */

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

export interface RateLimiter {
  /**
   * Runs `task` once a slot is free for `key`. Resolves or rejects with the task's outcome; the slot is taken
   * when the task starts, whatever its outcome (a failed send still counted against DingTalk's quota).
   */
  schedule<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** Tasks for `key` still waiting for a slot. */
  waiting(key: string): number;
}

/** DingTalk custom robots: 20 messages per 60 s per webhook. */
export const DINGTALK_ROBOT_RATE = { limit: 20, windowMs: 60_000 } as const;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

interface KeyState {
  /** Start times of the sends still inside the window, oldest first. */
  starts: number[];
  /** Tail of the FIFO: resolves when the last queued task has taken its slot. */
  tail: Promise<void>;
  waiting: number;
}

export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const { limit, windowMs } = options;
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a positive integer, got ${limit}`);
  if (!(windowMs > 0)) throw new RangeError(`windowMs must be positive, got ${windowMs}`);
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? realSleep;
  const states = new Map<string, KeyState>();

  const stateOf = (key: string): KeyState => {
    let state = states.get(key);
    if (!state) {
      state = { starts: [], tail: Promise.resolve(), waiting: 0 };
      states.set(key, state);
    }
    return state;
  };

  /** Waits until a slot is free and takes it. A send at time t occupies the window (t - windowMs, t]. */
  const acquire = async (state: KeyState): Promise<void> => {
    for (;;) {
      const t = now();
      while (state.starts.length > 0 && (state.starts[0] as number) <= t - windowMs) state.starts.shift();
      if (state.starts.length < limit) {
        state.starts.push(t);
        return;
      }
      await sleep((state.starts[0] as number) + windowMs - t);
    }
  };

  return {
    schedule<T>(key: string, task: () => Promise<T>): Promise<T> {
      const state = stateOf(key);
      state.waiting += 1;
      // Slot-taking is serialised per key and the task is started inside that step, so the next task cannot
      // take a slot before this one has actually started; the sends themselves may still overlap.
      let run: Promise<T> | undefined;
      const started = state.tail.then(async () => {
        try {
          await acquire(state);
        } finally {
          state.waiting -= 1;
        }
        run = task();
      });
      // A failed wait (a rejecting injected sleep, a throwing task) must not wedge the queue behind it.
      state.tail = started.catch(() => undefined);
      return started.then(() => run as Promise<T>);
    },
    waiting(key: string): number {
      return states.get(key)?.waiting ?? 0;
    },
  };
}

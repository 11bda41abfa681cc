import { describe, expect, it } from 'vitest';
import { type DeliverOptions, type DeliveryRequest, deliver, type FetchLike, isDingTalkUrl } from './deliver';

const HTTP: DeliveryRequest = {
  url: 'https://hooks.example.test/acr',
  method: 'POST',
  headers: { 'Content-Type': 'application/json; charset=utf-8' },
  body: '{"hello":"world"}',
};
const DING: DeliveryRequest = {
  ...HTTP,
  url: 'https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1&sign=s',
};

type Step = Response | Error | 'hang';

/** A fetch that plays a script, one step per call, and records what it was asked. */
function scriptedFetch(steps: Step[]) {
  const calls: { url: string; method: string; headers: Record<string, string>; body: string }[] = [];
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, method: init.method, headers: init.headers, body: init.body });
    const step = steps.shift();
    if (step === undefined) throw new Error('fetch called more often than scripted');
    if (step === 'hang') {
      // Like a real fetch: never answers, rejects when aborted.
      return new Promise<Response>((_, reject) => {
        init.signal.addEventListener('abort', () =>
          reject(new DOMException('This operation was aborted', 'AbortError')),
        );
      });
    }
    return step instanceof Error ? Promise.reject(step) : Promise.resolve(step);
  };
  return { fetch, calls };
}

function fakeTime() {
  let t = 1_767_225_600_000;
  const sleeps: number[] = [];
  return {
    now: () => t,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      t += ms;
    },
    sleeps,
  };
}

const json = (value: unknown, status = 200) =>
  new Response(JSON.stringify(value), { status, headers: { 'Content-Type': 'application/json' } });

function options(fetch: FetchLike, extra: Partial<DeliverOptions> = {}) {
  const time = fakeTime();
  return { time, options: { fetch, now: time.now, sleep: time.sleep, ...extra } satisfies DeliverOptions };
}

describe('deliver', () => {
  it('succeeds on a 2xx first try and sends the request as given', async () => {
    const { fetch, calls } = scriptedFetch([new Response('accepted', { status: 202 })]);
    const { options: o, time } = options(fetch);
    const result = await deliver(HTTP, o);
    expect(result.ok).toBe(true);
    expect(result.attempts).toEqual([
      { attempt: 1, startedAt: 1_767_225_600_000, durationMs: 0, status: 202, responseBody: 'accepted' },
    ]);
    expect(calls).toEqual([{ url: HTTP.url, method: 'POST', headers: HTTP.headers, body: HTTP.body }]);
    expect(time.sleeps).toEqual([]);
  });

  it('retries 5xx with 1 s, 2 s backoff and records every attempt', async () => {
    const { fetch } = scriptedFetch([
      new Response('oops', { status: 500 }),
      new Response('still', { status: 502, statusText: 'Bad Gateway' }),
      new Response('ok', { status: 200 }),
    ]);
    const { options: o, time } = options(fetch);
    const result = await deliver(HTTP, o);
    expect(result.ok).toBe(true);
    expect(result.attempts.map((a) => [a.attempt, a.status, a.errorKind])).toEqual([
      [1, 500, 'http'],
      [2, 502, 'http'],
      [3, 200, undefined],
    ]);
    expect(result.attempts[1]?.error).toBe('The receiver answered HTTP 502 Bad Gateway.');
    expect(result.attempts[0]?.responseBody).toBe('oops');
    expect(time.sleeps).toEqual([1_000, 2_000]);
    expect(result.attempts[2]?.startedAt).toBe(1_767_225_600_000 + 3_000);
  });

  it('gives up after the configured retries, with doubling backoff', async () => {
    const { fetch, calls } = scriptedFetch(Array.from({ length: 4 }, () => new Response('', { status: 503 })));
    const { options: o, time } = options(fetch);
    const result = await deliver(HTTP, o);
    expect(result.ok).toBe(false);
    expect(result.attempts).toHaveLength(4);
    expect(calls).toHaveLength(4);
    expect(time.sleeps).toEqual([1_000, 2_000, 4_000]);

    const once = scriptedFetch([new Response('', { status: 503 }), new Response('', { status: 503 })]);
    const custom = options(once.fetch, { retries: 1, backoffMs: 250 });
    expect((await deliver(HTTP, custom.options)).attempts).toHaveLength(2);
    expect(custom.time.sleeps).toEqual([250]);
  });

  it('does not retry other 4xx', async () => {
    for (const status of [400, 401, 403, 404, 410, 422]) {
      const { fetch, calls } = scriptedFetch([new Response('no', { status })]);
      const { options: o, time } = options(fetch);
      const result = await deliver(HTTP, o);
      expect(result.ok).toBe(false);
      expect(result.attempts).toHaveLength(1);
      expect(result.attempts[0]?.status).toBe(status);
      expect(calls).toHaveLength(1);
      expect(time.sleeps).toEqual([]);
    }
  });

  it('retries 429 and honours a short Retry-After', async () => {
    const { fetch } = scriptedFetch([
      new Response('slow down', { status: 429, headers: { 'Retry-After': '5' } }),
      new Response('ok'),
    ]);
    const { options: o, time } = options(fetch);
    expect((await deliver(HTTP, o)).ok).toBe(true);
    expect(time.sleeps).toEqual([5_000]);
  });

  it('times out, cancels the request and retries', async () => {
    const { fetch } = scriptedFetch(['hang', new Response('ok')]);
    const { options: o } = options(fetch, { timeoutMs: 20 });
    const result = await deliver(HTTP, o);
    expect(result.ok).toBe(true);
    expect(result.attempts[0]?.errorKind).toBe('timeout');
    expect(result.attempts[0]?.error).toBe('No complete response within 0.02 s; the request was cancelled.');
    expect(result.attempts[0]?.status).toBeUndefined();
  });

  it('times out even when the fetch ignores the abort signal', async () => {
    const fetch: FetchLike = () => new Promise<Response>(() => undefined);
    const { options: o } = options(fetch, { timeoutMs: 10, retries: 0 });
    const result = await deliver(HTTP, o);
    expect(result.attempts.map((a) => a.errorKind)).toEqual(['timeout']);
  });

  it('turns "Failed to fetch" into a readable reason and retries', async () => {
    const { fetch } = scriptedFetch([new TypeError('Failed to fetch'), new Response('ok')]);
    const { options: o, time } = options(fetch);
    const result = await deliver(HTTP, o);
    expect(result.ok).toBe(true);
    const reason = result.attempts[0]?.error ?? '';
    expect(result.attempts[0]?.errorKind).toBe('network');
    expect(reason).toContain('TypeError: Failed to fetch');
    expect(reason).toMatch(/unreachable/);
    expect(reason).toMatch(/CORS/);
    expect(reason).toMatch(/offline/);
    expect(time.sleeps).toEqual([1_000]);
  });

  it('rejects an address that is not http(s) without calling fetch', async () => {
    const { fetch, calls } = scriptedFetch([]);
    for (const url of ['not a url', 'ftp://example.test/x']) {
      const result = await deliver({ ...HTTP, url }, options(fetch).options);
      expect(result.ok).toBe(false);
      expect(result.attempts).toHaveLength(1);
      expect(result.attempts[0]?.errorKind).toBe('invalid-url');
    }
    expect(calls).toHaveLength(0);
  });

  it('keeps only the first 4 KiB of the response body', async () => {
    const big = 'x'.repeat(10_000);
    const { fetch } = scriptedFetch([new Response(big, { status: 200 })]);
    const result = await deliver(HTTP, options(fetch).options);
    expect(result.attempts[0]?.responseBody).toBe('x'.repeat(4096));

    const multiByte = '镜'.repeat(2_000); // 3 bytes each: 4096 cuts inside a character
    const second = scriptedFetch([new Response(multiByte, { status: 200 })]);
    const body = (await deliver(HTTP, options(second.fetch).options)).attempts[0]?.responseBody ?? '';
    expect(body).toBe('镜'.repeat(1365));
  });

  describe('DingTalk', () => {
    it('succeeds only on errcode 0', async () => {
      const { fetch } = scriptedFetch([json({ errcode: 0, errmsg: 'ok' })]);
      const result = await deliver(DING, options(fetch).options);
      expect(result.ok).toBe(true);
      expect(result.attempts[0]).toMatchObject({ status: 200, errcode: 0 });
    });

    it('treats a 200 with a signature or token error as a failure and does not retry', async () => {
      for (const reply of [
        { errcode: 310000, errmsg: 'sign not match, more: [https://ding-doc.dingtalk.com/doc#/serverapi2/qf2nxq]' },
        { errcode: 300001, errmsg: 'token is not exist' },
      ]) {
        const { fetch, calls } = scriptedFetch([json(reply)]);
        const { options: o, time } = options(fetch);
        const result = await deliver(DING, o);
        expect(result.ok).toBe(false);
        expect(calls).toHaveLength(1);
        expect(time.sleeps).toEqual([]);
        expect(result.attempts[0]).toMatchObject({ status: 200, errcode: reply.errcode, errorKind: 'dingtalk' });
        expect(result.attempts[0]?.error).toBe(
          `DingTalk rejected the message: errcode ${reply.errcode}, ${reply.errmsg}`,
        );
      }
    });

    it('retries errcode 130101 (send too fast)', async () => {
      const { fetch } = scriptedFetch([
        json({ errcode: 130101, errmsg: 'send too fast, exceed 20 times per minute' }),
        json({ errcode: 0, errmsg: 'ok' }),
      ]);
      const { options: o, time } = options(fetch);
      const result = await deliver(DING, o);
      expect(result.ok).toBe(true);
      expect(result.attempts.map((a) => a.errcode)).toEqual([130101, 0]);
      expect(time.sleeps).toEqual([1_000]);
    });

    it('fails a 200 without an errcode (not a robot)', async () => {
      const { fetch } = scriptedFetch([new Response('<html>hi</html>', { status: 200 })]);
      const result = await deliver(DING, options(fetch).options);
      expect(result.ok).toBe(false);
      expect(result.attempts[0]?.errorKind).toBe('dingtalk');
    });

    it('applies DingTalk rules to a configured demo host and HTTP rules elsewhere', async () => {
      const demo = { ...HTTP, url: 'http://127.0.0.1:4173/demo-receiver/robot/send?access_token=t' };
      const reply = () => json({ errcode: 310000, errmsg: 'sign not match' });
      const asDing = scriptedFetch([reply()]);
      expect((await deliver(demo, options(asDing.fetch, { dingTalkHosts: ['127.0.0.1:4173'] }).options)).ok).toBe(
        false,
      );
      const asHttp = scriptedFetch([reply()]);
      expect((await deliver(demo, options(asHttp.fetch).options)).ok).toBe(true);
    });
  });
});

describe('isDingTalkUrl', () => {
  it('recognises oapi.dingtalk.com and configured hosts only', () => {
    expect(isDingTalkUrl('https://oapi.dingtalk.com/robot/send?access_token=x')).toBe(true);
    expect(isDingTalkUrl('https://OAPI.DINGTALK.COM/robot/send')).toBe(true);
    expect(isDingTalkUrl('https://oapi.dingtalk.com.evil.test/robot/send')).toBe(false);
    expect(isDingTalkUrl('http://localhost:5173/robot', ['localhost:5173'])).toBe(true);
    expect(isDingTalkUrl('nonsense')).toBe(false);
  });
});

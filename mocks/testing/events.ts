/**
 * Test helpers for event notifications: a fake `fetch` that records every request and answers what the test
 * says, installed on the Node backend together with instant backoff, and a way to wait for deliveries.
 */
import { afterEach, beforeEach, expect } from 'vitest';
import type { FetchLike } from '../events';
import { backend } from '../node';
import { settleEvents } from '../services/event-delivery';
import { callAction } from './api';

export interface SentRequest {
  url: string;
  headers: Record<string, string>;
  body: string;
}

export interface FakeNetwork {
  requests: SentRequest[];
  /** What the next requests get; default HTTP 200 `ok`. */
  answer: (request: SentRequest) => Response | Promise<Response>;
  /** Every backoff and rate-limit wait asked for, in ms. */
  sleeps: number[];
  /** Added to the real clock by the fake `sleep`, so waits pass instantly but time moves on. */
  offset: number;
}

/** Installs a fresh fake network on the test backend before each test and removes it after. */
export function installFakeNetwork(): FakeNetwork {
  const net: FakeNetwork = { requests: [], answer: () => new Response('ok'), sleeps: [], offset: 0 };
  beforeEach(async () => {
    net.requests = [];
    net.answer = () => new Response('ok');
    net.sleeps = [];
    net.offset = 0;
    const fetch: FetchLike = async (url, init) => {
      const request = { url, headers: { ...init.headers }, body: init.body };
      net.requests.push(request);
      return net.answer(request);
    };
    backend.events = undefined;
    backend.http = {
      fetch,
      now: () => Date.now() + net.offset,
      sleep: async (ms) => {
        net.sleeps.push(ms);
        net.offset += ms;
      },
    };
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  });
  afterEach(async () => {
    await settleEvents(backend);
    backend.http = undefined;
    backend.events = undefined;
  });
  return net;
}

/** Waits until every delivery started so far has finished. */
export const settled = () => settleEvents(backend);

/** A DingTalk robot's reply. */
export const dingTalkReply = (errcode = 0, errmsg = 'ok') =>
  new Response(JSON.stringify({ errcode, errmsg }), { headers: { 'Content-Type': 'application/json' } });

/** Polls a record until it is no longer PENDING and returns it with its attempts. */
export async function finishedRecord(InstanceId: string, RecordId: string) {
  await expect
    .poll(async () => (await callAction('GetEventCenterRecord', { InstanceId, RecordId })).Record.Status, {
      timeout: 20_000,
      interval: 20,
    })
    .not.toBe('PENDING');
  return callAction('GetEventCenterRecord', { InstanceId, RecordId });
}

/** `EventConfig` as the console sends it. */
export const eventConfig = (config: Record<string, unknown>) => JSON.stringify(config);

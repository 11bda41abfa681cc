import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, callAction, setApiBase } from './client';
import { ACTIONS } from './contract/actions';

// The client is tested on its own: fetch is replaced by a stand-in that answers like the real gateway.
const BASE = 'http://api.test/';
const REQUEST_ID = '11F182E1-0F84-4F5B-8D3B-61E991482727';
const seen: { url: URL; method: string }[] = [];
let reply: () => Response;

beforeEach(() => {
  setApiBase(BASE);
  vi.stubGlobal('fetch', async (input: URL, init?: RequestInit) => {
    seen.push({ url: new URL(input), method: init?.method ?? 'GET' });
    return reply();
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  seen.length = 0;
});

function answer(status: number, body: unknown) {
  reply = () => Response.json(body, { status });
}

describe('callAction', () => {
  it('sends Action, Version and every parameter in the query string with the action’s method', async () => {
    answer(200, { RequestId: REQUEST_ID, Code: 'success', IsSuccess: true, Count: 3 });
    const res = await callAction('GetInstanceCount', { RegionId: 'cn-hangzhou' });
    expect(res.Count).toBe(3);
    expect(seen[0]?.method).toBe('POST');
    const url = seen[0]?.url;
    expect(url?.searchParams.get('Action')).toBe('GetInstanceCount');
    expect(url?.searchParams.get('Version')).toBe('2018-12-01');
    expect(url?.searchParams.get('RegionId')).toBe('cn-hangzhou');
  });

  it('uses GET for the actions the real API serves with GET', async () => {
    answer(200, { RequestId: REQUEST_ID, Code: 'TAG_NOT_EXIST', IsSuccess: false });
    await callAction('GetRepoTag', { InstanceId: 'cri-x', RepoId: 'crr-x', Tag: 'v1' }).catch(() => undefined);
    expect(seen[0]?.method).toBe('GET');
  });

  it('raises gateway errors with their code, message, status and request id', async () => {
    answer(400, {
      RequestId: REQUEST_ID,
      HostId: 'cr.cn-hangzhou.aliyuncs.com',
      Code: 'MissingParameter',
      Message: 'm',
    });
    const error = await callAction('GetInstance', { InstanceId: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'MissingParameter', httpStatus: 400, requestId: REQUEST_ID });
  });

  it('raises business errors that arrive with HTTP 200 and IsSuccess false', async () => {
    answer(200, { RequestId: REQUEST_ID, Code: 'INSTANCE_NOT_EXIST', IsSuccess: false });
    await expect(callAction('GetInstance', { InstanceId: 'cri-nope' })).rejects.toMatchObject({
      code: 'INSTANCE_NOT_EXIST',
      httpStatus: 200,
    });
  });

  it('refuses a success body that breaks the contract instead of passing it on', async () => {
    answer(200, { RequestId: REQUEST_ID, Code: 'success', IsSuccess: true, Count: 'three' });
    await expect(callAction('GetInstanceCount', { RegionId: 'cn-hangzhou' })).rejects.toMatchObject({
      code: 'InvalidResponse',
    });
  });

  it('reports an unreachable server as a network error', async () => {
    reply = () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(callAction('GetInstanceCount', { RegionId: 'cn-hangzhou' })).rejects.toMatchObject({
      code: 'NetworkError',
    });
  });
});

describe('api', () => {
  it('has one function per action of the contract', () => {
    expect(Object.keys(api).sort()).toEqual(Object.keys(ACTIONS).sort());
  });

  it('calls its action', async () => {
    answer(200, { RequestId: REQUEST_ID, Code: 'success', IsSuccess: true, Regions: [] });
    await api.ListInstanceRegion({ Lang: 'en-US' });
    expect(seen[0]?.url.searchParams.get('Action')).toBe('ListInstanceRegion');
    expect(seen[0]?.url.searchParams.get('Lang')).toBe('en-US');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { GatewayErrorSchema, RequestIdSchema } from '@/api/contract/wire';
import { server, TEST_API_URL } from '../node';
import { createServiceContext } from '../services/context';
import { actionQuery, rawCall } from '../testing/api';
import { createHandlers } from '.';

describe('RPC gateway: envelopes', () => {
  it('answers a success with RequestId, Code "success", IsSuccess true and the payload at top level', async () => {
    const { status, body } = await rawCall(actionQuery('ListInstanceRegion'));
    expect(status).toBe(200);
    expect(RequestIdSchema.safeParse(body.RequestId).success).toBe(true);
    expect(body).toMatchObject({ Code: 'success', IsSuccess: true });
    expect(body).not.toHaveProperty('Data');
    expect(Array.isArray(body.Regions)).toBe(true);
  });

  it('gives every response a fresh upper-case UUID request id', async () => {
    const ids = new Set<unknown>();
    for (let i = 0; i < 5; i++)
      ids.add((await rawCall(actionQuery('GetInstanceCount', { RegionId: 'cn-hangzhou' }))).body.RequestId);
    expect(ids.size).toBe(5);
    for (const id of ids) expect(String(id)).toMatch(/^[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}$/);
  });

  it('answers GET and POST alike, whatever the action declares', async () => {
    const get = await rawCall(actionQuery('GetInstanceCount', { RegionId: 'cn-hangzhou' }), { method: 'GET' });
    const post = await rawCall(actionQuery('GetInstanceCount', { RegionId: 'cn-hangzhou' }), { method: 'POST' });
    expect(get.body.Count).toBe(2);
    expect(post.body.Count).toBe(2);
  });

  it('accepts parameters in a form-encoded POST body too', async () => {
    const res = await fetch(`${TEST_API_URL}?Action=GetInstanceCount&Version=2018-12-01`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'RegionId=cn-shanghai',
    });
    expect(await res.json()).toMatchObject({ Count: 1, IsSuccess: true });
  });

  it('reports a business failure as HTTP 200 with IsSuccess false, Code and Message', async () => {
    const { status, body } = await rawCall(actionQuery('GetInstance', { InstanceId: 'cri-doesnotexist0000' }));
    expect(status).toBe(200);
    expect(body).toMatchObject({
      IsSuccess: false,
      Code: 'INSTANCE_NOT_EXIST',
      Message: 'The instance does not exist.',
    });
    expect(RequestIdSchema.safeParse(body.RequestId).success).toBe(true);
  });
});

describe('RPC gateway: gateway errors', () => {
  const cases: { title: string; query: Record<string, unknown>; status: number; code: string; message?: RegExp }[] = [
    { title: 'unknown action', query: actionQuery('CreateInstance'), status: 404, code: 'InvalidAction.NotFound' },
    {
      title: 'missing Action',
      query: { Version: '2018-12-01' },
      status: 400,
      code: 'MissingParameter',
      message: /"Action"/,
    },
    {
      title: 'missing Version',
      query: { Action: 'ListInstanceRegion' },
      status: 400,
      code: 'InvalidVersion',
    },
    {
      title: 'wrong Version',
      query: { Action: 'ListInstanceRegion', Version: '2016-06-07' },
      status: 400,
      code: 'InvalidVersion',
    },
    {
      title: 'missing required parameter',
      query: actionQuery('GetInstance'),
      status: 400,
      code: 'MissingParameter',
      message: /"InstanceId"/,
    },
    {
      title: 'empty required parameter',
      query: actionQuery('ListInstance', { RegionId: '' }),
      status: 400,
      code: 'MissingParameter',
      message: /"RegionId"/,
    },
    {
      title: 'PageSize above 100',
      query: actionQuery('ListInstance', { RegionId: 'cn-hangzhou', PageSize: 101 }),
      status: 400,
      code: 'InvalidParameter',
      message: /"PageSize"/,
    },
    {
      title: 'PageNo not a number',
      query: actionQuery('ListInstance', { RegionId: 'cn-hangzhou', PageNo: 'first' }),
      status: 400,
      code: 'InvalidParameter',
      message: /"PageNo"/,
    },
    {
      title: 'PageNo zero',
      query: actionQuery('ListInstance', { RegionId: 'cn-hangzhou', PageNo: 0 }),
      status: 400,
      code: 'InvalidParameter',
      message: /"PageNo"/,
    },
    {
      title: 'enum value out of range',
      query: actionQuery('ListInstanceRegion', { Lang: 'fr-FR' }),
      status: 400,
      code: 'InvalidParameter',
      message: /"Lang"/,
    },
    {
      title: 'boolean that is not true/false',
      query: actionQuery('ListInstanceEndpoint', { InstanceId: 'cri-x', Summary: 'yes' }),
      status: 400,
      code: 'InvalidParameter',
      message: /"Summary"/,
    },
    {
      title: 'unknown demo seed',
      query: actionQuery('ResetDemoWorld', { SeedName: 'huge' }),
      status: 400,
      code: 'InvalidParameter',
      message: /"SeedName"/,
    },
  ];

  it.each(cases)('$title → HTTP $status $code', async ({ query, status, code, message }) => {
    const res = await rawCall(query);
    expect(res.status).toBe(status);
    const body = GatewayErrorSchema.parse(res.body);
    expect(body.Code).toBe(code);
    expect(body.HostId).toMatch(/^cr\.[a-z0-9-]+\.aliyuncs\.com$/);
    if (message) expect(body.Message).toMatch(message);
  });

  it('names the regional endpoint of the request in HostId', async () => {
    const res = await rawCall(actionQuery('ListInstance', { RegionId: 'cn-shanghai', PageSize: 500 }));
    expect(res.body.HostId).toBe('cr.cn-shanghai.aliyuncs.com');
  });

  it('ignores parameters an action does not declare (SDK common parameters)', async () => {
    const res = await rawCall(
      actionQuery('GetInstanceCount', { RegionId: 'cn-hangzhou', Format: 'JSON', SignatureMethod: 'HMAC-SHA1' }),
    );
    expect(res.body).toMatchObject({ IsSuccess: true, Count: 2 });
  });

  it('answers other HTTP methods with InvalidAction.NotFound', async () => {
    const res = await rawCall(actionQuery('GetInstanceCount', { RegionId: 'cn-hangzhou' }), { method: 'PUT' });
    expect(res.status).toBe(404);
    expect(res.body.Code).toBe('InvalidAction.NotFound');
  });
});

describe('RPC gateway: system errors', () => {
  it('turns an unexpected exception into HTTP 500 SystemError and logs it', async () => {
    const brokenClock = {
      now: (): number => {
        throw new Error('clock broke');
      },
    };
    const context = createServiceContext({ name: 'broken-clock', clock: brokenClock });
    server.use(...createHandlers(TEST_API_URL, { context, latency: false }));
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const res = await rawCall(actionQuery('CreateNamespace', { InstanceId: 'cri-x', NamespaceName: 'abc' }));
    expect(res.status).toBe(500);
    expect(res.body).toMatchObject({ Code: 'SystemError', Message: 'Unknown error.' });
    expect(log).toHaveBeenCalled();
    log.mockRestore();
    context.store.close();
  });
});

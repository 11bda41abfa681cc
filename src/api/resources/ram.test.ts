/** The UI's permission questions: batched into one CheckPermissions call, identical ones asked once. */
import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { callAction } from '../client';
import { permissionQueries } from './ram';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('permission checks', () => {
  it('asks every question of one tick in one call, identical questions once, answering each in order', async () => {
    await callAction('SwitchIdentity', { UserName: 'auditor' });
    const { Instances } = await callAction('ListInstance', { RegionId: 'cn-hangzhou' });
    const instanceId = Instances[0]?.InstanceId ?? '';
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const client = new QueryClient();
    const write = permissionQueries.check('auditor', 'CreateNamespace', { InstanceId: instanceId, NamespaceName: 'x' });
    const read = permissionQueries.check('auditor', 'ListNamespace', { InstanceId: instanceId });

    const [a, b, c] = await Promise.all([client.fetchQuery(write), client.fetchQuery(read), client.fetchQuery(write)]);

    const checks = fetchSpy.mock.calls.filter(([url]) => String(url).includes('Action=CheckPermissions'));
    expect(checks).toHaveLength(1);
    const questions = JSON.parse(new URL(String(checks[0]?.[0])).searchParams.get('Questions') ?? '[]');
    expect(questions).toHaveLength(2);
    expect(a).toMatchObject({ Action: 'CreateNamespace', Allowed: false, RamAction: 'cr:CreateNamespace' });
    expect(a?.Resource).toContain(`repository/${instanceId}/x`);
    expect(b).toMatchObject({ Action: 'ListNamespace', Allowed: true });
    expect(c).toBe(a);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ActionName } from '@/api/contract/actions';
import { ACTIONS } from '@/api/contract/actions';
import { reason } from '@/api/contract/reasons';
import { backend } from '../node';
import {
  actionQuery,
  callAction,
  callError,
  expectBusinessError,
  instanceByName,
  rawCall,
  repoIdOf,
} from '../testing/api';
import { createScanHost } from './context';
import { STALE_AFTER_MS } from './scan-tasks';

let prodHz: string;
let webApi: string;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  webApi = await repoIdOf(prodHz, 'prod', 'web-api');
});

const originalHost = backend.scans;
afterEach(() => {
  backend.scans = originalHost;
});

type Tag = { InstanceId: string; RepoId: string; Tag: string };

async function waitFinished(tag: Tag) {
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .not.toBe('SCANNING');
  return callAction('GetRepoTagScanStatus', tag);
}

async function scan(tag: Tag) {
  await callAction('CreateRepoTagScanTask', tag);
  return waitFinished(tag);
}

/** A raw call whose body must satisfy the action's response schema exactly. */
async function expectContractBody(action: ActionName, params: Record<string, unknown>) {
  const { status, body } = await rawCall(actionQuery(action, params), { method: ACTIONS[action].method });
  expect(status).toBe(200);
  const parsed = ACTIONS[action].response.safeParse(body);
  expect(parsed.success ? 'valid' : parsed.error.message).toBe('valid');
  return body;
}

describe('scanning a vulnerable tag (prod/web-api:1.4.2, node:18-alpine first release)', () => {
  it('completes with the core findings, summary matching the rows', async () => {
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    const created = await expectContractBody('CreateRepoTagScanTask', tag);
    expect(Object.keys(created).sort()).toEqual(['Code', 'IsSuccess', 'RequestId']);

    const status = await waitFinished(tag);
    expect(status).toMatchObject({ Status: 'COMPLETE', ScanService: 'ACR_SCAN_SERVICE', Progress: 100, Phase: 'DONE' });
    expect(status.ScanTaskId).toMatch(/^[0-9A-F-]{36}$/);
    expect(status.FinishTime).toBeGreaterThanOrEqual(status.StartTime ?? 0);
    const detail = await callAction('GetRepoTag', tag);
    expect(status.Digest).toBe(detail.Digest);

    const summary = await expectContractBody('GetRepoTagScanSummary', tag);
    expect(summary).toMatchObject({
      HighSeverity: 17,
      MediumSeverity: 32,
      LowSeverity: 2,
      UnknownSeverity: 0,
      TotalSeverity: 51,
    });

    const all = await callAction('ListRepoTagScanResult', { ...tag, PageSize: 100 });
    expect(all.TotalCount).toBe(51);
    expect(all.Vulnerabilities).toHaveLength(51);
    expect(all.Vulnerabilities.filter((v) => v.Severity === 'High')).toHaveLength(17);
    expect(all.Vulnerabilities.find((v) => v.CveName === 'CVE-2023-5363' && v.Feature === 'libssl3')).toMatchObject({
      Severity: 'High',
      Version: '3.1.0-r4',
      VersionFixed: '3.1.4-r0',
      VersionFormat: 'apk',
      FixCmd: 'apk upgrade libssl3',
      ScanType: 'cve',
      CveLocation: '/lib/apk/db/installed',
      CveLink: 'https://security.alpinelinux.org/vuln/CVE-2023-5363',
    });
    expect(all.Vulnerabilities.find((v) => v.CveName === 'CVE-2021-3749')).toMatchObject({
      CvssVector: expect.stringMatching(/^CVSS:3\.[01]\//),
      CvssScore: expect.any(Number),
    });
    expect(all.Vulnerabilities.find((v) => v.CveName === 'CVE-2021-3749')).toMatchObject({
      Feature: 'axios',
      Version: '0.21.1',
      VersionFixed: '0.21.2',
      ScanType: 'sca',
      VersionFormat: 'npm',
    });
    for (const row of all.Vulnerabilities) expect(row.AddedBy).toMatch(/^sha256:[0-9a-f]{64}$/);
    await expectContractBody('ListRepoTagScanResult', tag);
    await expectContractBody('GetRepoTagScanStatus', tag);
  });

  it('filters by severity, type and search key, and paginates', async () => {
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    await scan(tag);
    const low = await callAction('ListRepoTagScanResult', { ...tag, Severity: 'Low' });
    expect(low.TotalCount).toBe(2);
    expect(low.Vulnerabilities.every((v) => v.Severity === 'Low')).toBe(true);

    const sca = await callAction('ListRepoTagScanResult', { ...tag, ScanType: 'sca', PageSize: 100 });
    expect(sca.TotalCount).toBe(18);
    const cve = await callAction('ListRepoTagScanResult', { ...tag, ScanType: 'cve', PageSize: 100 });
    expect(cve.TotalCount).toBe(33);

    const openssl = await callAction('ListRepoTagScanResult', { ...tag, VulQueryKey: 'cve-2023-5363' });
    expect(openssl.Vulnerabilities.map((v) => v.Feature).sort()).toEqual(['libcrypto3', 'libssl3']);
    const axios = await callAction('ListRepoTagScanResult', { ...tag, VulQueryKey: 'AXIOS', Severity: 'High' });
    expect(axios.TotalCount).toBe(3);

    const page1 = await callAction('ListRepoTagScanResult', { ...tag, PageNo: 1, PageSize: 20 });
    const page3 = await callAction('ListRepoTagScanResult', { ...tag, PageNo: 3, PageSize: 20 });
    expect(page1).toMatchObject({ PageNo: 1, PageSize: 20, TotalCount: 51 });
    expect(page1.Vulnerabilities).toHaveLength(20);
    expect(page3.Vulnerabilities).toHaveLength(11);
    const past = await callAction('ListRepoTagScanResult', { ...tag, PageNo: 9, PageSize: 20 });
    expect(past.Vulnerabilities).toEqual([]);
    expect((await callError('ListRepoTagScanResult', { ...tag, PageSize: 101 })).code).toBe('InvalidParameter');
  });

  it('reads a task by ScanTaskId alone', async () => {
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    const { ScanTaskId } = await scan(tag);
    if (!ScanTaskId) throw new Error('no task id');
    const summary = await callAction('GetRepoTagScanSummary', { InstanceId: prodHz, ScanTaskId });
    expect(summary.TotalSeverity).toBe(51);
    await expectBusinessError(
      'GetRepoTagScanStatus',
      { InstanceId: prodHz, ScanTaskId: '00000000-0000-0000-0000-000000000000' },
      'SCAN_TASK_NOT_EXIST',
    );
  });
});

describe('scanning clean images', () => {
  it('finds nothing in global/hello:1.0', async () => {
    const sg = (await instanceByName('acr-global-sg', 'ap-southeast-1')).InstanceId;
    const tag = { InstanceId: sg, RepoId: await repoIdOf(sg, 'global', 'hello'), Tag: '1.0' };
    expect((await scan(tag)).Status).toBe('COMPLETE');
    expect(await callAction('GetRepoTagScanSummary', tag)).toMatchObject({ TotalSeverity: 0, HighSeverity: 0 });
    const rows = await callAction('ListRepoTagScanResult', tag);
    expect(rows).toMatchObject({ TotalCount: 0, Vulnerabilities: [] });
  });

  it('records the engine asked for (the cloud-security one once bought)', async () => {
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.3' };
    await callAction('AuthorizeSasAccessRole', {});
    await callAction('CreateSasServiceLinkedRole', {});
    const order = await callAction('CreateSasOrder', { ImageQuota: 50, Period: 1, AgreementAccepted: true });
    await callAction('PaySasOrder', { OrderId: order.OrderId });
    await callAction('CreateRepoTagScanTask', { ...tag, ScanService: 'SAS_SCAN_SERVICE' });
    const done = await waitFinished(tag);
    expect(done.ScanService).toBe('SAS_SCAN_SERVICE');
    // The result names its data: the advisory dataset and, for the cloud engine, the malware signature set.
    expect(done.DbVersion).toMatch(/\S/);
    expect(done.SignatureVersion).toMatch(/^\d{4}\.\d{2}\.\d{2}$/);
  });
});

describe('errors and states without results', () => {
  it('answers TAG_NOT_EXIST for an unknown tag or a digest the tag does not point at', async () => {
    await expectBusinessError(
      'CreateRepoTagScanTask',
      { InstanceId: prodHz, RepoId: webApi, Tag: '9.9' },
      'TAG_NOT_EXIST',
    );
    await expectBusinessError(
      'CreateRepoTagScanTask',
      { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2', Digest: `sha256:${'0'.repeat(64)}` },
      'TAG_NOT_EXIST',
    );
    await expectBusinessError(
      'GetRepoTagScanStatus',
      { InstanceId: prodHz, RepoId: webApi, Tag: '9.9' },
      'TAG_NOT_EXIST',
    );
    await expectBusinessError(
      'CreateRepoTagScanTask',
      { InstanceId: prodHz, RepoId: 'crr-0000000000000000', Tag: '1' },
      'REPO_NOT_EXIST',
    );
  });

  it('answers SCAN_TASK_NOT_EXIST for a tag never scanned', async () => {
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    await expectBusinessError('GetRepoTagScanStatus', tag, 'SCAN_TASK_NOT_EXIST');
    await expectBusinessError('GetRepoTagScanSummary', tag, 'SCAN_TASK_NOT_EXIST');
    await expectBusinessError('ListRepoTagScanResult', tag, 'SCAN_TASK_NOT_EXIST');
    const missing = await callError('GetRepoTagScanStatus', { InstanceId: prodHz, RepoId: webApi });
    expect({ code: missing.code, status: missing.httpStatus }).toEqual({ code: 'MissingParameter', status: 400 });
  });

  it('reports progress while scanning, with zero counts and no rows until COMPLETE', async () => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const inner = originalHost.runner;
    backend.scans = createScanHost({
      run: async (job, onProgress) => {
        onProgress({ phase: 'LAYERS', progress: 40 });
        await gate;
        return inner.run(job, onProgress);
      },
    });
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    await callAction('CreateRepoTagScanTask', tag);
    await expect
      .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Phase, { timeout: 5000, interval: 20 })
      .toBe('LAYERS');
    const running = await callAction('GetRepoTagScanStatus', tag);
    expect(running).toMatchObject({ Status: 'SCANNING', Progress: 40 });
    expect(running.FinishTime).toBeUndefined();
    expect((await callAction('GetRepoTagScanSummary', tag)).TotalSeverity).toBe(0);
    expect((await callAction('ListRepoTagScanResult', tag)).TotalCount).toBe(0);
    // A second request while it runs starts no second task.
    await callAction('CreateRepoTagScanTask', tag);
    expect((await callAction('GetRepoTagScanStatus', tag)).ScanTaskId).toBe(running.ScanTaskId);
    release();
    expect((await waitFinished(tag)).Status).toBe('COMPLETE');
  });

  it('ends FAILED with the engine reason when the scan fails', async () => {
    backend.scans = createScanHost({ run: async () => Promise.reject(new Error('layer 2 is truncated')) });
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    await callAction('CreateRepoTagScanTask', tag);
    const status = await waitFinished(tag);
    expect(status).toMatchObject({ Status: 'FAILED', FailReason: 'The scan failed: layer 2 is truncated' });
    expect((await callAction('GetRepoTagScanSummary', tag)).TotalSeverity).toBe(0);
  });
});

describe('recovery after a reload', () => {
  it('fails a task left SCANNING by a runner that is gone, then scans again', async () => {
    backend.scans = createScanHost({ run: () => new Promise(() => {}) });
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    await callAction('CreateRepoTagScanTask', tag);
    expect((await callAction('GetRepoTagScanStatus', tag)).Status).toBe('SCANNING');

    // The page reloads: a new backend instance, whose runner knows nothing of the old task.
    backend.scans = createScanHost(originalHost.runner);
    expect((await callAction('GetRepoTagScanStatus', tag)).Status).toBe('SCANNING');
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + STALE_AFTER_MS + 1000);
      const status = await callAction('GetRepoTagScanStatus', tag);
      expect(status).toMatchObject({ Status: 'FAILED', FailReason: reason('scan-interrupted') });
    } finally {
      vi.useRealTimers();
    }
    expect((await scan(tag)).Status).toBe('COMPLETE');
  });

  it('fails at once a task its own runner no longer runs', async () => {
    backend.scans = createScanHost({ run: () => new Promise(() => {}) });
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    await callAction('CreateRepoTagScanTask', tag);
    backend.scans.running.clear();
    expect(await callAction('GetRepoTagScanStatus', tag)).toMatchObject({ Status: 'FAILED', Phase: 'DONE' });
  });
});

describe('demo pace', () => {
  it('keeps each step visible at realistic speed', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
    const tag = { InstanceId: prodHz, RepoId: webApi, Tag: '1.4.2' };
    const started = Date.now();
    await callAction('CreateRepoTagScanTask', tag);
    const phases = new Set<string>();
    await expect
      .poll(
        async () => {
          const status = await callAction('GetRepoTagScanStatus', tag);
          phases.add(status.Phase ?? '');
          return status.Status;
        },
        { timeout: 20_000, interval: 100 },
      )
      .toBe('COMPLETE');
    expect(Date.now() - started).toBeGreaterThan(4000);
    expect(phases.has('LAYERS')).toBe(true);
    expect(phases.has('DONE')).toBe(true);
  }, 30_000);
});

/**
 * Presenter pacing: at realistic speed a scan waits on every phase in the backend's task runner, so a demo
 * image takes seconds (as the real service's scans do), not the milliseconds the core needs. Measured on the
 * backend's own clock (the task's StartTime/FinishTime) and through the status the console polls.
 */
import { describe, expect, it } from 'vitest';
import { DEMO_RECEIVER_HOST } from '@/api/contract/events';
import type { ScanPhase } from '@/api/contract/scans';
import { backend } from '../node';
import { callAction, instanceByName, repoIdOf } from '../testing/api';
import { DEMO_RECEIVER_ROUND_TRIP_MS, receiveDemoRequest } from './demo-receiver';

async function webApiTag() {
  const prodHz = (await instanceByName('acr-prod-hz')).InstanceId;
  return { InstanceId: prodHz, RepoId: await repoIdOf(prodHz, 'prod', 'web-api'), Tag: '1.4.2' };
}

/** Polls the status until the task ends, keeping each distinct phase in the order the console saw them. */
async function watchPhases(tag: Awaited<ReturnType<typeof webApiTag>>) {
  const phases: ScanPhase[] = [];
  for (;;) {
    const status = await callAction('GetRepoTagScanStatus', tag);
    const phase = status.Phase ?? 'QUEUED';
    if (status.Status === 'SCANNING' && phases.at(-1) !== phase) phases.push(phase);
    if (status.Status !== 'SCANNING') return { phases, status };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('scan pacing at realistic speed (presenter mode)', () => {
  it('goes through queued → layers → analyzing → matching, and takes seconds of backend time', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
    const tag = await webApiTag();
    await callAction('CreateRepoTagScanTask', tag);
    const { phases, status } = await watchPhases(tag);
    expect(status.Status).toBe('COMPLETE');
    expect(phases[0]).toBe('QUEUED');
    for (const phase of ['LAYERS', 'ANALYZING', 'MATCHING'] as const) expect(phases).toContain(phase);
    expect(phases.indexOf('ANALYZING')).toBeGreaterThan(phases.indexOf('LAYERS'));
    expect(phases.indexOf('MATCHING')).toBeGreaterThan(phases.indexOf('ANALYZING'));
    const took = (status.FinishTime ?? 0) - (status.StartTime ?? 0);
    expect(took).toBeGreaterThanOrEqual(4000);
  }, 30_000);

  it('is instant at instant speed: the same scan finishes in well under a second of backend time', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const tag = await webApiTag();
    await callAction('CreateRepoTagScanTask', tag);
    const { status } = await watchPhases(tag);
    expect(status.Status).toBe('COMPLETE');
    expect((status.FinishTime ?? 0) - (status.StartTime ?? 0)).toBeLessThan(1000);
  });
});

describe('event delivery pacing (the demo receiver)', () => {
  const hook = `https://${DEMO_RECEIVER_HOST}/presenter`;
  const request = { headers: { 'Content-Type': 'application/json' }, body: '{"event":"ScanCompleted"}' };

  it('answers a webhook after a network round trip at realistic speed', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'realistic' });
    const start = Date.now();
    const answer = await receiveDemoRequest(backend, hook, request, start);
    expect(answer.status).toBe(200);
    expect(Date.now() - start).toBeGreaterThanOrEqual(DEMO_RECEIVER_ROUND_TRIP_MS - 20);
  });

  it('answers at once at instant speed', async () => {
    await callAction('UpdateDemoSpeed', { Speed: 'instant' });
    const start = Date.now();
    await receiveDemoRequest(backend, hook, request, start);
    expect(Date.now() - start).toBeLessThan(DEMO_RECEIVER_ROUND_TRIP_MS / 2);
  });
});

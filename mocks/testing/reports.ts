/**
 * Test helpers for the security report, search, exports and diff: scanning tags of the default world, and an
 * independent recomputation of what the report sums, read through the plain scan API only.
 */
import { expect } from 'vitest';
import type { ActionResponse } from '@/api/contract/actions';
import type { ScanService, ScanVulnerability } from '@/api/contract/scans';
import { callAction, instanceByName, repoIdOf } from './api';

export interface TagRef {
  InstanceId: string;
  RepoId: string;
  Tag: string;
}

/** The default world's `acr-prod-hz` and the repository `prod/<name>` in it. */
export async function prodTag(repo: string, tag: string): Promise<TagRef> {
  const InstanceId = (await instanceByName('acr-prod-hz')).InstanceId;
  return { InstanceId, RepoId: await repoIdOf(InstanceId, 'prod', repo), Tag: tag };
}

/** Scans a tag and waits until the scan is COMPLETE; returns its status. */
export async function scanTag(
  tag: TagRef,
  ScanService: ScanService = 'ACR_SCAN_SERVICE',
): Promise<ActionResponse<'GetRepoTagScanStatus'>> {
  await callAction('CreateRepoTagScanTask', { ...tag, ScanService });
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 30_000, interval: 50 })
    .toBe('COMPLETE');
  return callAction('GetRepoTagScanStatus', tag);
}

/** Every row of a scan task, all pages. */
export async function allRows(tag: TagRef, ScanTaskId?: string): Promise<ScanVulnerability[]> {
  const rows: ScanVulnerability[] = [];
  for (let PageNo = 1; ; PageNo++) {
    const page = await callAction('ListRepoTagScanResult', {
      ...tag,
      ...(ScanTaskId ? { ScanTaskId } : {}),
      PageNo,
      PageSize: 100,
    });
    rows.push(...page.Vulnerabilities);
    if (rows.length >= page.TotalCount || page.Vulnerabilities.length === 0) return rows;
  }
}

export interface ScannedImage {
  namespace: string;
  repoName: string;
  tag: TagRef;
  status?: ActionResponse<'GetRepoTagScanStatus'>;
  rows: ScanVulnerability[];
}

/**
 * Every image tag of an instance (signature tags excluded), with the rows of its latest scan when that scan is
 * COMPLETE: what the report must sum, read through ListRepository / ListRepoTag / ListRepoTagScanResult.
 */
export async function instanceImages(InstanceId: string): Promise<ScannedImage[]> {
  const out: ScannedImage[] = [];
  const { Repositories } = await callAction('ListRepository', { InstanceId, PageSize: 100 });
  for (const repo of Repositories) {
    const { Images } = await callAction('ListRepoTag', { InstanceId, RepoId: repo.RepoId, PageSize: 100 });
    for (const image of Images) {
      if (/^sha256-[0-9a-f]{64}\.sig$/.test(image.Tag)) continue;
      const tag = { InstanceId, RepoId: repo.RepoId, Tag: image.Tag };
      const status = await callAction('GetRepoTagScanStatus', tag).catch(() => undefined);
      const complete = status?.Status === 'COMPLETE';
      out.push({
        namespace: repo.RepoNamespaceName,
        repoName: repo.RepoName,
        tag,
        ...(status ? { status } : {}),
        rows: complete ? await allRows(tag, status.ScanTaskId) : [],
      });
    }
  }
  return out;
}

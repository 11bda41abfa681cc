/** Test helpers for deployment policies and exceptions: a base rule, and scanning a tag to completion. */
import { expect } from 'vitest';
import type { ActionRequest } from '@/api/contract/actions';
import type { ScanVulnerability } from '@/api/contract/scans';
import { backend } from '../node';
import { write } from '../store/transactions';
import { callAction } from './api';

export type PolicyRule = Omit<ActionRequest<'PreviewDeployPolicy'>, 'InstanceId' | 'NamespaceName'>;

/** Deny at the first High finding, nothing else. */
export const HIGH_RULE: PolicyRule = {
  IssueLevel: 'HIGH',
  IssueCount: 1,
  Logic: 'OR',
  PolicyAction: 'BLOCK',
  RequireSignature: false,
  Witnesses: [],
  OnlyFixable: false,
  BlockUnscanned: false,
};

export interface TagRef {
  InstanceId: string;
  RepoId: string;
  Tag: string;
}

/** Scans the tag at instant speed and waits until the task is COMPLETE. */
export async function scanTag(tag: TagRef): Promise<void> {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  await callAction('CreateRepoTagScanTask', tag);
  await expect
    .poll(async () => (await callAction('GetRepoTagScanStatus', tag)).Status, { timeout: 20_000, interval: 50 })
    .toBe('COMPLETE');
}

/** Every finding of the tag's latest scan, all pages. */
export async function scanRows(tag: TagRef) {
  const rows = [];
  for (let PageNo = 1; ; PageNo++) {
    const page = await callAction('ListRepoTagScanResult', { ...tag, PageNo, PageSize: 100 });
    rows.push(...page.Vulnerabilities);
    if (rows.length >= page.TotalCount || page.Vulnerabilities.length === 0) return rows;
  }
}

/**
 * Strips the fixed version from the findings of the tag's latest scan that `unfixable` picks: the demo images'
 * advisories all have fixes, and OnlyFixable needs findings without one.
 */
export async function makeUnfixable(tag: TagRef, unfixable: (row: ScanVulnerability, index: number) => boolean) {
  const { ScanTaskId } = await callAction('GetRepoTagScanStatus', tag);
  if (!ScanTaskId) throw new Error('the tag has no scan task');
  await write(backend.store, ['scanResults'], async (tx) => {
    const result = await tx.objectStore('scanResults').get(ScanTaskId);
    if (!result) throw new Error(`no results of ${ScanTaskId}`);
    const Vulnerabilities = result.Vulnerabilities.map((row, index) =>
      unfixable(row, index) ? { ...row, VersionFixed: '', FixCmd: '' } : row,
    );
    await tx.objectStore('scanResults').put({ ...result, Vulnerabilities });
  });
}

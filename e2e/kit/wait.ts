/**
 * Waiting on the backend's state through the API, never by sleeping: each helper polls with `expect.poll` until
 * the state is reached (or the timeout says what it last saw). They need the console open on the page, since the
 * calls go through its mock backend's service worker.
 */
import { expect, type Page } from '@playwright/test';
import { api } from './api';

const POLL = { timeout: 30_000, intervals: [100, 250, 500] };

export type TagScanStatus = 'SCANNING' | 'COMPLETE' | 'FAILED' | 'RETRYING';
export type RuleTaskStatus = 'SCANNING' | 'COMPLETE' | 'FAILED' | 'STOPPED';
export type EventRecordStatus = 'PENDING' | 'SUCCESS' | 'FAILED';

export interface TagRef {
  instanceId: string;
  repoId: string;
  tag: string;
}

/** The tag's scan status (`GetRepoTagScanStatus`), or `NOT_SCANNED` when it never was. */
export async function tagScanStatus(page: Page, { instanceId, repoId, tag }: TagRef): Promise<string> {
  const body = await api<{ Status?: string }>(page, 'GetRepoTagScanStatus', {
    InstanceId: instanceId,
    RepoId: repoId,
    Tag: tag,
  }).catch(() => ({ Status: 'NOT_SCANNED' }));
  return body.Status ?? 'NOT_SCANNED';
}

/** Waits until the tag's scan reaches `status` (default COMPLETE). */
export async function waitForTagScan(page: Page, ref: TagRef, status: TagScanStatus = 'COMPLETE'): Promise<void> {
  await expect.poll(() => tagScanStatus(page, ref), { ...POLL, message: `scan of ${ref.tag}` }).toBe(status);
}

export interface RuleTask {
  RuleTaskId: string;
  RuleName: string;
  Status: RuleTaskStatus;
  ImageCount: number;
  FinishedCount: number;
  FailedCount: number;
  HighSeverity: number;
  TotalSeverity: number;
}

/** The newest task of a rule (`ListScanRuleTask` lists newest first), if any. */
export async function latestRuleTask(page: Page, instanceId: string, ruleName: string): Promise<RuleTask | undefined> {
  const { Tasks } = await api<{ Tasks: RuleTask[] }>(page, 'ListScanRuleTask', {
    InstanceId: instanceId,
    PageNo: 1,
    PageSize: 100,
  });
  return Tasks.find((task) => task.RuleName === ruleName);
}

/** One image of a rule task (`GetScanRuleTask.Images[]`). */
export interface RuleTaskImage {
  Namespace: string;
  RepoName: string;
  RepoId: string;
  Tag: string;
  Status: TagScanStatus;
  HighSeverity: number;
  TotalSeverity: number;
  FailReason?: string;
}

/**
 * Waits until the newest task of the rule reaches `status` (default COMPLETE), and returns it as
 * `GetScanRuleTask` gives it (with its `Images`).
 */
export async function waitForRuleTask(
  page: Page,
  instanceId: string,
  ruleName: string,
  status: RuleTaskStatus = 'COMPLETE',
): Promise<RuleTask & { Images: RuleTaskImage[] }> {
  await expect
    .poll(async () => (await latestRuleTask(page, instanceId, ruleName))?.Status, {
      ...POLL,
      message: `task of rule ${ruleName}`,
    })
    .toBe(status);
  const task = (await latestRuleTask(page, instanceId, ruleName)) as RuleTask;
  return api(page, 'GetScanRuleTask', { InstanceId: instanceId, RuleTaskId: task.RuleTaskId });
}

export interface EventRecord {
  RecordId: string;
  RuleName: string;
  Status: EventRecordStatus;
  Namespace: string;
  RepoName: string;
  Tag: string;
  HttpStatus?: number;
  Attempts: number;
}

/** Waits until a record of the event rule (or scan rule) named `ruleName` reaches `status` (default SUCCESS). */
export async function waitForEventRecord(
  page: Page,
  instanceId: string,
  ruleName: string,
  status: EventRecordStatus = 'SUCCESS',
): Promise<EventRecord> {
  const find = async () => {
    const { Records } = await api<{ Records: EventRecord[] }>(page, 'ListEventCenterRecord', {
      InstanceId: instanceId,
      PageNo: 1,
      PageSize: 100,
    });
    return Records.find((record) => record.RuleName === ruleName && record.Status === status);
  };
  await expect
    .poll(async () => (await find()) !== undefined, { ...POLL, message: `${status} record of ${ruleName}` })
    .toBe(true);
  return (await find()) as EventRecord;
}

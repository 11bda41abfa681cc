/**
 * Where events fire: a finished image scan (`cr:Artifact:ScanCompleted`, to every matching event rule and to
 * the scan rule whose task it belongs to when that rule has 事件通知) and a recorded push
 * (`cr:Artifact:PushCompleted`). Each target gets one record delivered in the background; nothing here fails or
 * slows down the scan or the push. 测试发送 is in `event-test-send.ts`.
 */
import { buildPushCompletedData, buildScanCompletedData, PUSH_COMPLETED, SCAN_COMPLETED } from '../events';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { passesThreshold, ruleCovers } from './event-config';
import { inBackground } from './event-delivery';
import { DEFAULT_RETRIES, eventContext, fire, resultUrl, ruleTarget, SCAN_RULE_METHOD } from './event-fire';

const SCAN_STORES = [
  'instances',
  'repositories',
  'tags',
  'scanTasks',
  'scanResults',
  'scanRules',
  'scanRuleTasks',
  'eventRules',
] as const;

async function scanEnded(ctx: ServiceContext, scanTaskId: string): Promise<void> {
  const found = await read(ctx.store, SCAN_STORES, async (tx) => {
    const task = await tx.objectStore('scanTasks').get(scanTaskId);
    if (task?.Status !== 'COMPLETE' && task?.Status !== 'FAILED') return undefined;
    const instance = await tx.objectStore('instances').get(task.InstanceId);
    const repo = await tx.objectStore('repositories').get(task.RepoId);
    if (!instance || !repo) return undefined;
    const ruleTask = task.RuleTaskId ? await tx.objectStore('scanRuleTasks').get(task.RuleTaskId) : undefined;
    return {
      task,
      instance,
      repo,
      tag: await tx.objectStore('tags').get([task.RepoId, task.Tag]),
      result: task.Status === 'COMPLETE' ? await tx.objectStore('scanResults').get(scanTaskId) : undefined,
      scanRule: ruleTask ? await tx.objectStore('scanRules').get(ruleTask.ScanRuleId) : undefined,
      rules: await tx.objectStore('eventRules').index('by-instance').getAll(task.InstanceId),
    };
  });
  if (!found) return;
  const { task, instance, repo, tag, result, scanRule } = found;
  const status = task.Status as 'COMPLETE' | 'FAILED';
  const summary = result?.Summary ?? {
    HighSeverity: 0,
    MediumSeverity: 0,
    LowSeverity: 0,
    UnknownSeverity: 0,
    TotalSeverity: 0,
  };
  const image = { namespace: repo.RepoNamespaceName, repoName: repo.RepoName, tag: task.Tag };
  const targets = found.rules
    .filter((rule) => rule.EventType === SCAN_COMPLETED && ruleCovers(rule, image))
    .filter((rule) => passesThreshold(rule.EventConfig, status, summary))
    .sort((a, b) => a.CreateTime - b.CreateTime)
    .map((rule) => ruleTarget(rule, 'EVENT_RULE'));
  if (scanRule?.NotifyMethod && scanRule.NotifyUrl) {
    targets.push({
      RuleId: scanRule.ScanRuleId,
      RuleName: scanRule.RuleName,
      Source: 'SCAN_RULE',
      method: SCAN_RULE_METHOD[scanRule.NotifyMethod],
      url: scanRule.NotifyUrl,
      ...(scanRule.NotifySecret ? { secret: scanRule.NotifySecret } : {}),
      retries: DEFAULT_RETRIES,
      envelope: 'plain',
    });
  }
  if (targets.length === 0) return;
  const data = buildScanCompletedData({
    regionId: instance.RegionId,
    instanceId: instance.InstanceId,
    instanceName: instance.InstanceName,
    repoId: repo.RepoId,
    repoName: repo.RepoName,
    namespace: repo.RepoNamespaceName,
    tag: task.Tag,
    digest: `sha256:${task.Digest}`,
    imageUpdateMs: tag?.ImageUpdate ?? task.StartTime,
    status,
    counts: {
      High: summary.HighSeverity,
      Medium: summary.MediumSeverity,
      Low: summary.LowSeverity,
      Unknown: summary.UnknownSeverity,
    },
    scanService: task.ScanService,
    findings: (result?.Vulnerabilities ?? []).map((v) => ({
      CveName: v.CveName,
      Severity: v.Severity,
      Package: v.Feature,
      Version: v.Version,
      FixedVersion: v.VersionFixed,
    })),
    resultUrl: resultUrl(ctx, instance.RegionId, instance.InstanceId, repo.RepoId, task.Tag),
  });
  const event = {
    type: SCAN_COMPLETED,
    data,
    context: eventContext(instance, task.FinishTime ?? ctx.clock.now()),
  } as const;
  await fire(ctx, event, image, targets, `scan:${scanTaskId}`);
}

/** A scan task ended (COMPLETE or FAILED): notify in the background. */
export function notifyScanEnded(ctx: ServiceContext, scanTaskId: string): void {
  inBackground(ctx, 'scan event', () => scanEnded(ctx, scanTaskId));
}

async function pushed(ctx: ServiceContext, push: { InstanceId: string; RepoId: string; Tag: string }): Promise<void> {
  const found = await read(ctx.store, ['instances', 'repositories', 'tags', 'eventRules'], async (tx) => ({
    instance: await tx.objectStore('instances').get(push.InstanceId),
    repo: await tx.objectStore('repositories').get(push.RepoId),
    tag: await tx.objectStore('tags').get([push.RepoId, push.Tag]),
    rules: await tx.objectStore('eventRules').index('by-instance').getAll(push.InstanceId),
  }));
  const { instance, repo, tag } = found;
  if (!instance || !repo || !tag) return;
  const image = { namespace: repo.RepoNamespaceName, repoName: repo.RepoName, tag: tag.Tag };
  const targets = found.rules
    .filter((rule) => rule.EventType === PUSH_COMPLETED && ruleCovers(rule, image))
    .sort((a, b) => a.CreateTime - b.CreateTime)
    .map((rule) => ruleTarget(rule, 'EVENT_RULE'));
  if (targets.length === 0) return;
  const data = buildPushCompletedData({
    region: instance.RegionId,
    namespace: repo.RepoNamespaceName,
    repoName: repo.RepoName,
    tag: tag.Tag,
    digest: `sha256:${tag.Digest}`,
    pushedAtMs: tag.ImageUpdate,
    repoCreatedMs: repo.CreateTime,
    repoType: repo.RepoType,
  });
  const event = { type: PUSH_COMPLETED, data, context: eventContext(instance, tag.ImageUpdate) } as const;
  await fire(ctx, event, image, targets, `push:${repo.RepoId}:${tag.Tag}`);
}

/** A push was recorded: notify in the background. */
export function notifyPushed(ctx: ServiceContext, push: { InstanceId: string; RepoId: string; Tag: string }): void {
  inBackground(ctx, 'push event', () => pushed(ctx, push));
}

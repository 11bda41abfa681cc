/**
 * Batch tasks of scan rules (console-only `RunScanRule`, `StopScanRuleTask`, `RetryScanRuleTask`; reading them
 * is ./scan-rule-task-view.ts) and the push trigger of AUTO rules. A rule task is a list of images fixed when it
 * starts, each scanned by its own image scan task carrying the parent `RuleTaskId`.
 */
import { signedDigestOfTag } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import { reason } from '@/api/contract/reasons';
import type { ScanRulePreviewImage, ScanRuleTriggerType } from '@/api/contract/scan-rules';
import type { ScanService } from '@/api/contract/scans';
import { tagMatcher } from '@/api/contract/tag-pattern';
import { ID_PREFIX } from '@/api/contract/wire';
import type {
  AcrTransaction,
  ScanRuleRecord,
  ScanRuleTaskImageRecord,
  ScanRuleTaskRecord,
  ScanTaskRecord,
} from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireInstance } from './lookup';
import type { Payload } from './payload';
import { sasQuotaGate } from './sas-quota';
import { resolveScanEngine } from './scan-engine';
import { matchImages, requireLinkedVpc, requireRule } from './scan-rule-checks';
import { deriveTask, requireRuleTask } from './scan-rule-task-view';
import { failTask, startTask } from './scan-tasks';

export { getScanRuleTask, listScanRuleTasks } from './scan-rule-task-view';

// Rule tasks

/** A new image scan task of a rule task: SCANNING, or already FAILED when the quota refused the image. */
function imageScanTask(
  ctx: ServiceContext,
  image: { ScanTaskId: string; RepoId: string; Tag: string; Digest: string },
  owner: { InstanceId: string; RuleTaskId: string; ScanService: ScanService },
  refusal: string | undefined,
): ScanTaskRecord {
  const now = ctx.clock.now();
  const task: ScanTaskRecord = {
    ScanTaskId: image.ScanTaskId,
    InstanceId: owner.InstanceId,
    RepoId: image.RepoId,
    Tag: image.Tag,
    Digest: image.Digest,
    ScanService: owner.ScanService,
    Status: 'SCANNING',
    Phase: 'QUEUED',
    Progress: 0,
    StartTime: now,
    RunnerId: ctx.scans.runnerId,
    HeartbeatTime: now,
    RuleTaskId: owner.RuleTaskId,
  };
  if (refusal === undefined) return task;
  return { ...task, Status: 'FAILED', Phase: 'DONE', FinishTime: now, FailReason: refusal, QuotaRefused: true };
}

/**
 * A rule task over `images`, with one image scan task each, written in the caller's transaction. `admit` takes
 * the images in order: one it refuses (authorisations used up) ends FAILED at once with its reason. Returns
 * the tasks to start.
 */
async function putRuleTask(
  ctx: ServiceContext,
  tx: AcrTransaction<'readwrite'>,
  rule: ScanRuleRecord,
  images: ScanRulePreviewImage[],
  options: {
    TriggerType: ScanRuleTriggerType;
    ScanService: ScanService;
    reserve: () => string;
    admit: (digest: string) => string | undefined;
  },
): Promise<{ ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] }> {
  const RuleTaskId = newId(ID_PREFIX.scanRuleTask);
  const now = ctx.clock.now();
  const owner = { InstanceId: rule.InstanceId, RuleTaskId, ScanService: options.ScanService };
  const children: ScanRuleTaskImageRecord[] = [];
  const all = images.map((image) => {
    const refusal = options.admit(image.Digest);
    // Only a task that will run is counted as running; a refused one is finished already.
    const ScanTaskId = refusal === undefined ? options.reserve() : crypto.randomUUID().toUpperCase();
    children.push({ ...image, ScanTaskId });
    return imageScanTask(ctx, { ...image, ScanTaskId }, owner, refusal);
  });
  const tasks = all.filter((task) => task.Status === 'SCANNING');
  const ruleTask: ScanRuleTaskRecord = {
    RuleTaskId,
    InstanceId: rule.InstanceId,
    ScanRuleId: rule.ScanRuleId,
    RuleName: rule.RuleName,
    ScanService: options.ScanService,
    TriggerType: options.TriggerType,
    ScanType: rule.ScanType,
    StartTime: now,
    Images: children,
  };
  for (const task of all) await tx.objectStore('scanTasks').put(task);
  await tx.objectStore('scanRuleTasks').put(ruleTask);
  return { ruleTask, tasks };
}

/** Scan task ids counted as running before they become visible (see createRepoTagScanTask). */
function reservations(ctx: ServiceContext) {
  const reserved: string[] = [];
  return {
    reserve: () => {
      const id = crypto.randomUUID().toUpperCase();
      reserved.push(id);
      ctx.scans.running.add(id);
      return id;
    },
    release: () => {
      for (const id of reserved) ctx.scans.running.delete(id);
    },
  };
}

/** Starts the image scans of freshly committed rule tasks. */
function startRuleTasks(ctx: ServiceContext, created: { ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] }[]) {
  for (const { ruleTask, tasks } of created) {
    const images = new Map(ruleTask.Images.map((image) => [image.ScanTaskId, image]));
    for (const task of tasks) {
      const image = images.get(task.ScanTaskId) as ScanRuleTaskImageRecord;
      void startTask(ctx, task, `${image.Namespace}/${image.RepoName}:${image.Tag}`);
    }
  }
}

const RUN_STORES = [
  'instances',
  'namespaces',
  'repositories',
  'tags',
  'linkedVpcs',
  'scanRules',
  'scanTasks',
  'scanRuleTasks',
  'cloudSecurity',
] as const;

/**
 * `RunScanRule` (console-only): fixes the list of tags the rule matches now and starts one image scan task per
 * tag, all carrying the new `RuleTaskId`. SCAN_RULE_NO_MATCHED_IMAGE when nothing matches (no task is created).
 * On the cloud-security engine, each new image past the remaining authorisations ends FAILED with the reason.
 */
export async function runScanRule(
  ctx: ServiceContext,
  params: ActionParams<'RunScanRule'>,
): Promise<Payload<'RunScanRule'>> {
  const ids = reservations(ctx);
  let created: { ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] };
  try {
    created = await write(ctx.store, RUN_STORES, async (tx) => {
      const instance = await requireInstance(tx, params.InstanceId, { running: true });
      const rule = await requireRule(tx, params.InstanceId, params.ScanRuleId);
      await requireLinkedVpc(tx, params.InstanceId);
      const engine = await resolveScanEngine(ctx, tx, instance, params.ScanService);
      const images = await matchImages(tx, params.InstanceId, rule, tagMatcher(rule.RepoTagFilterPattern));
      if (images.length === 0) throw new BusinessFailure('SCAN_RULE_NO_MATCHED_IMAGE');
      return putRuleTask(ctx, tx, rule, images, {
        TriggerType: 'MANUAL',
        ScanService: engine,
        reserve: ids.reserve,
        admit: await sasQuotaGate(ctx, tx, engine),
      });
    });
  } catch (error) {
    ids.release();
    throw error;
  }
  startRuleTasks(ctx, [created]);
  return { RuleTaskId: created.ruleTask.RuleTaskId, ImageCount: created.ruleTask.Images.length };
}

/**
 * 推送自动触发: after a tag was pushed (CreateRepoTag), every `AUTO` rule of the instance whose scope and
 * filter match it starts a rule task (TriggerType `AUTO`) over that one image. Without a linked VPC nothing
 * is triggered (batch scanning needs one). Never fails the push: problems are logged and swallowed.
 * Returns the ids of the rule tasks it started.
 */
export async function triggerAutoRules(
  ctx: ServiceContext,
  pushed: { InstanceId: string; RepoId: string; Tag: string },
): Promise<string[]> {
  const ids = reservations(ctx);
  try {
    const created = await write(ctx.store, RUN_STORES, async (tx) => {
      if (!(await tx.objectStore('linkedVpcs').index('by-instance').count(pushed.InstanceId))) return [];
      const repo = await tx.objectStore('repositories').get(pushed.RepoId);
      const tag = await tx.objectStore('tags').get([pushed.RepoId, pushed.Tag]);
      const instance = await tx.objectStore('instances').get(pushed.InstanceId);
      if (!repo || !tag || !instance || tag.Status !== 'NORMAL') return [];
      if (signedDigestOfTag(tag.Tag)) return []; // a signature artifact is not an image to scan
      const engine = await resolveScanEngine(ctx, tx, instance);
      // One gate for every rule the push matches: the pushed image takes at most one authorisation.
      const admit = await sasQuotaGate(ctx, tx, engine);
      const rules = await tx.objectStore('scanRules').index('by-instance').getAll(pushed.InstanceId);
      const out: { ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] }[] = [];
      for (const rule of rules.sort((a, b) => a.CreateTime - b.CreateTime)) {
        if (rule.TriggerType !== 'AUTO' || !rule.Namespaces.includes(repo.RepoNamespaceName)) continue;
        if (rule.ScanScope === 'REPO' && !rule.RepoNames.includes(repo.RepoName)) continue;
        if (!tagMatcher(rule.RepoTagFilterPattern)(tag.Tag)) continue;
        const image = {
          Namespace: repo.RepoNamespaceName,
          RepoName: repo.RepoName,
          RepoId: repo.RepoId,
          Tag: tag.Tag,
          Digest: tag.Digest,
        };
        out.push(
          await putRuleTask(ctx, tx, rule, [image], {
            TriggerType: 'AUTO',
            ScanService: engine,
            reserve: ids.reserve,
            admit,
          }),
        );
      }
      return out;
    });
    startRuleTasks(ctx, created);
    return created.map(({ ruleTask }) => ruleTask.RuleTaskId);
  } catch (error) {
    ids.release();
    console.error('[mock backend] push-triggered scan rules failed:', error);
    return [];
  }
}

/**
 * `StopScanRuleTask` (console-only, 停止): every image still scanning ends FAILED with the reason "stopped";
 * finished images keep their results. SCAN_RULE_TASK_NOT_RUNNING when nothing is scanning any more.
 */
export async function stopScanRuleTask(
  ctx: ServiceContext,
  params: ActionParams<'StopScanRuleTask'>,
): Promise<Payload<'StopScanRuleTask'>> {
  const ruleTask = await read(ctx.store, ['instances', 'scanRuleTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return requireRuleTask(tx, params.InstanceId, params.RuleTaskId);
  });
  const derived = await deriveTask(ctx, ruleTask);
  if (derived.Status !== 'SCANNING') throw new BusinessFailure('SCAN_RULE_TASK_NOT_RUNNING');
  await write(ctx.store, ['scanRuleTasks'], async (tx) => {
    const current = await requireRuleTask(tx, params.InstanceId, params.RuleTaskId);
    await tx.objectStore('scanRuleTasks').put({ ...current, StopTime: ctx.clock.now() });
  });
  // The worker may still finish an image; its result is dropped because the task is no longer SCANNING.
  for (const image of derived.Images) {
    if (image.Status === 'SCANNING') await failTask(ctx, image.ScanTaskId, reason('scan-stopped'));
  }
  return {};
}

/**
 * `RetryScanRuleTask` (console-only, 重试): new image scan tasks for the FAILED images of a finished task (same
 * digests, the instance's current engine); the task is SCANNING again. SCAN_RULE_TASK_NOT_RETRYABLE when it
 * is still running or no image failed.
 */
export async function retryScanRuleTask(
  ctx: ServiceContext,
  params: ActionParams<'RetryScanRuleTask'>,
): Promise<Payload<'RetryScanRuleTask'>> {
  const ruleTask = await read(ctx.store, ['instances', 'scanRuleTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    return requireRuleTask(tx, params.InstanceId, params.RuleTaskId);
  });
  const derived = await deriveTask(ctx, ruleTask);
  const failed = new Set(derived.Images.filter((image) => image.Status === 'FAILED').map((image) => image.ScanTaskId));
  if (derived.Status === 'SCANNING' || failed.size === 0) throw new BusinessFailure('SCAN_RULE_TASK_NOT_RETRYABLE');
  const ids = reservations(ctx);
  let retried: { ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] };
  try {
    retried = await write(ctx.store, RUN_STORES, async (tx) => {
      const instance = await requireInstance(tx, params.InstanceId, { running: true });
      const current = await requireRuleTask(tx, params.InstanceId, params.RuleTaskId);
      if (current.StartTime !== ruleTask.StartTime || (current.RetryCount ?? 0) !== (ruleTask.RetryCount ?? 0)) {
        throw new BusinessFailure('SCAN_RULE_TASK_NOT_RETRYABLE');
      }
      const engine = await resolveScanEngine(ctx, tx, instance);
      const admit = await sasQuotaGate(ctx, tx, engine);
      const owner = { InstanceId: current.InstanceId, RuleTaskId: current.RuleTaskId, ScanService: engine };
      const all: ScanTaskRecord[] = [];
      const Images = current.Images.map((image) => {
        if (!failed.has(image.ScanTaskId)) return image;
        const refusal = admit(image.Digest);
        const ScanTaskId = refusal === undefined ? ids.reserve() : crypto.randomUUID().toUpperCase();
        all.push(imageScanTask(ctx, { ...image, ScanTaskId }, owner, refusal));
        return { ...image, ScanTaskId };
      });
      const tasks = all.filter((task) => task.Status === 'SCANNING');
      for (const task of all) await tx.objectStore('scanTasks').put(task);
      const { StopTime: _stopped, ...rest } = current;
      const updated: ScanRuleTaskRecord = {
        ...rest,
        ScanService: engine,
        Images,
        RetryCount: (current.RetryCount ?? 0) + 1,
      };
      await tx.objectStore('scanRuleTasks').put(updated);
      return { ruleTask: updated, tasks };
    });
  } catch (error) {
    ids.release();
    throw error;
  }
  startRuleTasks(ctx, [retried]);
  // Every failed image was retried, including any the quota refused again at once.
  return { ImageCount: failed.size };
}

/**
 * Scan rules (`CreateScanRule`, `UpdateScanRule`, `DeleteScanRule`, `GetScanRule`, `ListScanRule`) and their
 * batch tasks (console-only `RunScanRule`, `ListScanRuleTask`, `GetScanRuleTask`, `PreviewScanRuleTags`).
 *
 * A rule task is a list of images fixed when it starts, each scanned by its own image scan task (the same tasks
 * `CreateRepoTagScanTask` creates, carrying the parent `RuleTaskId`). Its status, progress and counts are
 * derived from those tasks on every read; they recover on their own (resume or end FAILED), so a rule task
 * never stays SCANNING after a reload. Deleting a rule keeps its tasks.
 */
import type { ActionParams } from '@/api/contract/actions';
import type {
  ScanRuleListItem,
  ScanRuleNotifyMethod,
  ScanRulePreviewImage,
  ScanRuleScope,
  ScanRuleTask,
  ScanRuleTaskImage,
  ScanRuleTriggerType,
} from '@/api/contract/scan-rules';
import { SCAN_RULE_NAME_MAX, SCAN_RULE_NOTIFY_SECRET_MAX, SCAN_RULE_NOTIFY_URL_MAX } from '@/api/contract/scan-rules';
import type { ScanService } from '@/api/contract/scans';
import { checkTagPattern, tagMatcher } from '@/api/contract/tag-pattern';
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
import { requireInstance, requireNamespace } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';
import { EMPTY_SUMMARY, recoverIfOrphaned, startTask } from './scan-tasks';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/** Reason of an image whose scan task record is gone (e.g. removed with its tag). */
const MISSING_TASK_REASON = 'The scan task of this image no longer exists.';

// ---------------------------------------------------------------------------------------------------------------
// Validation

function checkRuleName(raw: string): string {
  const name = raw.trim();
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point.
  if (!name || name.length > SCAN_RULE_NAME_MAX || /[\u0000-\u001f\u007f]/.test(name)) {
    throw new BusinessFailure('SCAN_RULE_NAME_ILLEGAL');
  }
  return name;
}

function checkPattern(pattern: string): (tag: string) => boolean {
  if (checkTagPattern(pattern)) throw new BusinessFailure('SCAN_RULE_PATTERN_ILLEGAL');
  return tagMatcher(pattern);
}

const unique = (values: readonly string[] | undefined) => [...new Set(values ?? [])];

interface Scope {
  ScanScope: ScanRuleScope;
  Namespaces: string[];
  RepoNames: string[];
}

/** The scope with duplicates removed, or SCAN_RULE_SCOPE_ILLEGAL. */
function checkScope(params: { ScanScope: ScanRuleScope; Namespaces?: string[]; RepoNames?: string[] }): Scope {
  const Namespaces = unique(params.Namespaces);
  const RepoNames = unique(params.RepoNames);
  const ok =
    params.ScanScope === 'NAMESPACE'
      ? Namespaces.length > 0 && RepoNames.length === 0
      : Namespaces.length === 1 && RepoNames.length > 0;
  if (!ok) throw new BusinessFailure('SCAN_RULE_SCOPE_ILLEGAL');
  return { ScanScope: params.ScanScope, Namespaces, RepoNames };
}

/** Every namespace (and, for a REPO rule, repository) of the scope exists. */
async function requireScope(tx: AnyTx, instanceId: string, scope: Scope): Promise<void> {
  for (const name of scope.Namespaces) await requireNamespace(tx, instanceId, name);
  if (scope.ScanScope !== 'REPO') return;
  const namespace = scope.Namespaces[0] as string;
  const repos = tx.objectStore('repositories').index('by-instance-path');
  for (const repoName of scope.RepoNames) {
    if (!(await repos.count([instanceId, namespace, repoName]))) throw new BusinessFailure('REPO_NOT_EXIST');
  }
}

interface Notify {
  NotifyMethod?: ScanRuleNotifyMethod;
  NotifyUrl?: string;
  NotifySecret?: string;
}

const SCHEME: Record<ScanRuleNotifyMethod, string> = { DING_TALK: 'https://', HTTP: 'http://', HTTPS: 'https://' };

/** The console-only notification settings, normalised; SCAN_RULE_NOTIFY_ILLEGAL when inconsistent. */
function checkNotify(params: Notify): Notify {
  const url = params.NotifyUrl?.trim() ?? '';
  const secret = params.NotifySecret?.trim() ?? '';
  if (!params.NotifyMethod) {
    if (url || secret) throw new BusinessFailure('SCAN_RULE_NOTIFY_ILLEGAL');
    return {};
  }
  const scheme = SCHEME[params.NotifyMethod];
  let valid = url.length > scheme.length && url.length <= SCAN_RULE_NOTIFY_URL_MAX && url.startsWith(scheme);
  if (valid) {
    try {
      valid = Boolean(new URL(url).hostname);
    } catch {
      valid = false;
    }
  }
  if (!valid || secret.length > SCAN_RULE_NOTIFY_SECRET_MAX) throw new BusinessFailure('SCAN_RULE_NOTIFY_ILLEGAL');
  if (secret && params.NotifyMethod !== 'DING_TALK') throw new BusinessFailure('SCAN_RULE_NOTIFY_ILLEGAL');
  return { NotifyMethod: params.NotifyMethod, NotifyUrl: url, ...(secret ? { NotifySecret: secret } : {}) };
}

/** Batch scanning pulls images over the instance's VPC: INSTANCE_VPC_REQUIRED without a linked one. */
async function requireLinkedVpc(tx: AnyTx, instanceId: string): Promise<void> {
  if (!(await tx.objectStore('linkedVpcs').index('by-instance').count(instanceId))) {
    throw new BusinessFailure('INSTANCE_VPC_REQUIRED');
  }
}

async function requireRule(tx: AnyTx, instanceId: string, scanRuleId: string): Promise<ScanRuleRecord> {
  const rule = await tx.objectStore('scanRules').get(scanRuleId);
  if (!rule || rule.InstanceId !== instanceId) throw new BusinessFailure('SCAN_RULE_NOT_EXIST');
  return rule;
}

function rethrowDuplicateRule(error: unknown): never {
  if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure('SCAN_RULE_ALREADY_EXIST');
  throw error;
}

// ---------------------------------------------------------------------------------------------------------------
// Matching

const byPath = (a: ScanRulePreviewImage, b: ScanRulePreviewImage) =>
  a.Namespace.localeCompare(b.Namespace) || a.RepoName.localeCompare(b.RepoName) || a.Tag.localeCompare(b.Tag);

/**
 * The tags the scope and filter match now, in namespace, repo, tag order. Namespaces and repositories that
 * no longer exist match nothing; tags being deleted are skipped.
 */
async function matchImages(
  tx: AnyTx,
  instanceId: string,
  scope: Scope,
  matches: (tag: string) => boolean,
): Promise<ScanRulePreviewImage[]> {
  const repositories = tx.objectStore('repositories');
  const repos =
    scope.ScanScope === 'NAMESPACE'
      ? (
          await Promise.all(scope.Namespaces.map((ns) => repositories.index('by-namespace').getAll([instanceId, ns])))
        ).flat()
      : (
          await Promise.all(
            scope.RepoNames.map((name) =>
              repositories.index('by-instance-path').get([instanceId, scope.Namespaces[0] as string, name]),
            ),
          )
        ).filter((repo) => repo !== undefined);
  const images: ScanRulePreviewImage[] = [];
  for (const repo of repos) {
    if (repo.RepoStatus !== 'NORMAL') continue;
    for (const tag of await tx.objectStore('tags').index('by-repo').getAll(repo.RepoId)) {
      if (tag.Status !== 'NORMAL' || !matches(tag.Tag)) continue;
      images.push({
        Namespace: repo.RepoNamespaceName,
        RepoName: repo.RepoName,
        RepoId: repo.RepoId,
        Tag: tag.Tag,
        Digest: tag.Digest,
      });
    }
  }
  return images.sort(byPath);
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

const RULE_CHECK_STORES = ['instances', 'namespaces', 'repositories', 'linkedVpcs', 'scanRules'] as const;

/** `CreateScanRule`: `{ScanRuleId}` (the integer-Code envelope is added by the gateway). */
export async function createScanRule(
  ctx: ServiceContext,
  params: ActionParams<'CreateScanRule'>,
): Promise<Payload<'CreateScanRule'>> {
  const RuleName = checkRuleName(params.RuleName);
  const scope = checkScope(params);
  checkPattern(params.RepoTagFilterPattern);
  const notify = checkNotify(params);
  const now = ctx.clock.now();
  const rule: ScanRuleRecord = {
    ScanRuleId: newId(ID_PREFIX.scanRule),
    InstanceId: params.InstanceId,
    RuleName,
    ScanScope: scope.ScanScope,
    TriggerType: params.TriggerType,
    ScanType: params.ScanType ?? 'VUL',
    Namespaces: scope.Namespaces,
    RepoNames: scope.RepoNames,
    RepoTagFilterPattern: params.RepoTagFilterPattern,
    CreateTime: now,
    UpdateTime: now,
    ...notify,
  };
  await write(ctx.store, RULE_CHECK_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    await requireLinkedVpc(tx, params.InstanceId);
    await requireScope(tx, params.InstanceId, scope);
    const rules = tx.objectStore('scanRules');
    if (await rules.index('by-instance-name').count([params.InstanceId, RuleName])) {
      throw new BusinessFailure('SCAN_RULE_ALREADY_EXIST');
    }
    await rules.add(rule);
  }).catch(rethrowDuplicateRule);
  return { ScanRuleId: rule.ScanRuleId };
}

/** `UpdateScanRule`: replaces the writable fields (not ScanType); `{ScanRuleId}`. */
export async function updateScanRule(
  ctx: ServiceContext,
  params: ActionParams<'UpdateScanRule'>,
): Promise<Payload<'UpdateScanRule'>> {
  const RuleName = checkRuleName(params.RuleName);
  const scope = checkScope(params);
  checkPattern(params.RepoTagFilterPattern);
  const notify = checkNotify(params);
  const ScanRuleId = await write(ctx.store, RULE_CHECK_STORES, async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const rule = await requireRule(tx, params.InstanceId, params.ScanRuleId);
    await requireLinkedVpc(tx, params.InstanceId);
    await requireScope(tx, params.InstanceId, scope);
    const rules = tx.objectStore('scanRules');
    const sameName = await rules.index('by-instance-name').get([params.InstanceId, RuleName]);
    if (sameName && sameName.ScanRuleId !== rule.ScanRuleId) throw new BusinessFailure('SCAN_RULE_ALREADY_EXIST');
    const { NotifyMethod: _m, NotifyUrl: _u, NotifySecret: _s, ...kept } = rule;
    await rules.put({
      ...kept,
      RuleName,
      ScanScope: scope.ScanScope,
      TriggerType: params.TriggerType,
      Namespaces: scope.Namespaces,
      RepoNames: scope.RepoNames,
      RepoTagFilterPattern: params.RepoTagFilterPattern,
      UpdateTime: Math.max(ctx.clock.now(), rule.CreateTime),
      ...notify,
    });
    return rule.ScanRuleId;
  }).catch(rethrowDuplicateRule);
  return { ScanRuleId };
}

/** `DeleteScanRule`: removes the rule; its tasks (finished or running) stay readable. */
export async function deleteScanRule(
  ctx: ServiceContext,
  params: ActionParams<'DeleteScanRule'>,
): Promise<Payload<'DeleteScanRule'>> {
  await write(ctx.store, ['instances', 'scanRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const rule = await requireRule(tx, params.InstanceId, params.ScanRuleId);
    await tx.objectStore('scanRules').delete(rule.ScanRuleId);
  });
  return {};
}

function ruleView(rule: ScanRuleRecord): ScanRuleListItem & { InstanceId: string } {
  return { ...rule };
}

export async function getScanRule(
  ctx: ServiceContext,
  params: ActionParams<'GetScanRule'>,
): Promise<Payload<'GetScanRule'>> {
  const rule = await read(ctx.store, ['instances', 'scanRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return requireRule(tx, params.InstanceId, params.ScanRuleId);
  });
  return { ScanRule: ruleView(rule) };
}

/** `ListScanRule`: the rules of `ScanType` (default VUL), newest first. */
export async function listScanRules(
  ctx: ServiceContext,
  params: ActionParams<'ListScanRule'>,
): Promise<Payload<'ListScanRule'>> {
  const rules = await read(ctx.store, ['instances', 'scanRules'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('scanRules').index('by-instance').getAll(params.InstanceId);
  });
  const scanType = params.ScanType ?? 'VUL';
  const sorted = rules
    .filter((rule) => rule.ScanType === scanType)
    .sort((a, b) => b.CreateTime - a.CreateTime || b.ScanRuleId.localeCompare(a.ScanRuleId));
  const page = paginate(sorted, params.PageNo, params.PageSize);
  return {
    ScanRules: page.items.map(({ InstanceId: _i, ...rest }) => rest),
    PageNo: page.PageNo,
    PageSize: page.PageSize,
    TotalCount: page.TotalCount,
  };
}

/**
 * `PreviewScanRuleTags` (console-only): what a rule with these settings would scan now. Same checks as
 * CreateScanRule except that an incomplete scope (no namespace, or a REPO scope without repositories) answers
 * an empty list, and no VPC is needed.
 */
export async function previewScanRuleTags(
  ctx: ServiceContext,
  params: ActionParams<'PreviewScanRuleTags'>,
): Promise<Payload<'PreviewScanRuleTags'>> {
  const matches = checkPattern(params.RepoTagFilterPattern);
  const incomplete =
    unique(params.Namespaces).length === 0 || (params.ScanScope === 'REPO' && unique(params.RepoNames).length === 0);
  const scope = incomplete ? undefined : checkScope(params);
  const images = await read(ctx.store, ['instances', 'namespaces', 'repositories', 'tags'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    if (!scope) return [];
    await requireScope(tx, params.InstanceId, scope);
    return matchImages(tx, params.InstanceId, scope, matches);
  });
  const page = paginate(images, params.PageNo, params.PageSize);
  return { Images: page.items, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}

// ---------------------------------------------------------------------------------------------------------------
// Rule tasks

/** A rule task over `images`, with one image scan task each, written in the caller's transaction. */
async function putRuleTask(
  ctx: ServiceContext,
  tx: AcrTransaction<'readwrite'>,
  rule: ScanRuleRecord,
  images: ScanRulePreviewImage[],
  options: { TriggerType: ScanRuleTriggerType; ScanService: ScanService; reserve: () => string },
): Promise<{ ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] }> {
  const RuleTaskId = newId(ID_PREFIX.scanRuleTask);
  const now = ctx.clock.now();
  const children: ScanRuleTaskImageRecord[] = images.map((image) => ({ ...image, ScanTaskId: options.reserve() }));
  const tasks = children.map(
    (child): ScanTaskRecord => ({
      ScanTaskId: child.ScanTaskId,
      InstanceId: rule.InstanceId,
      RepoId: child.RepoId,
      Tag: child.Tag,
      Digest: child.Digest,
      ScanService: options.ScanService,
      Status: 'SCANNING',
      Phase: 'QUEUED',
      Progress: 0,
      StartTime: now,
      RunnerId: ctx.scans.runnerId,
      HeartbeatTime: now,
      RuleTaskId,
    }),
  );
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
  for (const task of tasks) await tx.objectStore('scanTasks').put(task);
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
] as const;

/**
 * `RunScanRule` (console-only): fixes the list of tags the rule matches now and starts one image scan task per
 * tag, all carrying the new `RuleTaskId`. SCAN_RULE_NO_MATCHED_IMAGE when nothing matches (no task is created).
 */
export async function runScanRule(
  ctx: ServiceContext,
  params: ActionParams<'RunScanRule'>,
): Promise<Payload<'RunScanRule'>> {
  const ids = reservations(ctx);
  let created: { ruleTask: ScanRuleTaskRecord; tasks: ScanTaskRecord[] };
  try {
    created = await write(ctx.store, RUN_STORES, async (tx) => {
      await requireInstance(tx, params.InstanceId, { running: true });
      const rule = await requireRule(tx, params.InstanceId, params.ScanRuleId);
      await requireLinkedVpc(tx, params.InstanceId);
      const images = await matchImages(tx, params.InstanceId, rule, tagMatcher(rule.RepoTagFilterPattern));
      if (images.length === 0) throw new BusinessFailure('SCAN_RULE_NO_MATCHED_IMAGE');
      return putRuleTask(ctx, tx, rule, images, {
        TriggerType: 'MANUAL',
        ScanService: params.ScanService ?? 'ACR_SCAN_SERVICE',
        reserve: ids.reserve,
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
 */
export async function triggerAutoRules(
  ctx: ServiceContext,
  pushed: { InstanceId: string; RepoId: string; Tag: string },
): Promise<void> {
  const ids = reservations(ctx);
  try {
    const created = await write(ctx.store, RUN_STORES, async (tx) => {
      if (!(await tx.objectStore('linkedVpcs').index('by-instance').count(pushed.InstanceId))) return [];
      const repo = await tx.objectStore('repositories').get(pushed.RepoId);
      const tag = await tx.objectStore('tags').get([pushed.RepoId, pushed.Tag]);
      if (!repo || !tag || tag.Status !== 'NORMAL') return [];
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
            ScanService: 'ACR_SCAN_SERVICE',
            reserve: ids.reserve,
          }),
        );
      }
      return out;
    });
    startRuleTasks(ctx, created);
  } catch (error) {
    ids.release();
    console.error('[mock backend] push-triggered scan rules failed:', error);
  }
}

/** The rule task with its images' current state; orphaned image tasks are recovered (failed) first. */
async function deriveTask(
  ctx: ServiceContext,
  ruleTask: ScanRuleTaskRecord,
): Promise<ScanRuleTask & { Images: ScanRuleTaskImage[] }> {
  const stored = await read(ctx.store, ['scanTasks'], (tx) =>
    Promise.all(ruleTask.Images.map((image) => tx.objectStore('scanTasks').get(image.ScanTaskId))),
  );
  const tasks = await Promise.all(stored.map((task) => (task ? recoverIfOrphaned(ctx, task) : undefined)));
  const results = await read(ctx.store, ['scanResults'], (tx) =>
    Promise.all(
      tasks.map((task) =>
        task?.Status === 'COMPLETE' ? tx.objectStore('scanResults').get(task.ScanTaskId) : undefined,
      ),
    ),
  );
  const totals = { ...EMPTY_SUMMARY };
  let finished = 0;
  let failed = 0;
  let finishTime = ruleTask.StartTime;
  const Images = ruleTask.Images.map((image, index): ScanRuleTaskImage => {
    const task = tasks[index];
    const summary = results[index]?.Summary ?? EMPTY_SUMMARY;
    const status = task?.Status ?? 'FAILED';
    if (status === 'COMPLETE' || status === 'FAILED') {
      finished += 1;
      finishTime = Math.max(finishTime, task?.FinishTime ?? ruleTask.StartTime);
    }
    if (status === 'FAILED') failed += 1;
    if (status === 'COMPLETE') {
      for (const key of Object.keys(totals) as (keyof typeof totals)[]) totals[key] += summary[key];
    }
    const reason = task ? task.FailReason : MISSING_TASK_REASON;
    return {
      ...image,
      Status: status,
      ...summary,
      ...(status === 'FAILED' && reason ? { FailReason: reason } : {}),
    };
  });
  const count = Images.length;
  const done = finished === count;
  return {
    RuleTaskId: ruleTask.RuleTaskId,
    InstanceId: ruleTask.InstanceId,
    ScanRuleId: ruleTask.ScanRuleId,
    RuleName: ruleTask.RuleName,
    ScanService: ruleTask.ScanService,
    TriggerType: ruleTask.TriggerType,
    ScanType: ruleTask.ScanType,
    Status: !done ? 'SCANNING' : failed > 0 ? 'FAILED' : 'COMPLETE',
    ImageCount: count,
    FinishedCount: finished,
    FailedCount: failed,
    Progress: Math.floor((100 * finished) / count),
    ...totals,
    StartTime: ruleTask.StartTime,
    ...(done ? { FinishTime: finishTime } : {}),
    Images,
  };
}

/** `ListScanRuleTask` (console-only): newest first (StartTime, then id), optionally of one rule. */
export async function listScanRuleTasks(
  ctx: ServiceContext,
  params: ActionParams<'ListScanRuleTask'>,
): Promise<Payload<'ListScanRuleTask'>> {
  const ruleTasks = await read(ctx.store, ['instances', 'scanRuleTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return tx.objectStore('scanRuleTasks').index('by-instance').getAll(params.InstanceId);
  });
  const sorted = ruleTasks
    .filter((task) => !params.ScanRuleId || task.ScanRuleId === params.ScanRuleId)
    .sort((a, b) => b.StartTime - a.StartTime || b.RuleTaskId.localeCompare(a.RuleTaskId));
  const page = paginate(sorted, params.PageNo, params.PageSize);
  const Tasks = await Promise.all(
    page.items.map(async (task) => {
      const { Images: _images, ...summary } = await deriveTask(ctx, task);
      return summary;
    }),
  );
  return { Tasks, PageNo: page.PageNo, PageSize: page.PageSize, TotalCount: page.TotalCount };
}

/** `GetScanRuleTask` (console-only): the task and its images; SCAN_RULE_TASK_NOT_EXIST when unknown. */
export async function getScanRuleTask(
  ctx: ServiceContext,
  params: ActionParams<'GetScanRuleTask'>,
): Promise<Payload<'GetScanRuleTask'>> {
  const ruleTask = await read(ctx.store, ['instances', 'scanRuleTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const found = await tx.objectStore('scanRuleTasks').get(params.RuleTaskId);
    if (!found || found.InstanceId !== params.InstanceId) throw new BusinessFailure('SCAN_RULE_TASK_NOT_EXIST');
    return found;
  });
  return deriveTask(ctx, ruleTask);
}

/**
 * One-click fix (一键修复, console-only, see `src/api/contract/scan-fix.ts`): plans the package upgrades from the
 * findings of a COMPLETE cloud-engine scan, and runs fix tasks in the background — the fixed image is built off
 * the page's thread (the scan worker) from the stored blobs of the scanned digest, pushed as the new tag
 * `<tag>_fix_<ms>` in the same repository (the original tag is untouched), and scanned with the cloud engine.
 */
import {
  type FixCandidate,
  type FixErrorReason,
  type FixPlan,
  type OsFamily,
  type OsInfo,
  planFix,
} from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import { reason } from '@/api/contract/reasons';
import type { FixPlanPayload, FixTask } from '@/api/contract/scan-fix';
import type { ScanVulnerability } from '@/api/contract/scans';
import type { ScanJobBlob } from '../scan-worker/run-scan';
import { type FixTaskRecord, META_KEY, type RepositoryRecord, type ScanTaskRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure, ParameterFailure } from './errors';
import { failFix, fixLockName, recoverFixes } from './fix-task-state';
import { newId } from './ids';
import { fixerOf } from './image-fixer';
import { requireInstance, requireRepository } from './lookup';
import type { Payload } from './payload';
import { pushImage } from './push';
import { resolveScanEngine } from './scan-engine';
import { createRepoTagScanTask, selectTask, taskResults } from './scans';

/** At realistic demo speed, how long 修复中 stays visible at least (the core builds a fix in a blink). */
const REALISTIC_FIX_MS = 2000;

/** Readable failure texts for the core's fix reasons. */
const FIX_FAILURE_TEXT: Record<FixErrorReason, string> = {
  UNSUPPORTED_OS: 'the operating system of the image has no package manager the fix knows',
  NO_PACKAGE_DB:
    'the image has no package database to upgrade (distroless images and images without a package manager cannot be fixed)',
  NOTHING_TO_FIX: 'none of the selected vulnerabilities has a fixed package version',
  PLAN_MISMATCH:
    'a package to upgrade is not installed in the image as the scan saw it; scan the image again and retry',
  UNSUPPORTED_RPMDB:
    'the rpm database of the image (BerkeleyDB or NDB) cannot be rewritten; only SQLite rpm databases can be fixed',
  INVALID_INPUT: 'the stored image is not a readable image',
};

/** ACR's `VersionFormat` of a system vulnerability → the core's ecosystem and an OS family using it. */
const OS_OF_FORMAT: Record<string, { ecosystem: FixCandidate['ecosystem']; family: OsFamily }> = {
  apk: { ecosystem: 'apk', family: 'alpine' },
  dpkg: { ecosystem: 'deb', family: 'debian' },
  rpm: { ecosystem: 'rpm', family: 'redhat' },
};

type FixSelector = ActionParams<'PlanRepoTagFix'>;

interface PreparedFix {
  task: ScanTaskRecord;
  repo: RepositoryRecord;
  plan: FixPlan;
}

/**
 * The OS the findings come from, for results stored before the scan recorded its OS: by the package format of
 * the system vulnerabilities, release unknown (so rpm images get dnf, as every supported release today).
 */
function osOfRows(rows: readonly ScanVulnerability[]): OsInfo | undefined {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (OS_OF_FORMAT[row.VersionFormat]) counts.set(row.VersionFormat, (counts.get(row.VersionFormat) ?? 0) + 1);
  }
  const format = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const os = format ? OS_OF_FORMAT[format] : undefined;
  return os ? { family: os.family, name: '' } : undefined;
}

function candidateOf(row: ScanVulnerability): FixCandidate {
  return {
    id: row.CveName,
    ecosystem: OS_OF_FORMAT[row.VersionFormat]?.ecosystem ?? 'npm',
    pkgName: row.Feature,
    installedVersion: row.Version,
    ...(row.VersionFixed ? { fixedVersion: row.VersionFixed } : {}),
    pkgPath: row.CveLocation,
  };
}

/** The selected system vulnerabilities, one per advisory and package. */
function selectedRows(rows: readonly ScanVulnerability[], cveNames: readonly string[] | undefined) {
  const wanted = cveNames ? new Set(cveNames.map((name) => name.trim())) : undefined;
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (row.ScanType !== 'cve' || (wanted && !wanted.has(row.CveName))) return false;
    const key = `${row.CveName}\u0000${row.Feature}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The scan task, its repository and the plan; the checks every fix action shares. */
async function prepareFix(ctx: ServiceContext, params: FixSelector): Promise<PreparedFix> {
  const task = await selectTask(ctx, {
    InstanceId: params.InstanceId,
    RepoId: params.RepoId,
    Tag: params.Tag,
    ...(params.ScanTaskId ? { ScanTaskId: params.ScanTaskId } : {}),
  });
  if (task.RepoId !== params.RepoId || task.Tag !== params.Tag) throw new BusinessFailure('SCAN_TASK_NOT_EXIST');
  if (task.ScanService !== 'SAS_SCAN_SERVICE') throw new BusinessFailure('FIX_ENGINE_NOT_SAS');
  const repo = await read(ctx.store, ['instances', 'repositories', 'cloudSecurity'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    // A fix is the cloud engine's work: an expired subscription answers SAS_NOT_PURCHASED.
    await resolveScanEngine(ctx, tx, instance, 'SAS_SCAN_SERVICE');
    return requireRepository(tx, { InstanceId: params.InstanceId, RepoId: params.RepoId });
  });
  const results = await taskResults(ctx, task);
  const rows = selectedRows(results?.Vulnerabilities ?? [], params.CveNames);
  // The OS the scan found (family and release: yum for RHEL 7, dnf later); older results are inferred.
  const os = rows.length === 0 ? undefined : (results?.Os ?? osOfRows(rows));
  if (!os) throw new BusinessFailure('FIX_NOTHING_TO_FIX');
  const image = `${repo.RepoNamespaceName}/${repo.RepoName}:${task.Tag}`;
  const plan = planFix({ image, os, vulnerabilities: rows.map(candidateOf) });
  if (plan.packages.length === 0) throw new BusinessFailure('FIX_NOTHING_TO_FIX');
  return { task, repo, plan };
}

function packagesOf(plan: FixPlan): FixTask['Packages'] {
  return plan.packages.map((p) => ({
    Name: p.name,
    InstalledVersion: p.installedVersion,
    TargetVersion: p.targetVersion,
    CveNames: p.vulnerabilities,
  }));
}

/** `PlanRepoTagFix`: what a fix of the selection would upgrade, and what it leaves unfixed. */
export async function planRepoTagFix(
  ctx: ServiceContext,
  params: ActionParams<'PlanRepoTagFix'>,
): Promise<Payload<'PlanRepoTagFix'>> {
  const { task, plan } = await prepareFix(ctx, params);
  return {
    ScanTaskId: task.ScanTaskId,
    Os: plan.os.name ? `${plan.os.family} ${plan.os.name}` : plan.os.family,
    PackageManager: plan.packageManager,
    Command: plan.command,
    Dockerfile: plan.dockerfile,
    Packages: packagesOf(plan),
    Unfixable: plan.unfixable.map((u) => ({ CveName: u.id, Package: u.pkgName, Reason: u.reason })),
  } satisfies Omit<FixPlanPayload, 'RequestId' | 'Code' | 'IsSuccess'>;
}

/** `CreateRepoTagFixTask`: records a FIXING task and starts it; answers at once with the new tag's name. */
export async function createRepoTagFixTask(
  ctx: ServiceContext,
  params: ActionParams<'CreateRepoTagFixTask'>,
): Promise<Payload<'CreateRepoTagFixTask'>> {
  const { task, repo, plan } = await prepareFix(ctx, params);
  const now = ctx.clock.now();
  const packages = packagesOf(plan);
  const fix: FixTaskRecord = {
    FixTaskId: newId('crfix-'),
    InstanceId: task.InstanceId,
    RepoId: task.RepoId,
    SourceTag: task.Tag,
    SourceDigest: task.Digest,
    ScanTaskId: task.ScanTaskId,
    NewTag: `${task.Tag}_fix_${now}`,
    Status: 'FIXING',
    CveNames: [...new Set(packages.flatMap((p) => p.CveNames))].sort(),
    Packages: packages,
    Command: plan.command,
    OsFamily: plan.os.family,
    OsName: plan.os.name,
    StartTime: now,
    RunnerId: ctx.scans.runnerId,
    HeartbeatTime: now,
  };
  // Counted as running from the moment it is visible, so no concurrent read takes it for an orphan.
  ctx.scans.running.add(fix.FixTaskId);
  try {
    await write(ctx.store, ['fixTasks'], async (tx) => {
      await tx.objectStore('fixTasks').put(fix);
    });
  } catch (error) {
    ctx.scans.running.delete(fix.FixTaskId);
    throw error;
  }
  void startFix(ctx, fix, plan, repo);
  return { FixTaskId: fix.FixTaskId, NewTag: fix.NewTag };
}

/** `ListRepoTagFixTask`: the instance's fix tasks (of a repository, of a source tag), newest first. */
export async function listRepoTagFixTask(
  ctx: ServiceContext,
  params: ActionParams<'ListRepoTagFixTask'>,
): Promise<Payload<'ListRepoTagFixTask'>> {
  if (params.Tag && !params.RepoId) throw new ParameterFailure('MissingParameter', 'RepoId');
  const stored = await read(ctx.store, ['instances', 'fixTasks'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    const fixes = tx.objectStore('fixTasks');
    if (params.RepoId && params.Tag) {
      return fixes.index('by-tag').getAll([params.InstanceId, params.RepoId, params.Tag]);
    }
    const all = await fixes.index('by-instance').getAll(params.InstanceId);
    return all.filter((fix) => !params.RepoId || fix.RepoId === params.RepoId);
  });
  const tasks = (await recoverFixes(ctx, stored)).sort((a, b) => b.StartTime - a.StartTime);
  return { FixTasks: tasks.map(toFixTask), TotalCount: tasks.length };
}

function toFixTask(fix: FixTaskRecord): FixTask {
  return {
    FixTaskId: fix.FixTaskId,
    InstanceId: fix.InstanceId,
    RepoId: fix.RepoId,
    SourceTag: fix.SourceTag,
    SourceDigest: fix.SourceDigest,
    ScanTaskId: fix.ScanTaskId,
    NewTag: fix.NewTag,
    Status: fix.Status,
    CveNames: fix.CveNames,
    Packages: fix.Packages,
    Command: fix.Command,
    StartTime: fix.StartTime,
    ...(fix.FinishTime === undefined ? {} : { FinishTime: fix.FinishTime }),
    ...(fix.FailReason === undefined ? {} : { FailReason: fix.FailReason }),
    ...(fix.ScanRefusedReason === undefined ? {} : { ScanRefusedReason: fix.ScanRefusedReason }),
  };
}

/** The manifest, config and layer blobs of the scanned image, manifest first. */
async function readBlobs(ctx: ServiceContext, digestHex: string): Promise<ScanJobBlob[]> {
  const manifestDigest = `sha256:${digestHex}`;
  return read(ctx.store, ['blobs'], async (tx) => {
    const blobs = tx.objectStore('blobs');
    const manifest = await blobs.get(manifestDigest);
    if (!manifest) throw new Error(`the image manifest ${manifestDigest} is missing from the registry storage`);
    const json = JSON.parse(new TextDecoder().decode(manifest.bytes)) as {
      config?: { digest?: string };
      layers?: { digest?: string }[];
    };
    const found: ScanJobBlob[] = [{ digest: manifest.digest, mediaType: manifest.mediaType, bytes: manifest.bytes }];
    for (const digest of [json.config?.digest, ...(json.layers ?? []).map((layer) => layer.digest)]) {
      const blob = digest ? await blobs.get(digest) : undefined;
      if (!blob) throw new Error(`the image blob ${digest ?? '(no digest)'} is missing from the registry storage`);
      found.push({ digest: blob.digest, mediaType: blob.mediaType, bytes: blob.bytes });
    }
    return found;
  });
}

/** Updates a fix that is still FIXING (a world reset or a recovery may have replaced or ended it). */
async function updateFix(ctx: ServiceContext, id: string, change: Partial<FixTaskRecord>): Promise<boolean> {
  return write(ctx.store, ['fixTasks'], async (tx) => {
    const current = await tx.objectStore('fixTasks').get(id);
    if (current?.Status !== 'FIXING') return false;
    await tx.objectStore('fixTasks').put({ ...current, ...change, HeartbeatTime: ctx.clock.now() });
    return true;
  });
}

/**
 * Scans the fixed tag with the cloud engine. The fix has succeeded once the tag is pushed: a scan refused because
 * the image authorisations are used up (the fixed image is a new one) is the fix's note, not its failure.
 */
async function scanFixedTag(ctx: ServiceContext, fix: FixTaskRecord): Promise<string | undefined> {
  const tag = { InstanceId: fix.InstanceId, RepoId: fix.RepoId, Tag: fix.NewTag };
  try {
    await createRepoTagScanTask(ctx, { ...tag, ScanService: 'SAS_SCAN_SERVICE' });
    return undefined;
  } catch (error) {
    if (error instanceof BusinessFailure && error.code === 'SAS_IMAGE_QUOTA_EXCEEDED') return error.message;
    throw error;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function runFix(ctx: ServiceContext, fix: FixTaskRecord, plan: FixPlan, repo: RepositoryRecord) {
  try {
    const meta = await read(ctx.store, ['meta'], (tx) => tx.objectStore('meta').get(META_KEY));
    const realistic = meta?.Speed === 'realistic' ? sleep(REALISTIC_FIX_MS) : Promise.resolve();
    const outcome = await fixerOf(ctx).fixImage({
      manifestDigest: `sha256:${fix.SourceDigest}`,
      blobs: await readBlobs(ctx, fix.SourceDigest),
      plan,
      created: new Date(fix.StartTime).toISOString(),
    });
    if (!outcome.ok) {
      throw new Error(outcome.reason === 'IO_ERROR' ? outcome.message : FIX_FAILURE_TEXT[outcome.reason]);
    }
    await realistic;
    if (!(await updateFix(ctx, fix.FixTaskId, {}))) return;
    const target = {
      InstanceId: fix.InstanceId,
      NamespaceName: repo.RepoNamespaceName,
      RepoName: repo.RepoName,
      Tag: fix.NewTag,
    };
    await pushImage(ctx, target, outcome.image);
    const scanRefusedReason = await scanFixedTag(ctx, fix);
    await updateFix(ctx, fix.FixTaskId, {
      Status: 'SUCCESS',
      FinishTime: ctx.clock.now(),
      ...(scanRefusedReason === undefined ? {} : { ScanRefusedReason: scanRefusedReason }),
    });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    await failFix(ctx, fix.FixTaskId, reason('fix-failed', { detail })).catch(() => undefined);
  }
}

/** Starts a fix in the background, holding its Web Lock where there is one so other tabs see it alive. */
function startFix(ctx: ServiceContext, fix: FixTaskRecord, plan: FixPlan, repo: RepositoryRecord): Promise<void> {
  const { running } = ctx.scans;
  running.add(fix.FixTaskId);
  const work = () => runFix(ctx, fix, plan, repo);
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const done = (locks ? locks.request(fixLockName(ctx, fix.FixTaskId), work) : work()).finally(() =>
    running.delete(fix.FixTaskId),
  );
  return done.catch((error: unknown) => console.error('[mock backend] fix task failed to finish:', error));
}

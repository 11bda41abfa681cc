/**
 * Scan rules: `CreateScanRule`, `UpdateScanRule`, `DeleteScanRule`, `GetScanRule`, `ListScanRule`, and the
 * wizard's console-only `PreviewScanRuleTags`. Their batch tasks are in `scan-rule-tasks.ts`; the checks and
 * image matching both share are in `scan-rule-checks.ts`. Deleting a rule keeps its tasks.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { ScanRuleListItem } from '@/api/contract/scan-rules';
import { ID_PREFIX } from '@/api/contract/wire';
import type { ScanRuleRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireInstance } from './lookup';
import { paginate } from './paging';
import type { Payload } from './payload';
import {
  checkNotify,
  checkPattern,
  checkRuleName,
  checkScope,
  matchImages,
  requireLinkedVpc,
  requireRule,
  requireScope,
  rethrowDuplicateRule,
  unique,
} from './scan-rule-checks';

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

/**
 * RAM policies: the two ACR system policies (read-only, in code) and custom policies written as RAM JSON.
 * `ListPolicies`, `GetPolicy`, `CreatePolicy`, `CreatePolicyVersion` (the new document becomes the default,
 * `v1` → `v2` → …), `DeletePolicy` (refused while attached) and `ValidatePolicyDocument`.
 */
import { parseRamPolicy, type RamPolicyDocument } from '@acr-console/core';
import { BUSINESS_ERRORS } from '@/api/contract/errors';
import type { RamPolicy, RamPolicyType } from '@/api/contract/ram';
import { isSystemPolicy, systemPolicyViews } from '../ram/principals';
import type { AcrTransaction, RamPolicyRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import type { Payload } from './payload';

type AnyTx = AcrTransaction<'readonly'> | AcrTransaction<'readwrite'>;

/** The parsed document, or RAM_POLICY_DOCUMENT_ILLEGAL naming every problem (`path: message`). */
export function requireValidDocument(text: string): RamPolicyDocument {
  const parsed = parseRamPolicy(text);
  if (parsed.ok) return parsed.document;
  const problems = parsed.problems.map((p) => `${p.path || '(document)'}: ${p.message['en-US']}`).join('; ');
  throw new BusinessFailure(
    'RAM_POLICY_DOCUMENT_ILLEGAL',
    `${BUSINESS_ERRORS.RAM_POLICY_DOCUMENT_ILLEGAL} ${problems}`,
  );
}

/** How many users and groups a policy is attached to. */
async function attachmentCount(tx: AnyTx, type: RamPolicyType, name: string): Promise<number> {
  return tx.objectStore('ramAttachments').index('by-policy').count([type, name]);
}

/** A policy as the API shows it, or RAM_POLICY_NOT_EXIST. */
export async function requirePolicy(tx: AnyTx, name: string, type: RamPolicyType): Promise<RamPolicy> {
  const row =
    type === 'System'
      ? systemPolicyViews().find((p) => p.PolicyName === name)
      : await tx.objectStore('ramPolicies').get(name);
  if (!row) throw new BusinessFailure('RAM_POLICY_NOT_EXIST');
  return { ...row, AttachmentCount: await attachmentCount(tx, type, name) };
}

export async function listPolicies(
  ctx: ServiceContext,
  params: { PolicyType?: RamPolicyType },
): Promise<Payload<'ListPolicies'>> {
  const Policies = await read(ctx.store, ['ramPolicies', 'ramAttachments'], async (tx) => {
    const custom = (await tx.objectStore('ramPolicies').getAll()).sort(
      (a, b) => a.CreateDate - b.CreateDate || a.PolicyName.localeCompare(b.PolicyName),
    );
    const rows = [...systemPolicyViews(), ...custom].filter(
      (p) => !params.PolicyType || p.PolicyType === params.PolicyType,
    );
    return Promise.all(
      rows.map(async (p) => ({ ...p, AttachmentCount: await attachmentCount(tx, p.PolicyType, p.PolicyName) })),
    );
  });
  return { Policies };
}

export async function getPolicy(
  ctx: ServiceContext,
  params: { PolicyName: string; PolicyType: RamPolicyType },
): Promise<Payload<'GetPolicy'>> {
  const Policy = await read(ctx.store, ['ramPolicies', 'ramAttachments'], (tx) =>
    requirePolicy(tx, params.PolicyName, params.PolicyType),
  );
  return { Policy };
}

export async function createPolicy(
  ctx: ServiceContext,
  params: { PolicyName: string; PolicyDocument: string; Description?: string },
): Promise<Payload<'CreatePolicy'>> {
  requireValidDocument(params.PolicyDocument);
  const now = ctx.clock.now();
  const record: RamPolicyRecord = {
    PolicyName: params.PolicyName,
    PolicyType: 'Custom',
    Description: params.Description ?? '',
    PolicyDocument: params.PolicyDocument,
    DefaultVersion: 'v1',
    CreateDate: now,
    UpdateDate: now,
  };
  await write(ctx.store, ['ramPolicies'], async (tx) => {
    if (isSystemPolicy(params.PolicyName) || (await tx.objectStore('ramPolicies').get(params.PolicyName))) {
      throw new BusinessFailure('RAM_POLICY_EXIST');
    }
    await tx.objectStore('ramPolicies').add(record);
  });
  return { Policy: { ...record, AttachmentCount: 0 } };
}

/** `CreatePolicyVersion` with SetAsDefault: takes effect on the next call of every identity it is attached to. */
export async function createPolicyVersion(
  ctx: ServiceContext,
  params: { PolicyName: string; PolicyDocument: string },
): Promise<Payload<'CreatePolicyVersion'>> {
  if (isSystemPolicy(params.PolicyName)) throw new BusinessFailure('RAM_SYSTEM_POLICY_READONLY');
  requireValidDocument(params.PolicyDocument);
  const Policy = await write(ctx.store, ['ramPolicies', 'ramAttachments'], async (tx) => {
    const current = await tx.objectStore('ramPolicies').get(params.PolicyName);
    if (!current) throw new BusinessFailure('RAM_POLICY_NOT_EXIST');
    const version = Number(current.DefaultVersion.replace(/^v/, '')) || 1;
    const next: RamPolicyRecord = {
      ...current,
      PolicyDocument: params.PolicyDocument,
      DefaultVersion: `v${version + 1}`,
      UpdateDate: ctx.clock.now(),
    };
    await tx.objectStore('ramPolicies').put(next);
    return { ...next, AttachmentCount: await attachmentCount(tx, 'Custom', next.PolicyName) };
  });
  return { Policy };
}

export async function deletePolicy(
  ctx: ServiceContext,
  params: { PolicyName: string },
): Promise<Payload<'DeletePolicy'>> {
  if (isSystemPolicy(params.PolicyName)) throw new BusinessFailure('RAM_SYSTEM_POLICY_READONLY');
  await write(ctx.store, ['ramPolicies', 'ramAttachments'], async (tx) => {
    if (!(await tx.objectStore('ramPolicies').get(params.PolicyName)))
      throw new BusinessFailure('RAM_POLICY_NOT_EXIST');
    if (await attachmentCount(tx, 'Custom', params.PolicyName)) throw new BusinessFailure('RAM_POLICY_IN_USE');
    await tx.objectStore('ramPolicies').delete(params.PolicyName);
  });
  return {};
}

export async function validatePolicyDocument(
  _ctx: ServiceContext,
  params: { PolicyDocument: string },
): Promise<Payload<'ValidatePolicyDocument'>> {
  const parsed = parseRamPolicy(params.PolicyDocument);
  return {
    Valid: parsed.ok,
    Problems: parsed.ok ? [] : parsed.problems.map((p) => ({ Path: p.path, Message: p.message })),
  };
}

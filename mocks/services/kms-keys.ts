/**
 * The KMS-like key store behind image signing (console-only): `CreateKey`, `ListKeys`, `DescribeKey`,
 * `EnableKey`, `DisableKey`, `GetPublicKey`, `ListKeyUsage`. Private keys are non-extractable Web Crypto keys kept
 * in IndexedDB (structured clone keeps them usable), so only public keys ever leave the store. Every operation on
 * a key, signing and verifying included, leaves a row in its usage history.
 */
import { exportPublicKeyPem, generateSigningKey, publicKeyFingerprint, type SigningKeyKind } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import type { KeyOperation, KmsKey } from '@/api/contract/signing';
import { ID_PREFIX } from '@/api/contract/wire';
import type { AcrTransaction, KmsKeyRecord, KmsKeyUsageRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure, ParameterFailure } from './errors';
import { newId } from './ids';
import { paginate } from './paging';
import type { Payload } from './payload';
import type { AnyTx } from './scan-rule-checks';

/** The key as the API shows it: never the key material, only the public fingerprint. */
export function keyView(key: KmsKeyRecord): KmsKey {
  return {
    KeyId: key.KeyId,
    RegionId: key.RegionId,
    Description: key.Description,
    KeySpec: key.KeySpec,
    KeyUsage: 'SIGN/VERIFY',
    KeyState: key.KeyState,
    CreateTime: key.CreateTime,
    Fingerprint: key.Fingerprint,
    FingerprintShort: key.FingerprintShort,
    ...(key.LastUsedTime !== undefined ? { LastUsedTime: key.LastUsedTime } : {}),
  };
}

export async function requireKey(tx: AnyTx, keyId: string): Promise<KmsKeyRecord> {
  const key = await tx.objectStore('kmsKeys').get(keyId);
  if (!key) throw new BusinessFailure('KEY_NOT_EXIST');
  return key;
}

let usageSequence = 0;

/**
 * A usage row. The id starts with the time and a per-page-load counter, so rows written in the same millisecond
 * still list in the order they happened.
 */
export function usageRow(
  ctx: ServiceContext,
  row: { KeyId: string; Operation: KeyOperation; Result: 'SUCCESS' | 'FAILED'; Target?: string; Detail?: string },
): KmsKeyUsageRecord {
  const Time = ctx.clock.now();
  usageSequence = (usageSequence + 1) % 1_000_000;
  const order = `${String(Time).padStart(15, '0')}${String(usageSequence).padStart(6, '0')}`;
  return {
    UsageId: `${newId('kmsu-')}-${order}`,
    KeyId: row.KeyId,
    Operation: row.Operation,
    Time,
    Result: row.Result,
    ...(row.Target !== undefined ? { Target: row.Target } : {}),
    ...(row.Detail !== undefined ? { Detail: row.Detail } : {}),
  };
}

/** Newest first: by time, then by the order suffix of the id. */
function usageOrder(a: KmsKeyUsageRecord, b: KmsKeyUsageRecord): number {
  return b.Time - a.Time || (b.UsageId.split('-').at(-1) ?? '').localeCompare(a.UsageId.split('-').at(-1) ?? '');
}

/** Writes usage rows in the caller's transaction (which must include `kmsKeyUsage`). */
export async function putUsage(tx: AcrTransaction<'readwrite'>, rows: readonly KmsKeyUsageRecord[]): Promise<void> {
  for (const row of rows) await tx.objectStore('kmsKeyUsage').put(row);
}

/** Records usage on its own (e.g. a failure whose main transaction was aborted). */
export async function recordUsage(ctx: ServiceContext, rows: readonly KmsKeyUsageRecord[]): Promise<void> {
  if (rows.length > 0) await write(ctx.store, ['kmsKeyUsage'], (tx) => putUsage(tx, rows));
}

/** `CreateKey`: a fresh key pair in the region (an unknown region is an InvalidParameter, as KMS answers). */
export async function createKey(ctx: ServiceContext, params: ActionParams<'CreateKey'>): Promise<Payload<'CreateKey'>> {
  // Key generation and export are Web Crypto work: done before the transaction (see transactions.ts).
  const pair = await generateSigningKey(params.KeySpec as SigningKeyKind);
  const fingerprint = await publicKeyFingerprint(pair.publicKey);
  const PublicKeyPem = await exportPublicKeyPem(pair.publicKey);
  const now = ctx.clock.now();
  const key: KmsKeyRecord = {
    KeyId: newId(ID_PREFIX.key),
    RegionId: params.RegionId,
    Description: params.Description ?? '',
    KeySpec: params.KeySpec,
    KeyState: 'Enabled',
    CreateTime: now,
    Fingerprint: fingerprint.sha256Hex,
    FingerprintShort: fingerprint.short,
    PublicKeyPem,
    PrivateKey: pair.privateKey,
    PublicKey: pair.publicKey,
  };
  await write(ctx.store, ['regions', 'kmsKeys', 'kmsKeyUsage'], async (tx) => {
    if (!(await tx.objectStore('regions').count(params.RegionId))) {
      throw new ParameterFailure('InvalidParameter', 'RegionId', 'unknown region');
    }
    await tx.objectStore('kmsKeys').add(key);
    await putUsage(tx, [usageRow(ctx, { KeyId: key.KeyId, Operation: 'CreateKey', Result: 'SUCCESS' })]);
  });
  return { Key: keyView(key) };
}

/** `ListKeys`: the region's keys, newest first, one page at a time. */
export async function listKeys(ctx: ServiceContext, params: ActionParams<'ListKeys'>): Promise<Payload<'ListKeys'>> {
  const keys = await read(ctx.store, ['kmsKeys'], (tx) =>
    tx.objectStore('kmsKeys').index('by-region').getAll(params.RegionId),
  );
  keys.sort((a, b) => b.CreateTime - a.CreateTime || b.KeyId.localeCompare(a.KeyId));
  const page = paginate(keys, params.PageNo, params.PageSize);
  return { Keys: page.items.map(keyView), TotalCount: page.TotalCount };
}

export async function describeKey(
  ctx: ServiceContext,
  params: ActionParams<'DescribeKey'>,
): Promise<Payload<'DescribeKey'>> {
  const key = await read(ctx.store, ['kmsKeys'], (tx) => requireKey(tx, params.KeyId));
  return { Key: keyView(key) };
}

async function setKeyState(ctx: ServiceContext, keyId: string, enabled: boolean): Promise<void> {
  await write(ctx.store, ['kmsKeys', 'kmsKeyUsage'], async (tx) => {
    const key = await requireKey(tx, keyId);
    await tx.objectStore('kmsKeys').put({ ...key, KeyState: enabled ? 'Enabled' : 'Disabled' });
    const Operation = enabled ? 'EnableKey' : 'DisableKey';
    await putUsage(tx, [usageRow(ctx, { KeyId: keyId, Operation, Result: 'SUCCESS' })]);
  });
}

export async function enableKey(ctx: ServiceContext, params: ActionParams<'EnableKey'>): Promise<Payload<'EnableKey'>> {
  await setKeyState(ctx, params.KeyId, true);
  return {};
}

/** `DisableKey`: the key stops signing, and signatures it made stop counting as trusted. */
export async function disableKey(
  ctx: ServiceContext,
  params: ActionParams<'DisableKey'>,
): Promise<Payload<'DisableKey'>> {
  await setKeyState(ctx, params.KeyId, false);
  return {};
}

/** `GetPublicKey`: the SPKI PEM (any state: a disabled key's public half still verifies old signatures). */
export async function getPublicKey(
  ctx: ServiceContext,
  params: ActionParams<'GetPublicKey'>,
): Promise<Payload<'GetPublicKey'>> {
  const key = await write(ctx.store, ['kmsKeys', 'kmsKeyUsage'], async (tx) => {
    const found = await requireKey(tx, params.KeyId);
    await putUsage(tx, [usageRow(ctx, { KeyId: found.KeyId, Operation: 'GetPublicKey', Result: 'SUCCESS' })]);
    return found;
  });
  return { KeyId: key.KeyId, KeySpec: key.KeySpec, PublicKey: key.PublicKeyPem };
}

/** `ListKeyUsage`: the key's history, newest first. */
export async function listKeyUsage(
  ctx: ServiceContext,
  params: ActionParams<'ListKeyUsage'>,
): Promise<Payload<'ListKeyUsage'>> {
  const rows = await read(ctx.store, ['kmsKeys', 'kmsKeyUsage'], async (tx) => {
    await requireKey(tx, params.KeyId);
    return tx.objectStore('kmsKeyUsage').index('by-key').getAll(params.KeyId);
  });
  rows.sort(usageOrder);
  const page = paginate(rows, params.PageNo, params.PageSize);
  return { Usages: page.items, TotalCount: page.TotalCount };
}

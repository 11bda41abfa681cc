/**
 * 证明者 (console-only `CreateSigningWitness`, `ListSigningWitness`, `DeleteSigningWitness`): a named key of the
 * instance's region. Signing rules sign with a witness's key; verification trusts the enabled keys of the
 * instance's witnesses.
 */
import type { ActionParams } from '@/api/contract/actions';
import type { SigningWitness } from '@/api/contract/signing';
import { ID_PREFIX } from '@/api/contract/wire';
import type { KmsKeyRecord, SignWitnessRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure } from './errors';
import { newId } from './ids';
import { requireKey } from './kms-keys';
import { requireInstance } from './lookup';
import type { Payload } from './payload';
import type { AnyTx } from './scan-rule-checks';

export async function requireWitness(tx: AnyTx, instanceId: string, witnessId: string): Promise<SignWitnessRecord> {
  const witness = await tx.objectStore('signWitnesses').get(witnessId);
  if (!witness || witness.InstanceId !== instanceId) throw new BusinessFailure('WITNESS_NOT_EXIST');
  return witness;
}

/** The witness joined with its key's current spec, state and fingerprint (a deleted key reads as disabled). */
export function witnessView(witness: SignWitnessRecord, key: KmsKeyRecord | undefined): SigningWitness {
  return {
    WitnessId: witness.WitnessId,
    InstanceId: witness.InstanceId,
    WitnessName: witness.WitnessName,
    Description: witness.Description,
    KeyId: witness.KeyId,
    KeySpec: key?.KeySpec ?? 'EC_P256',
    KeyState: key?.KeyState ?? 'Disabled',
    Fingerprint: key?.Fingerprint ?? '',
    CreateTime: witness.CreateTime,
  };
}

function rethrowDuplicate(error: unknown): never {
  if (error instanceof Error && error.name === 'ConstraintError') throw new BusinessFailure('WITNESS_NAME_EXIST');
  throw error;
}

/** `CreateSigningWitness`: the key must exist in the instance's region (KEY_REGION_MISMATCH otherwise). */
export async function createSigningWitness(
  ctx: ServiceContext,
  params: ActionParams<'CreateSigningWitness'>,
): Promise<Payload<'CreateSigningWitness'>> {
  const witness: SignWitnessRecord = {
    WitnessId: newId(ID_PREFIX.witness),
    InstanceId: params.InstanceId,
    WitnessName: params.WitnessName,
    Description: params.Description ?? '',
    KeyId: params.KeyId,
    CreateTime: ctx.clock.now(),
  };
  await write(ctx.store, ['instances', 'kmsKeys', 'signWitnesses'], async (tx) => {
    const instance = await requireInstance(tx, params.InstanceId, { running: true });
    const key = await requireKey(tx, params.KeyId);
    if (key.RegionId !== instance.RegionId) throw new BusinessFailure('KEY_REGION_MISMATCH');
    const witnesses = tx.objectStore('signWitnesses');
    if (await witnesses.index('by-instance-name').count([params.InstanceId, params.WitnessName])) {
      throw new BusinessFailure('WITNESS_NAME_EXIST');
    }
    await witnesses.add(witness);
  }).catch(rethrowDuplicate);
  return { WitnessId: witness.WitnessId };
}

/** The instance's witnesses with their keys, oldest first (the order rules and policies offer them in). */
export async function witnessesOf(
  tx: AnyTx,
  instanceId: string,
): Promise<{ witness: SignWitnessRecord; key: KmsKeyRecord | undefined }[]> {
  const witnesses = await tx.objectStore('signWitnesses').index('by-instance').getAll(instanceId);
  witnesses.sort((a, b) => a.CreateTime - b.CreateTime || a.WitnessId.localeCompare(b.WitnessId));
  return Promise.all(
    witnesses.map(async (witness) => ({ witness, key: await tx.objectStore('kmsKeys').get(witness.KeyId) })),
  );
}

export async function listSigningWitness(
  ctx: ServiceContext,
  params: ActionParams<'ListSigningWitness'>,
): Promise<Payload<'ListSigningWitness'>> {
  const rows = await read(ctx.store, ['instances', 'kmsKeys', 'signWitnesses'], async (tx) => {
    await requireInstance(tx, params.InstanceId);
    return witnessesOf(tx, params.InstanceId);
  });
  const Witnesses = rows.map(({ witness, key }) => witnessView(witness, key));
  return { Witnesses, TotalCount: Witnesses.length };
}

/** `DeleteSigningWitness`: WITNESS_IN_USE while a signing rule or a deployment policy names it. */
export async function deleteSigningWitness(
  ctx: ServiceContext,
  params: ActionParams<'DeleteSigningWitness'>,
): Promise<Payload<'DeleteSigningWitness'>> {
  await write(ctx.store, ['instances', 'signWitnesses', 'signRules', 'deployPolicies'], async (tx) => {
    await requireInstance(tx, params.InstanceId, { running: true });
    const witness = await requireWitness(tx, params.InstanceId, params.WitnessId);
    const rules = await tx.objectStore('signRules').index('by-instance').getAll(params.InstanceId);
    const policies = await tx.objectStore('deployPolicies').index('by-instance').getAll(params.InstanceId);
    if (
      rules.some((rule) => rule.WitnessId === witness.WitnessId) ||
      policies.some((policy) => policy.Witnesses?.includes(witness.WitnessId))
    ) {
      throw new BusinessFailure('WITNESS_IN_USE');
    }
    await tx.objectStore('signWitnesses').delete(witness.WitnessId);
  });
  return {};
}

/** Direct store access for test preconditions that the API cannot set up (e.g. a lower quota). */
import type { ServiceContext } from '../services/context';
import type { InstanceRecord } from '../store/schema';
import { read, write } from '../store/transactions';

/** Rewrites an instance record (e.g. to lower a quota or stop it). */
export async function patchInstance(
  ctx: ServiceContext,
  instanceId: string,
  patch: (instance: InstanceRecord) => InstanceRecord,
): Promise<void> {
  await write(ctx.store, ['instances'], async (tx) => {
    const instance = await tx.objectStore('instances').get(instanceId);
    if (!instance) throw new Error(`no instance ${instanceId}`);
    await tx.objectStore('instances').put(patch(instance));
  });
}

/** How many records a store holds. */
export function countRecords(
  ctx: ServiceContext,
  store: 'instances' | 'namespaces' | 'repositories' | 'tags' | 'blobs' | 'linkedVpcs',
): Promise<number> {
  return read(ctx.store, [store], (tx) => tx.objectStore(store).count());
}

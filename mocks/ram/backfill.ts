/**
 * Worlds seeded before RAM existed (schema < 8) open with empty RAM stores after the upgrade: they get the
 * seeded users, groups and policies on their first request, so the identity switcher is not empty. A world
 * that has any RAM record is left alone, and so is every world seeded since (its seed wrote RAM already).
 */
import type { ServiceContext } from '../services/context';
import { META_KEY, type MetaRecord } from '../store/schema';
import { write } from '../store/transactions';
import { buildRamWorld } from './seed';

/** The schema version that brought RAM (the stores and the seed). */
const RAM_SCHEMA_VERSION = 8;
const RAM_STORES = ['ramUsers', 'ramGroups', 'ramPolicies', 'ramAttachments'] as const;
/** Worlds (database + seeding time) already checked by this backend instance: one check per page load. */
const checked = new Set<string>();

export async function backfillRam(ctx: ServiceContext, meta: MetaRecord): Promise<void> {
  if (meta.SchemaVersion >= RAM_SCHEMA_VERSION) return;
  const world = `${ctx.store.name}@${meta.SeededAt}`;
  if (checked.has(world)) return;
  // The seed builder is a large module the backend otherwise loads only to seed; fetched outside the
  // transaction (an IndexedDB transaction does not survive waiting on anything but its own requests).
  const { SEED_EPOCH } = await import('../seed/build-world');
  await write(ctx.store, ['meta', 'instances', 'namespaces', ...RAM_STORES], async (tx) => {
    const current = await tx.objectStore('meta').get(META_KEY);
    if (!current || current.SchemaVersion >= RAM_SCHEMA_VERSION) return;
    for (const name of RAM_STORES) if ((await tx.objectStore(name).count()) > 0) return;
    const ram = buildRamWorld(
      await tx.objectStore('instances').getAll(),
      await tx.objectStore('namespaces').getAll(),
      SEED_EPOCH,
    );
    for (const r of ram.ramUsers) await tx.objectStore('ramUsers').put(r);
    for (const r of ram.ramGroups) await tx.objectStore('ramGroups').put(r);
    for (const r of ram.ramPolicies) await tx.objectStore('ramPolicies').put(r);
    for (const r of ram.ramAttachments) await tx.objectStore('ramAttachments').put(r);
  });
  checked.add(world);
}

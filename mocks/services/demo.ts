/**
 * Demo control (console-only actions): which world is loaded, resetting to a named seed, and the demo speed.
 * Also seeds the default world on first start.
 */
import type { DemoSeedName, DemoSpeed, DemoState } from '@/api/contract/console';
import type { SeededWorld } from '../seed/build-world';
import { type AcrTransaction, ALL_STORES, META_KEY, type MetaRecord } from '../store/schema';
import { read, write } from '../store/transactions';
import { replaceWorld } from '../store/world';
import type { ServiceContext } from './context';

const FIRST_SEED: DemoSeedName = 'default';
const FIRST_SPEED: DemoSpeed = 'realistic';

/**
 * The seed builder (and the scan core it runs over the demo images) is only fetched when a world is built:
 * a returning visitor whose database is already seeded never downloads it.
 */
async function buildWorld(seed: DemoSeedName): Promise<SeededWorld> {
  const { buildWorld: build } = await import('../seed/build-world');
  return build(seed);
}

/**
 * Returns the demo meta row, seeding the default world first if the database is empty. Safe with several
 * tabs starting at once: a Web Lock (where available) lets one tab seed while the others wait, and the write
 * transaction re-checks that nobody seeded in between, so a world is never written twice.
 */
export async function ensureWorld(ctx: ServiceContext): Promise<MetaRecord> {
  const existing = await readMeta(ctx);
  if (existing) return existing;
  return withSeedLock(ctx.store.name, async () => {
    const seededMeanwhile = await readMeta(ctx);
    if (seededMeanwhile) return seededMeanwhile;
    const world = await buildWorld(FIRST_SEED);
    return write(ctx.store, ALL_STORES, async (tx) => {
      const current = await tx.objectStore('meta').get(META_KEY);
      if (current) return current;
      const meta = newMeta(ctx, FIRST_SEED, FIRST_SPEED);
      await replaceWorld(tx, world, meta);
      await putAccountRows(tx, world);
      return meta;
    });
  });
}

/** `GetDemoState`: the loaded seed, the speed and when the world was seeded. */
export async function getDemoState(ctx: ServiceContext): Promise<DemoState> {
  return toState(ctx, await ensureWorld(ctx));
}

/**
 * `ResetDemoWorld`: replaces everything with a fresh copy of the named seed, atomically (one transaction
 * over every store). The demo speed is kept: it is the presenter's setting, not part of the world.
 */
export async function resetDemoWorld(ctx: ServiceContext, params: { SeedName: DemoSeedName }): Promise<DemoState> {
  const world = await buildWorld(params.SeedName);
  const meta = await write(ctx.store, ALL_STORES, async (tx) => {
    const previous = await tx.objectStore('meta').get(META_KEY);
    const next: MetaRecord = {
      ...newMeta(ctx, params.SeedName, previous?.Speed ?? FIRST_SPEED),
      // The demo receiver switch is a presenter setting too.
      ...(previous?.DemoReceiverEnabled === false ? { DemoReceiverEnabled: false } : {}),
    };
    await replaceWorld(tx, world, next);
    await putAccountRows(tx, world);
    return next;
  });
  return toState(ctx, meta);
}

/** `UpdateDemoSpeed`: `realistic` (latency and provisioning times like the real service) or `instant`. */
export async function updateDemoSpeed(ctx: ServiceContext, params: { Speed: DemoSpeed }): Promise<DemoState> {
  await ensureWorld(ctx);
  const meta = await write(ctx.store, ['meta'], async (tx) => {
    const current = await tx.objectStore('meta').get(META_KEY);
    const next: MetaRecord = { ...(current ?? newMeta(ctx, FIRST_SEED, params.Speed)), Speed: params.Speed };
    await tx.objectStore('meta').put(next);
    return next;
  });
  return toState(ctx, meta);
}

/** The account-level rows a seed starts with (the cloud-security purchase), after `replaceWorld` cleared them. */
async function putAccountRows(tx: AcrTransaction<'readwrite'>, world: SeededWorld): Promise<void> {
  if (world.cloudSecurity) await tx.objectStore('cloudSecurity').put(world.cloudSecurity);
  await Promise.all((world.sasOrders ?? []).map((order) => tx.objectStore('sasOrders').put(order)));
}

function readMeta(ctx: ServiceContext): Promise<MetaRecord | undefined> {
  return read(ctx.store, ['meta'], (tx) => tx.objectStore('meta').get(META_KEY));
}

function newMeta(ctx: ServiceContext, SeedName: DemoSeedName, Speed: DemoSpeed): MetaRecord {
  return { key: META_KEY, SeedName, Speed, SeededAt: ctx.clock.now(), SchemaVersion: ctx.store.version };
}

function toState(ctx: ServiceContext, meta: MetaRecord): DemoState {
  return { SeedName: meta.SeedName, Speed: meta.Speed, SeededAt: meta.SeededAt, SchemaVersion: ctx.store.version };
}

async function withSeedLock<T>(dbName: string, fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(`${dbName}:seed`, fn) : fn();
}

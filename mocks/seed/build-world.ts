/**
 * Turns a named world spec into store records. Everything is a function of the seed name: ids come from
 * stable keys, times from a fixed epoch, images from the deterministic image factory. So the same seed always
 * yields the same ids and digests, and scripts can deep-link into a freshly reset world.
 */
import type { BuiltImage } from '@acr-console/core';
import type { DemoSeedName } from '@/api/contract/console';
import { ID_PREFIX } from '@/api/contract/wire';
import { buildRamWorld } from '../ram/seed';
import { allocateIp } from '../services/network';
import type { BlobRecord, CloudSecurityRecord, SasOrderRecord, VpcRecord, VSwitchRecord } from '../store/schema';
import type { WorldRecords } from '../store/world';
import { EDITION_QUOTAS } from './editions';
import { demoImage, type ImageRef, imageBlobs } from './images';
import { hashString, seededId, seededInt } from './prng';
import { REGIONS } from './regions';
import { ACCOUNT_VPCS } from './vpcs';
import type { InstanceSpec, WorldSpec } from './world-spec';
import { CLEAN_FLEET_WORLD } from './worlds/clean-fleet-world';
import { boughtCloudEngine, CLOUD_ENGINE_BOUGHT_WORLD } from './worlds/cloud-engine-bought-world';
import { DEFAULT_WORLD } from './worlds/default-world';
import { EMPTY_WORLD } from './worlds/empty-world';
import { FRESH_NO_VPC_WORLD } from './worlds/fresh-no-vpc-world';
import { MINIMAL_WORLD } from './worlds/minimal-world';
import { SCALE_WORLD, scaleScanHistory } from './worlds/scale-world';
import { VULNERABLE_WORLD } from './worlds/vulnerable-world';

/** The moment every seeded time is relative to: 2026-11-01 10:00 Beijing time. */
export const SEED_EPOCH = Date.UTC(2026, 10, 1, 2, 0, 0);
const DAY = 86_400_000;

export const WORLDS: Readonly<Record<DemoSeedName, WorldSpec>> = {
  default: DEFAULT_WORLD,
  minimal: MINIMAL_WORLD,
  empty: EMPTY_WORLD,
  scale: SCALE_WORLD,
  'fresh-no-vpc': FRESH_NO_VPC_WORLD,
  vulnerable: VULNERABLE_WORLD,
  'clean-fleet': CLEAN_FLEET_WORLD,
  'cloud-engine-bought': CLOUD_ENGINE_BOUGHT_WORLD,
};

/**
 * A world plus the account-level rows a seed may start with (the cloud-security purchase of
 * `cloud-engine-bought`); absent for seeds of a fresh account. `demo.ts` writes them with the world.
 */
export interface SeededWorld extends WorldRecords {
  cloudSecurity?: CloudSecurityRecord;
  sasOrders?: SasOrderRecord[];
}

/** The account's default resource group, shared by every resource of the demo account. */
export const DEFAULT_RESOURCE_GROUP_ID = seededId(`${ID_PREFIX.resourceGroup}acfm`, 'account/default-group');

/** A time `daysAgo` days before the epoch, at a time of day fixed by `key` (so not everything is on the hour). */
function seedTime(daysAgo: number, key: string): number {
  return (
    SEED_EPOCH - daysAgo * DAY - seededInt(`${key}/minutes`, 0, 9 * 60) * 60_000 - seededInt(`${key}/s`, 0, 59) * 1000
  );
}

/**
 * Builds the records of a named world. All image building (gzip, hashing) happens here, before any
 * IndexedDB transaction is opened.
 */
export async function buildWorld(seedName: DemoSeedName): Promise<SeededWorld> {
  const spec = WORLDS[seedName];
  const images = await buildImages(spec);
  const world: SeededWorld = {
    seedName,
    regions: [...REGIONS],
    instances: [],
    namespaces: [],
    repositories: [],
    tags: [],
    blobs: [],
    ...accountNetworks(),
    linkedVpcs: [],
    ramUsers: [],
    ramGroups: [],
    ramPolicies: [],
    ramAttachments: [],
  };
  const blobs = new Map<string, BlobRecord>();
  for (const instance of spec.instances) addInstance(world, seedName, instance, images, blobs);
  world.blobs = [...blobs.values()];
  Object.assign(world, buildRamWorld(world.instances, world.namespaces, SEED_EPOCH));
  if (seedName === 'scale') {
    const scaleRepos = new Set(world.repositories.filter((r) => r.RepoNamespaceName === 'scale').map((r) => r.RepoId));
    const history = scaleScanHistory(world.tags.filter((t) => scaleRepos.has(t.RepoId)));
    world.scanTasks = history.tasks;
    world.scanResults = history.results;
  }
  if (seedName === 'cloud-engine-bought') Object.assign(world, boughtCloudEngine(world.instances, SEED_EPOCH));
  return world;
}

const refKey = (ref: ImageRef) => `${ref.recipe}#${ref.variant}`;

async function buildImages(spec: WorldSpec): Promise<Map<string, BuiltImage>> {
  const refs = new Map<string, ImageRef>();
  for (const instance of spec.instances)
    for (const ns of instance.namespaces)
      for (const repo of ns.repositories) for (const tag of repo.tags) refs.set(refKey(tag.image), tag.image);
  const built = await Promise.all([...refs.values()].map(async (ref) => [refKey(ref), await demoImage(ref)] as const));
  return new Map(built);
}

function accountNetworks(): Pick<WorldRecords, 'vpcs' | 'vswitches'> {
  const vpcs: VpcRecord[] = [];
  const vswitches: VSwitchRecord[] = [];
  for (const [regionId, specs] of Object.entries(ACCOUNT_VPCS)) {
    for (const vpc of specs) {
      const VpcId = seededId(ID_PREFIX.vpc, `account/${regionId}/${vpc.key}`);
      vpcs.push({
        VpcId,
        VpcName: vpc.name,
        CidrBlock: vpc.cidr,
        Status: 'Available',
        RegionId: regionId,
        IsDefault: vpc.isDefault,
        CreateTime: seedTime(800, `account/${regionId}/${vpc.key}`),
      });
      for (const vsw of vpc.vswitches) {
        vswitches.push({
          VSwitchId: seededId(ID_PREFIX.vswitch, `account/${regionId}/${vpc.key}/${vsw.key}`),
          VSwitchName: vsw.name,
          VpcId,
          RegionId: regionId,
          ZoneId: vsw.zone,
          CidrBlock: vsw.cidr,
          Status: 'Available',
        });
      }
    }
  }
  return { vpcs, vswitches };
}

function addInstance(
  world: WorldRecords,
  seedName: DemoSeedName,
  spec: InstanceSpec,
  images: ReadonlyMap<string, BuiltImage>,
  blobs: Map<string, BlobRecord>,
): void {
  const key = `${seedName}/${spec.key}`;
  const InstanceId = seededId(ID_PREFIX.instance, key);
  const created = seedTime(spec.createdDaysAgo, key);
  world.instances.push({
    InstanceId,
    InstanceName: spec.name,
    RegionId: spec.region,
    InstanceSpecification: spec.specification,
    InstanceStatus: spec.status,
    ...(spec.issue ? { InstanceIssue: spec.issue } : {}),
    ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
    Tags: spec.tags ?? [],
    CreateTime: created,
    ModifiedTime: created,
    Quota: { ...EDITION_QUOTAS[spec.specification] },
    ChartUsage: { Namespace: 0, Repo: 0 },
    InternetEndpoint: {
      Enable: spec.internet.enable,
      AclEnable: spec.internet.aclEnable,
      AclEntries: spec.internet.aclEntries,
    },
  });

  for (const link of spec.linkedVpcs) {
    const VpcId = seededId(ID_PREFIX.vpc, `account/${spec.region}/${link.vpc}`);
    const vswitch = world.vswitches.find(
      (vsw) => vsw.VSwitchId === seededId(ID_PREFIX.vswitch, `account/${spec.region}/${link.vpc}/${link.vswitch}`),
    );
    if (!vswitch || vswitch.VpcId !== VpcId)
      throw new Error(`seed ${key}: unknown vSwitch ${link.vpc}/${link.vswitch}`);
    const taken = new Set(world.linkedVpcs.filter((l) => l.VswitchId === vswitch.VSwitchId).map((l) => l.Ip));
    const linkedAt = seedTime(link.linkedDaysAgo, `${key}/vpc/${link.vpc}`);
    world.linkedVpcs.push({
      InstanceId,
      ModuleName: 'Registry',
      VpcId,
      VswitchId: vswitch.VSwitchId,
      Ip: allocateIp(vswitch.CidrBlock, hashString(`${InstanceId}/${vswitch.VSwitchId}`), taken),
      DefaultAccess: false,
      CreateTime: linkedAt,
      ReadyTime: linkedAt + 60_000,
    });
  }

  for (const ns of spec.namespaces) {
    const nsKey = `${key}/${ns.name}`;
    const nsCreated = seedTime(ns.createdDaysAgo, nsKey);
    world.namespaces.push({
      NamespaceId: seededId(ID_PREFIX.namespace, nsKey),
      InstanceId,
      NamespaceName: ns.name,
      NamespaceStatus: 'NORMAL',
      AutoCreateRepo: ns.autoCreateRepo,
      DefaultRepoType: ns.defaultRepoType,
      DefaultRepoConfiguration: { RepoType: ns.defaultRepoType, TagImmutability: false },
      ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
      CreateTime: nsCreated,
      ModifiedTime: nsCreated,
    });
    for (const repo of ns.repositories) {
      const repoKey = `${nsKey}/${repo.name}`;
      const RepoId = seededId(ID_PREFIX.repository, repoKey);
      const repoCreated = seedTime(repo.createdDaysAgo, repoKey);
      let modified = repoCreated;
      for (const tag of repo.tags) {
        const image = images.get(refKey(tag.image));
        if (!image) throw new Error(`seed ${repoKey}: image ${refKey(tag.image)} was not built`);
        const pushed = Math.max(repoCreated, seedTime(tag.pushedDaysAgo, `${repoKey}:${tag.tag}`));
        modified = Math.max(modified, pushed);
        world.tags.push({
          InstanceId,
          RepoId,
          Tag: tag.tag,
          Digest: image.digest.slice('sha256:'.length),
          ImageId: image.imageId,
          ImageSize: image.size,
          Status: 'NORMAL',
          ImageCreate: pushed,
          ImageUpdate: pushed,
        });
        for (const blob of imageBlobs(image)) {
          blobs.set(blob.digest, {
            digest: blob.digest,
            mediaType: blob.mediaType,
            size: blob.size,
            bytes: blob.bytes,
          });
        }
      }
      world.repositories.push({
        RepoId,
        InstanceId,
        RepoNamespaceName: ns.name,
        RepoName: repo.name,
        RepoType: repo.type,
        RepoBuildType: repo.buildType ?? 'MANUAL',
        RepoStatus: 'NORMAL',
        Summary: repo.summary,
        Detail: repo.detail ?? '',
        TagImmutability: repo.immutable ?? false,
        ResourceGroupId: DEFAULT_RESOURCE_GROUP_ID,
        CreateTime: repoCreated,
        ModifiedTime: modified,
      });
    }
  }
}

/**
 * Console-only actions. The real `cr` API has no such actions: the account's VPCs come from the VPC product
 * (`DescribeVpcs` / `DescribeVSwitches`, whose shapes these mirror) and demo control exists only in this
 * offline console. They share the `cr` envelope so the client treats every call alike.
 */
import { z } from 'zod';
import { successEnvelope } from './wire';

export const VpcSchema = z.object({
  VpcId: z.string(),
  VpcName: z.string(),
  CidrBlock: z.string(),
  Status: z.enum(['Available', 'Pending']),
  RegionId: z.string(),
  IsDefault: z.boolean(),
});
export type Vpc = z.infer<typeof VpcSchema>;

export const VSwitchSchema = z.object({
  VSwitchId: z.string(),
  VSwitchName: z.string(),
  VpcId: z.string(),
  ZoneId: z.string(),
  CidrBlock: z.string(),
  Status: z.enum(['Available', 'Pending']),
});
export type VSwitch = z.infer<typeof VSwitchSchema>;

export const DescribeVpcsRequest = z.object({ RegionId: z.string() });
export const DescribeVpcsResponse = z.object({ ...successEnvelope, Vpcs: z.array(VpcSchema) });

export const DescribeVSwitchesRequest = z.object({ RegionId: z.string(), VpcId: z.string() });
export const DescribeVSwitchesResponse = z.object({ ...successEnvelope, VSwitches: z.array(VSwitchSchema) });

/**
 * Named starting worlds a presenter or a script can reset to. `scale`: the default world plus 2,000 tags,
 * 10,000 scan tasks and 50,000 findings, for measuring lists at size. The story seeds: `fresh-no-vpc` (a new
 * account's one instance, before step 1 of the batch procedure), `vulnerable` (many High/Critical images, VPC
 * linked), `clean-fleet` (patched images only: scans find no High/Critical) and `cloud-engine-bought` (the
 * default world with 云安全扫描引擎 bought, selected and syncing).
 */
export const DEMO_SEEDS = [
  'default',
  'minimal',
  'empty',
  'scale',
  'fresh-no-vpc',
  'vulnerable',
  'clean-fleet',
  'cloud-engine-bought',
] as const;
export type DemoSeedName = (typeof DEMO_SEEDS)[number];

/** How long simulated work takes: like the real service, or instant (for scripts). */
export const DEMO_SPEEDS = ['realistic', 'instant'] as const;
export type DemoSpeed = (typeof DEMO_SPEEDS)[number];

export const DemoStateSchema = z.object({
  SeedName: z.enum(DEMO_SEEDS),
  Speed: z.enum(DEMO_SPEEDS),
  /** When the current world was seeded (epoch ms). */
  SeededAt: z.number(),
  SchemaVersion: z.number().int(),
});
export type DemoState = z.infer<typeof DemoStateSchema>;

export const GetDemoStateRequest = z.object({});
export const GetDemoStateResponse = z.object({ ...successEnvelope, ...DemoStateSchema.shape });

export const ResetDemoWorldRequest = z.object({ SeedName: z.enum(DEMO_SEEDS) });
export const ResetDemoWorldResponse = z.object({ ...successEnvelope, ...DemoStateSchema.shape });

export const UpdateDemoSpeedRequest = z.object({ Speed: z.enum(DEMO_SPEEDS) });
export const UpdateDemoSpeedResponse = z.object({ ...successEnvelope, ...DemoStateSchema.shape });

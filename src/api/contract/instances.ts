/** Instances: `ListInstance`, `GetInstance`, `GetInstanceCount`, `GetInstanceUsage`. */
import { z } from 'zod';
import {
  CountStringSchema,
  ID_PREFIX,
  idSchema,
  MillisSchema,
  MillisStringSchema,
  pageParams,
  successEnvelope,
} from './wire';

/** Editions of ACR Enterprise Edition (基础版 / 标准版 / 高级版). */
export const INSTANCE_SPECIFICATIONS = ['Enterprise_Basic', 'Enterprise_Standard', 'Enterprise_Advanced'] as const;
export type InstanceSpecification = (typeof INSTANCE_SPECIFICATIONS)[number];

export const INSTANCE_STATUSES = [
  'PENDING',
  'INIT_ERROR',
  'STARTING',
  'RUNNING',
  'STOPPING',
  'STOPPED',
  'DELETING',
  'DELETED',
] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];

export const InstanceIdSchema = idSchema(ID_PREFIX.instance);
const TagSchema = z.object({ TagKey: z.string(), TagValue: z.string() });

const instanceFields = {
  InstanceId: InstanceIdSchema,
  InstanceName: z.string(),
  InstanceSpecification: z.enum(INSTANCE_SPECIFICATIONS),
  InstanceStatus: z.enum(INSTANCE_STATUSES),
  InstanceIssue: z.string().optional(),
  RegionId: z.string(),
  ResourceGroupId: z.string(),
  Tags: z.array(TagSchema),
};

export const ListInstanceRequest = z.object({
  RegionId: z.string(),
  InstanceName: z.string().optional(),
  InstanceStatus: z.enum(INSTANCE_STATUSES).optional(),
  ResourceGroupId: z.string().optional(),
  ...pageParams,
});

/** A row of `ListInstance`: times are epoch-millisecond strings here. */
export const InstanceSummarySchema = z.object({
  ...instanceFields,
  CreateTime: MillisStringSchema,
  ModifiedTime: MillisStringSchema,
});
export type InstanceSummary = z.infer<typeof InstanceSummarySchema>;

export const ListInstanceResponse = z.object({
  ...successEnvelope,
  Instances: z.array(InstanceSummarySchema),
  PageNo: z.number(),
  PageSize: z.number(),
  TotalCount: z.number(),
});

export const GetInstanceRequest = z.object({ RegionId: z.string().optional(), InstanceId: z.string() });

/** `GetInstance`: the same fields flat, with times as numbers. */
export const GetInstanceResponse = z.object({
  ...successEnvelope,
  ...instanceFields,
  CreateTime: MillisSchema,
  ModifiedTime: MillisSchema,
});
export type InstanceDetail = z.infer<typeof GetInstanceResponse>;

export const GetInstanceCountRequest = z.object({ RegionId: z.string() });
export const GetInstanceCountResponse = z.object({ ...successEnvelope, Count: z.number().int() });

export const GetInstanceUsageRequest = z.object({ RegionId: z.string().optional(), InstanceId: z.string() });

/** Quotas and usage, all typed as strings by the real API. */
export const GetInstanceUsageResponse = z.object({
  ...successEnvelope,
  NamespaceQuota: CountStringSchema,
  NamespaceUsage: CountStringSchema,
  RepoQuota: CountStringSchema,
  RepoUsage: CountStringSchema,
  ChartNamespaceQuota: CountStringSchema,
  ChartNamespaceUsage: CountStringSchema,
  ChartRepoQuota: CountStringSchema,
  ChartRepoUsage: CountStringSchema,
  VpcQuota: CountStringSchema,
  VpcUsage: CountStringSchema,
});
export type InstanceUsage = z.infer<typeof GetInstanceUsageResponse>;

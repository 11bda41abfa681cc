/** Namespaces: `CreateNamespace`, `GetNamespace`, `ListNamespace`, `UpdateNamespace`, `DeleteNamespace`. */
import { z } from 'zod';
import { CountStringSchema, ID_PREFIX, idSchema, pageParams, successEnvelope } from './wire';

export const REPO_TYPES = ['PUBLIC', 'PRIVATE'] as const;
export type RepoType = (typeof REPO_TYPES)[number];
export const NAMESPACE_STATUSES = ['NORMAL', 'DELETING'] as const;

export const NamespaceIdSchema = idSchema(ID_PREFIX.namespace);

/** The newer per-namespace defaults for auto-created repositories (sent JSON-encoded in the query). */
export const DefaultRepoConfigurationSchema = z.object({
  RepoType: z.enum(REPO_TYPES),
  TagImmutability: z.boolean(),
  ArtifactBuildRuleParameters: z.object({ ImageIndexOnly: z.boolean() }).optional(),
});

const writableFields = {
  AutoCreateRepo: z.boolean().optional(),
  /** Deprecated by the real API in favour of DefaultRepoConfiguration, still accepted and returned. */
  DefaultRepoType: z.enum(REPO_TYPES).optional(),
  DefaultRepoConfiguration: DefaultRepoConfigurationSchema.optional(),
};

export const NamespaceSchema = z.object({
  InstanceId: z.string(),
  NamespaceId: NamespaceIdSchema,
  NamespaceName: z.string(),
  NamespaceStatus: z.enum(NAMESPACE_STATUSES),
  AutoCreateRepo: z.boolean(),
  DefaultRepoType: z.enum(REPO_TYPES),
  DefaultRepoConfiguration: DefaultRepoConfigurationSchema,
  ResourceGroupId: z.string(),
});
export type Namespace = z.infer<typeof NamespaceSchema>;

export const CreateNamespaceRequest = z.object({
  InstanceId: z.string(),
  NamespaceName: z.string(),
  ...writableFields,
});
export const CreateNamespaceResponse = z.object({ ...successEnvelope });

export const GetNamespaceRequest = z.object({
  InstanceId: z.string(),
  NamespaceId: z.string().optional(),
  NamespaceName: z.string().optional(),
});
export const GetNamespaceResponse = z.object({ ...successEnvelope, ...NamespaceSchema.shape });

export const ListNamespaceRequest = z.object({
  InstanceId: z.string(),
  /** Filters by substring of the name (the console's search box). */
  NamespaceName: z.string().optional(),
  NamespaceStatus: z.enum(NAMESPACE_STATUSES).optional(),
  ...pageParams,
});
export const ListNamespaceResponse = z.object({
  ...successEnvelope,
  Namespaces: z.array(NamespaceSchema),
  PageNo: z.number(),
  PageSize: z.number(),
  /** A string in the real API. */
  TotalCount: CountStringSchema,
});

export const UpdateNamespaceRequest = z.object({
  InstanceId: z.string(),
  NamespaceName: z.string(),
  ...writableFields,
});
export const UpdateNamespaceResponse = z.object({ ...successEnvelope });

export const DeleteNamespaceRequest = z.object({ InstanceId: z.string(), NamespaceName: z.string() });
export const DeleteNamespaceResponse = z.object({ ...successEnvelope });

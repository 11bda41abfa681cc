/** Repositories: `CreateRepository`, `GetRepository`, `ListRepository`, `UpdateRepository`, `DeleteRepository`. */
import { z } from 'zod';
import { REPO_TYPES } from './namespaces';
import { CountStringSchema, ID_PREFIX, idSchema, MillisSchema, pageParams, successEnvelope } from './wire';

export const REPO_BUILD_TYPES = ['MANUAL', 'AUTO'] as const;
export const REPO_STATUSES = ['NORMAL', 'DELETING'] as const;

export const RepoIdSchema = idSchema(ID_PREFIX.repository);

export const RepositorySchema = z.object({
  InstanceId: z.string(),
  RepoId: RepoIdSchema,
  RepoName: z.string(),
  RepoNamespaceName: z.string(),
  RepoType: z.enum(REPO_TYPES),
  RepoBuildType: z.enum(REPO_BUILD_TYPES),
  RepoStatus: z.enum(REPO_STATUSES),
  Summary: z.string(),
  TagImmutability: z.boolean(),
  ResourceGroupId: z.string(),
  CreateTime: MillisSchema,
  ModifiedTime: MillisSchema,
});
export type Repository = z.infer<typeof RepositorySchema>;

export const CreateRepositoryRequest = z.object({
  InstanceId: z.string(),
  RepoNamespaceName: z.string(),
  RepoName: z.string(),
  RepoType: z.enum(REPO_TYPES),
  Summary: z.string(),
  Detail: z.string().optional(),
  TagImmutability: z.boolean().optional(),
});
export const CreateRepositoryResponse = z.object({ ...successEnvelope, RepoId: RepoIdSchema });

/** Get/Update/Delete address a repository by `RepoId` or by `RepoNamespaceName` + `RepoName`. */
const repoLocator = {
  InstanceId: z.string(),
  RepoId: z.string().optional(),
  RepoNamespaceName: z.string().optional(),
  RepoName: z.string().optional(),
};

export const GetRepositoryRequest = z.object(repoLocator);
export const GetRepositoryResponse = z.object({
  ...successEnvelope,
  ...RepositorySchema.shape,
  Detail: z.string(),
});
export type RepositoryDetail = z.infer<typeof GetRepositoryResponse>;

export const ListRepositoryRequest = z.object({
  InstanceId: z.string(),
  RepoNamespaceName: z.string().optional(),
  /** Filters by substring of the repository name. */
  RepoName: z.string().optional(),
  RepoStatus: z.enum([...REPO_STATUSES, 'ALL']).optional(),
  ...pageParams,
});
export const ListRepositoryResponse = z.object({
  ...successEnvelope,
  Repositories: z.array(RepositorySchema),
  PageNo: z.number(),
  PageSize: z.number(),
  TotalCount: CountStringSchema,
});

export const UpdateRepositoryRequest = z.object({
  ...repoLocator,
  RepoType: z.enum(REPO_TYPES),
  Summary: z.string(),
  Detail: z.string().optional(),
  TagImmutability: z.boolean().optional(),
});
export const UpdateRepositoryResponse = z.object({ ...successEnvelope });

export const DeleteRepositoryRequest = z.object(repoLocator);
export const DeleteRepositoryResponse = z.object({ ...successEnvelope });

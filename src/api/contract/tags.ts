/** Image tags: `ListRepoTag`, `GetRepoTag`, `CreateRepoTag` (retag), `DeleteRepoTag`. */
import { z } from 'zod';
import { CountStringSchema, MillisSchema, MillisStringSchema, pageParams, successEnvelope } from './wire';

export const TAG_STATUSES = ['NORMAL', 'DELETING'] as const;

const tagFields = {
  Tag: z.string(),
  /** Manifest digest, hex without the `sha256:` prefix (as the real examples show). */
  Digest: z.string().regex(/^[0-9a-f]{64}$/),
  /** Image id: the config digest's hex. */
  ImageId: z.string().regex(/^[0-9a-f]{64}$/),
  /** Compressed size in bytes (manifest + config + layers). */
  ImageSize: z.number().int().nonnegative(),
  Status: z.enum(TAG_STATUSES),
};

/** A row of `ListRepoTag`: times are epoch-millisecond strings. */
export const RepoTagSchema = z.object({
  ...tagFields,
  ImageCreate: MillisStringSchema,
  ImageUpdate: MillisStringSchema,
});
export type RepoTag = z.infer<typeof RepoTagSchema>;

/** Sort keys of `ListRepoTag` (console-only): push time (the default), tag name or image size. */
export const TAG_ORDER_BY = ['ImageUpdate', 'Tag', 'ImageSize'] as const;
export const ListRepoTagRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  ...pageParams,
  /** Console-only: case-insensitive substring of the tag name, applied before paging. */
  TagFilter: z.string().max(128).optional(),
  /** Console-only: server-side sort, applied before paging; default newest push first. */
  OrderBy: z.enum(TAG_ORDER_BY).optional(),
  Order: z.enum(['asc', 'desc']).optional(),
});
export const ListRepoTagResponse = z.object({
  ...successEnvelope,
  Images: z.array(RepoTagSchema),
  PageNo: z.number(),
  PageSize: z.number(),
  TotalCount: CountStringSchema,
});

export const GetRepoTagRequest = z.object({ InstanceId: z.string(), RepoId: z.string(), Tag: z.string() });
export const GetRepoTagResponse = z.object({
  ...successEnvelope,
  ...tagFields,
  ImageCreate: MillisSchema,
  ImageUpdate: MillisSchema,
});

export const CreateRepoTagRequest = z.object({
  InstanceId: z.string(),
  NamespaceName: z.string(),
  RepoName: z.string(),
  FromTag: z.string(),
  ToTag: z.string(),
});
export const CreateRepoTagResponse = z.object({ ...successEnvelope });

export const DeleteRepoTagRequest = z.object({ InstanceId: z.string(), RepoId: z.string(), Tag: z.string() });
export const DeleteRepoTagResponse = z.object({ ...successEnvelope });

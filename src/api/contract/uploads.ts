/**
 * Console-only: pushing an image from the console, without a Docker client. The real `cr` API has no such
 * actions (images arrive through the registry's own HTTP API); these mirror the Docker Registry HTTP API v2
 * blob upload (https://distribution.github.io/distribution/spec/api/#pushing-an-image) in the console's envelope:
 *
 * 1. `CreateImageUpload` opens an upload session (`UploadId`), declaring the tarball's size;
 * 2. the bytes are sent in order as binary chunks: `PATCH {api}/uploads/{UploadId}` with
 *    `Content-Range: <start>-<end>` (inclusive, like the registry's chunked upload); a chunk whose start is not the
 *    session's current offset is refused with `UPLOAD_OFFSET_INVALID`;
 * 3. `InspectImageUpload` reads the tarball's image list (to prefill the tag from its RepoTags);
 * 4. `CompleteImageUpload` validates the tarball, stores its blobs and the tag, and records the push (AUTO scan
 *    rules start, as for any push). `CancelImageUpload` abandons a session.
 *
 * Sessions live in the backend's memory: a reload of the page abandons them (`UPLOAD_NOT_EXIST`).
 * `ListDemoImage` and `PushDemoImage` push an image of the demo catalogue through the same push path.
 */
import { z } from 'zod';
import { successEnvelope } from './wire';

/** Uploads larger than this are refused (`UPLOAD_TOO_LARGE`). */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;
/** The chunk size the console sends; the backend accepts any chunk up to {@link MAX_UPLOAD_CHUNK_BYTES}. */
export const UPLOAD_CHUNK_BYTES = 4 * 1024 ** 2;
export const MAX_UPLOAD_CHUNK_BYTES = 64 * 1024 ** 2;
/** Where chunks go, relative to the API path: `{api}/uploads/{UploadId}`. */
export const UPLOAD_CHUNK_PATH = 'uploads/';

/** Upload session ids: `crupl-` and 16 lower-case alphanumerics. */
export const UploadIdSchema = z.string().regex(/^crupl-[0-9a-z]{16}$/);

const repoTarget = {
  InstanceId: z.string(),
  NamespaceName: z.string(),
  RepoName: z.string(),
  Tag: z.string(),
};

/** What a push reports: the tag as stored, and the rule tasks of the AUTO scan rules it started. */
const pushResult = {
  Tag: z.string(),
  /** Manifest digest hex (no `sha256:`). */
  Digest: z.string().regex(/^[0-9a-f]{64}$/),
  ImageId: z.string().regex(/^[0-9a-f]{64}$/),
  ImageSize: z.number().int().nonnegative(),
  /** True when the tag existed and now points at the new image. */
  Overwritten: z.boolean(),
  /** `crscnrt-` ids of the rule tasks AUTO scan rules started for this push (empty when none matched). */
  RuleTaskIds: z.array(z.string()),
};

export const CreateImageUploadRequest = z.object({
  InstanceId: z.string(),
  /** Size of the whole tarball in bytes. */
  Size: z.number().int().min(1),
});
export const CreateImageUploadResponse = z.object({
  ...successEnvelope,
  UploadId: UploadIdSchema,
  MaxChunkSize: z.number().int(),
});

/** The body of a chunk answer (same envelope); errors come in the usual business/gateway bodies. */
export const UploadChunkResponse = z.object({
  ...successEnvelope,
  UploadId: UploadIdSchema,
  /** Bytes received so far: where the next chunk starts. */
  Offset: z.number().int().nonnegative(),
});

export const InspectImageUploadRequest = z.object({ InstanceId: z.string(), UploadId: z.string() });
export const InspectImageUploadResponse = z.object({
  ...successEnvelope,
  /** The images of the tarball, each with its RepoTags (one entry per image, not per tag). */
  Images: z.array(z.object({ RepoTags: z.array(z.string()) })),
});

export const CompleteImageUploadRequest = z.object({
  ...repoTarget,
  UploadId: z.string(),
  /** Which image of a multi-image tarball (one of its RepoTags); required only when it holds several. */
  ArchiveTag: z.string().optional(),
});
export const CompleteImageUploadResponse = z.object({ ...successEnvelope, ...pushResult });

export const CancelImageUploadRequest = z.object({ InstanceId: z.string(), UploadId: z.string() });
export const CancelImageUploadResponse = z.object({ ...successEnvelope });

export const DEMO_IMAGE_VARIANTS = ['vulnerable', 'patched'] as const;
export type DemoImageVariant = (typeof DEMO_IMAGE_VARIANTS)[number];

export const DemoImageSchema = z.object({
  /** Recipe name, e.g. `nginx:1.25-alpine`. */
  Name: z.string(),
  Description: z.string(),
});
export type DemoImage = z.infer<typeof DemoImageSchema>;

export const ListDemoImageRequest = z.object({});
export const ListDemoImageResponse = z.object({ ...successEnvelope, Images: z.array(DemoImageSchema) });

export const PushDemoImageRequest = z.object({
  ...repoTarget,
  RecipeName: z.string(),
  Variant: z.enum(DEMO_IMAGE_VARIANTS),
});
export const PushDemoImageResponse = z.object({ ...successEnvelope, ...pushResult });

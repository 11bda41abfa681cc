/**
 * Console-only image upload (see `src/api/contract/uploads.ts`): a session per tarball, chunks appended in
 * order with offset checks, then inspection and completion. Sessions live in this backend instance's memory (a
 * page load): a reload abandons them, which the next call reports as UPLOAD_NOT_EXIST. The tarball is parsed
 * through the context's importer (the scan worker in the browser), never on the thread answering requests.
 */

import type { ScanErrorCode } from '@acr-console/core';
import type { ActionParams } from '@/api/contract/actions';
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_CHUNK_BYTES } from '@/api/contract/uploads';
import type { ImportFailure } from '../scan-worker/import-image';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import { BusinessFailure, ParameterFailure } from './errors';
import { importerOf } from './image-importer';
import { requireInstance } from './lookup';
import type { Payload } from './payload';
import { checkPushTarget, pushImage } from './push';

interface UploadSession {
  UploadId: string;
  InstanceId: string;
  /** Declared size of the whole tarball. */
  Size: number;
  /** Bytes received so far. */
  Offset: number;
  /** Received chunks, each kept as a Blob (which a browser may page to disk). */
  parts: Blob[];
  CreateTime: number;
}

const sessionsByContext = new WeakMap<ServiceContext, Map<string, UploadSession>>();

function sessions(ctx: ServiceContext): Map<string, UploadSession> {
  let map = sessionsByContext.get(ctx);
  if (!map) {
    map = new Map();
    sessionsByContext.set(ctx, map);
  }
  return map;
}

function requireSession(ctx: ServiceContext, uploadId: string, instanceId?: string): UploadSession {
  const session = sessions(ctx).get(uploadId);
  if (!session || (instanceId !== undefined && session.InstanceId !== instanceId)) {
    throw new BusinessFailure('UPLOAD_NOT_EXIST');
  }
  return session;
}

function newUploadId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const random = crypto.getRandomValues(new Uint8Array(16));
  return `crupl-${Array.from(random, (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** `CreateImageUpload`: opens a session for a tarball of `Size` bytes (UPLOAD_TOO_LARGE above 2 GiB). */
export async function createImageUpload(
  ctx: ServiceContext,
  params: ActionParams<'CreateImageUpload'>,
): Promise<Payload<'CreateImageUpload'>> {
  await read(ctx.store, ['instances'], (tx) => requireInstance(tx, params.InstanceId, { running: true }));
  if (params.Size > MAX_UPLOAD_BYTES) throw new BusinessFailure('UPLOAD_TOO_LARGE');
  const UploadId = newUploadId();
  sessions(ctx).set(UploadId, {
    UploadId,
    InstanceId: params.InstanceId,
    Size: params.Size,
    Offset: 0,
    parts: [],
    CreateTime: ctx.clock.now(),
  });
  return { UploadId, MaxChunkSize: MAX_UPLOAD_CHUNK_BYTES };
}

/**
 * One chunk of `PATCH {api}/uploads/{UploadId}`: `start` must be where the upload stands
 * (UPLOAD_OFFSET_INVALID otherwise, naming the expected offset), and the chunk may not run past the declared
 * size. Returns the new offset.
 */
export function appendUploadChunk(
  ctx: ServiceContext,
  uploadId: string,
  start: number,
  chunk: Uint8Array,
): { UploadId: string; Offset: number } {
  const session = requireSession(ctx, uploadId);
  if (start !== session.Offset) {
    throw new BusinessFailure(
      'UPLOAD_OFFSET_INVALID',
      `The chunk starts at byte ${start}, but the upload stands at byte ${session.Offset}; send the bytes in order.`,
    );
  }
  if (chunk.length === 0) throw new ParameterFailure('InvalidParameter', 'Body', 'the chunk is empty');
  if (chunk.length > MAX_UPLOAD_CHUNK_BYTES) {
    throw new ParameterFailure('InvalidParameter', 'Body', `a chunk holds at most ${MAX_UPLOAD_CHUNK_BYTES} bytes`);
  }
  if (session.Offset + chunk.length > session.Size) {
    throw new ParameterFailure(
      'InvalidParameter',
      'Content-Range',
      `the chunk ends at byte ${session.Offset + chunk.length}, past the declared size ${session.Size}`,
    );
  }
  session.parts.push(new Blob([chunk as Uint8Array<ArrayBuffer>]));
  session.Offset += chunk.length;
  return { UploadId: session.UploadId, Offset: session.Offset };
}

function completeArchive(session: UploadSession): Blob {
  if (session.Offset !== session.Size) {
    throw new BusinessFailure(
      'UPLOAD_INCOMPLETE',
      `The upload has received ${session.Offset} of ${session.Size} bytes; send the rest first.`,
    );
  }
  return new Blob(session.parts);
}

/** The business error a failed import answers with, carrying the core's readable message. */
function importFailure(failed: ImportFailure): BusinessFailure {
  const codes: Partial<Record<ScanErrorCode, ConstructorParameters<typeof BusinessFailure>[0]>> = {
    MISSING_BLOB: 'IMAGE_BLOB_MISSING',
    DIGEST_MISMATCH: 'IMAGE_DIGEST_MISMATCH',
    PLATFORM_NOT_FOUND: 'IMAGE_PLATFORM_UNSUPPORTED',
  };
  return new BusinessFailure(codes[failed.code] ?? 'IMAGE_ARCHIVE_ILLEGAL', failed.message);
}

/** `InspectImageUpload`: the images of the uploaded tarball with their RepoTags. A bad tarball ends the session. */
export async function inspectImageUpload(
  ctx: ServiceContext,
  params: ActionParams<'InspectImageUpload'>,
): Promise<Payload<'InspectImageUpload'>> {
  const session = requireSession(ctx, params.UploadId, params.InstanceId);
  const outcome = await importerOf(ctx).inspectImage(completeArchive(session));
  if (!outcome.ok) {
    sessions(ctx).delete(session.UploadId);
    throw importFailure(outcome);
  }
  return { Images: outcome.images.map((image) => ({ RepoTags: image.repoTags })) };
}

/**
 * `CompleteImageUpload`: checks the target first (REPO_NOT_EXIST, TAG_NAME_ILLEGAL, TAG_IMMUTABLE — the session
 * survives these, so the user can fix the tag and retry), then validates the tarball off the main thread and
 * pushes its image. A tarball that fails validation stores nothing and ends the session.
 */
export async function completeImageUpload(
  ctx: ServiceContext,
  params: ActionParams<'CompleteImageUpload'>,
): Promise<Payload<'CompleteImageUpload'>> {
  const session = requireSession(ctx, params.UploadId, params.InstanceId);
  const archive = completeArchive(session);
  const target = {
    InstanceId: params.InstanceId,
    NamespaceName: params.NamespaceName,
    RepoName: params.RepoName,
    Tag: params.Tag,
  };
  await checkPushTarget(ctx, target);
  const outcome = await importerOf(ctx).importImage(archive, { tag: params.ArchiveTag });
  if (!outcome.ok) {
    sessions(ctx).delete(session.UploadId);
    throw importFailure(outcome);
  }
  const result = await pushImage(ctx, target, outcome.image);
  sessions(ctx).delete(session.UploadId);
  return result;
}

/** `CancelImageUpload`: drops the session and its bytes. UPLOAD_NOT_EXIST when it is already gone. */
export async function cancelImageUpload(
  ctx: ServiceContext,
  params: ActionParams<'CancelImageUpload'>,
): Promise<Payload<'CancelImageUpload'>> {
  const session = requireSession(ctx, params.UploadId, params.InstanceId);
  sessions(ctx).delete(session.UploadId);
  return {};
}

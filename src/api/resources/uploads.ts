import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { callAction, uploadChunk } from '../client';
import type { ActionRequest, ActionResponse } from '../contract/actions';
import { UPLOAD_CHUNK_BYTES } from '../contract/uploads';
import { repositoryQueries } from './repositories';
import { scanEngineQueries } from './scan-engine';
import { scanRuleTaskQueries } from './scan-rules';
import { scanQueries } from './scans';
import { tagQueries } from './tags';

/**
 * A push changes more than the tag list: the repository's tag count, the tasks AUTO rules started (and the
 * tags' scan states), and Security Center's sync log.
 */
function usePushed(repoId: string) {
  const client = useQueryClient();
  return (instanceId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: tagQueries.all(instanceId, repoId) }),
      client.invalidateQueries({ queryKey: repositoryQueries.all(instanceId) }),
      client.invalidateQueries({ queryKey: scanRuleTaskQueries.all(instanceId) }),
      client.invalidateQueries({ queryKey: scanQueries.all(instanceId) }),
      client.invalidateQueries({ queryKey: scanEngineQueries.all() }),
    ]);
}

export const demoImageQueries = {
  all: () => ['demo-images'] as const,
  list: () =>
    queryOptions({
      queryKey: [...demoImageQueries.all(), 'list'],
      queryFn: ({ signal }) => callAction('ListDemoImage', {}, { signal }),
      staleTime: Number.POSITIVE_INFINITY,
    }),
};

/** Progress of {@link uploadImageFile}: bytes the backend has acknowledged, of the file's size. */
export interface UploadProgress {
  sent: number;
  total: number;
}

/** A tarball uploaded and inspected: its session and the images (with RepoTags) it holds. */
export interface UploadedFile {
  uploadId: string;
  images: ActionResponse<'InspectImageUpload'>['Images'];
}

/**
 * Uploads `file` in {@link UPLOAD_CHUNK_BYTES} chunks (each `File.slice`, so the file is never read whole),
 * then asks the backend what images it holds. `onSession` hears the UploadId as soon as it exists, so a caller
 * can cancel it. Aborting `signal` stops between chunks.
 */
export async function uploadImageFile(
  instanceId: string,
  file: Blob,
  options: {
    onProgress?: (progress: UploadProgress) => void;
    onSession?: (uploadId: string) => void;
    signal?: AbortSignal;
  } = {},
): Promise<UploadedFile> {
  const { signal } = options;
  const { UploadId } = await callAction('CreateImageUpload', { InstanceId: instanceId, Size: file.size }, { signal });
  options.onSession?.(UploadId);
  options.onProgress?.({ sent: 0, total: file.size });
  let offset = 0;
  while (offset < file.size) {
    signal?.throwIfAborted();
    const chunk = file.slice(offset, Math.min(offset + UPLOAD_CHUNK_BYTES, file.size));
    ({ Offset: offset } = await uploadChunk(UploadId, offset, chunk, { signal }));
    options.onProgress?.({ sent: offset, total: file.size });
  }
  const { Images } = await callAction('InspectImageUpload', { InstanceId: instanceId, UploadId }, { signal });
  return { uploadId: UploadId, images: Images };
}

/** Abandons an upload session; a session that is already gone is not an error here. */
export function cancelImageUpload(instanceId: string, uploadId: string): Promise<unknown> {
  return callAction('CancelImageUpload', { InstanceId: instanceId, UploadId: uploadId }).catch(() => undefined);
}

/** Pushes an uploaded tarball; `repoId` is only used to refresh the right tag list. */
export function useCompleteImageUpload(repoId: string) {
  const pushed = usePushed(repoId);
  return useMutation({
    mutationFn: (params: ActionRequest<'CompleteImageUpload'>) => callAction('CompleteImageUpload', params),
    onSuccess: (_data, params) => pushed(params.InstanceId),
  });
}

/** Pushes a demo catalogue image; `repoId` is only used to refresh the right tag list. */
export function usePushDemoImage(repoId: string) {
  const pushed = usePushed(repoId);
  return useMutation({
    mutationFn: (params: ActionRequest<'PushDemoImage'>) => callAction('PushDemoImage', params),
    onSuccess: (_data, params) => pushed(params.InstanceId),
  });
}

/**
 * The upload half of 上传镜像: sends a file in chunks as soon as it is chosen, then learns which images it
 * holds. Choosing another file, cancelling or closing abandons the running upload and its backend session.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ActionResponse } from '@/api/contract/actions';
import { cancelImageUpload, uploadImageFile } from '@/api/resources/uploads';

export type ArchiveImages = ActionResponse<'InspectImageUpload'>['Images'];

export type UploadState =
  | { phase: 'idle' }
  | { phase: 'uploading'; file: File; sent: number; total: number }
  | { phase: 'checking'; file: File }
  | { phase: 'ready'; file: File; uploadId: string; images: ArchiveImages }
  | { phase: 'failed'; file: File; error: unknown };

export interface ImageUpload {
  state: UploadState;
  start: (file: File) => void;
  /** Abandons the upload (and its session) and forgets the file. */
  reset: () => void;
  /** The session was consumed (pushed) or lost: nothing to cancel any more. */
  forget: (error?: unknown) => void;
}

export function useImageUpload(instanceId: string): ImageUpload {
  const [state, setState] = useState<UploadState>({ phase: 'idle' });
  const run = useRef<{ controller: AbortController; uploadId?: string } | undefined>(undefined);

  const abandon = useCallback(() => {
    const current = run.current;
    run.current = undefined;
    if (!current) return;
    current.controller.abort();
    if (current.uploadId) void cancelImageUpload(instanceId, current.uploadId);
  }, [instanceId]);

  const start = useCallback(
    (file: File) => {
      abandon();
      const current: { controller: AbortController; uploadId?: string } = { controller: new AbortController() };
      run.current = current;
      setState({ phase: 'uploading', file, sent: 0, total: file.size });
      uploadImageFile(instanceId, file, {
        signal: current.controller.signal,
        onSession: (uploadId) => {
          current.uploadId = uploadId;
        },
        onProgress: ({ sent, total }) => {
          if (run.current !== current) return;
          setState(sent < total ? { phase: 'uploading', file, sent, total } : { phase: 'checking', file });
        },
      }).then(
        ({ uploadId, images }) => {
          if (run.current === current) setState({ phase: 'ready', file, uploadId, images });
        },
        (error: unknown) => {
          if (run.current !== current || current.controller.signal.aborted) return;
          // A failed inspection ends the session on the backend; a failed chunk leaves one to cancel.
          abandon();
          setState({ phase: 'failed', file, error });
        },
      );
    },
    [instanceId, abandon],
  );

  const reset = useCallback(() => {
    abandon();
    setState({ phase: 'idle' });
  }, [abandon]);

  const forget = useCallback((error?: unknown) => {
    run.current = undefined;
    setState((previous) =>
      error !== undefined && previous.phase !== 'idle'
        ? { phase: 'failed', file: previous.file, error }
        : { phase: 'idle' },
    );
  }, []);

  // Closing the modal (unmounting) abandons whatever is still running.
  useEffect(() => abandon, [abandon]);

  return { state, start, reset, forget };
}

/** The tag part of a reference: `demo/app:1.0` → `1.0`, an OCI ref name `1.0` → `1.0`, `demo/app` → `latest`. */
export function tagOfReference(reference: string): string {
  const name = reference.split('@')[0] ?? reference;
  const slash = name.lastIndexOf('/');
  const colon = name.indexOf(':', slash + 1);
  if (colon >= 0) return name.slice(colon + 1);
  return slash >= 0 ? 'latest' : name;
}

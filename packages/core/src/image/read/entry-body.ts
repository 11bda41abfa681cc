/**
 * Consuming the body of a tar entry from modern-tar's decoder.
 *
 * Unwanted bodies are drained, never cancelled: in modern-tar 0.8.6 the decoder reads ahead, and
 * cancelling a small body whose bytes were already queued runs its cancel hook after the decoder
 * has moved on, which detaches the *next* entry's body; reading that next body then waits forever
 * (reproduced with Alpine's base layer fed in 64 KiB chunks). Draining costs the same work, since
 * the decoder parses every byte either way.
 */
import { ScanError } from '../../types/errors';
import type { FileType, LayerFile } from '../../types/image';
import type { ReadLimits } from './limits';
import { describe } from './sources';

/** Reads `body` to its end, discarding the bytes. */
export async function drainBody(body: ReadableStream<Uint8Array>, what: string, path: string): Promise<void> {
  const reader = body.getReader();
  try {
    for (;;) {
      const { done } = await reader.read();
      if (done) return;
    }
  } catch (error) {
    throw bodyError(error, what, path);
  } finally {
    reader.releaseLock();
  }
}

/** Reads a regular file's body into memory, within `maxFileBytes`; other types read as empty. */
export async function readBody(
  body: ReadableStream<Uint8Array>,
  file: LayerFile,
  limits: ReadLimits,
  what: string,
): Promise<Uint8Array> {
  if (file.type !== 'file') {
    await drainBody(body, what, file.path);
    return new Uint8Array(0);
  }
  if (file.size > limits.maxFileBytes) {
    await drainBody(body, what, file.path);
    throw new ScanError(
      'LIMIT_EXCEEDED',
      `${what}: ${file.path} is ${file.size} bytes, more than ${limits.maxFileBytes} (maxFileBytes)`,
    );
  }
  const out = new Uint8Array(file.size);
  let offset = 0;
  const reader = body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      out.set(value.subarray(0, out.length - offset), offset);
      offset += value.length;
    }
  } catch (error) {
    throw bodyError(error, what, file.path);
  } finally {
    reader.releaseLock();
  }
  return out;
}

function bodyError(error: unknown, what: string, path: string): ScanError {
  return error instanceof ScanError
    ? error
    : new ScanError('CORRUPT_LAYER', `${what}: cannot read ${path}: ${describe(error)}`, { cause: error });
}

/** Maps modern-tar's entry types onto the core's {@link FileType}. */
export function fileType(type: string | undefined): FileType {
  switch (type) {
    case undefined:
    case 'file':
      return 'file';
    case 'directory':
      return 'dir';
    case 'symlink':
      return 'symlink';
    case 'link':
      return 'hardlink';
    default:
      return 'other';
  }
}

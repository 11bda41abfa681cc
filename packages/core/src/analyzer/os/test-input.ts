/** Builds analyzer inputs for tests (a regular file in layer 0), shared by the os and pkg analyzer tests. */

import type { FileType, LayerFile } from '../../types/image';
import type { AnalyzerInput } from '../analyzer';

/** A `LayerFile` for `path` in a dummy first layer. */
export function testLayerFile(path: string, size = 0, type: FileType = 'file'): LayerFile {
  return {
    path,
    type,
    size,
    mode: 0o644,
    layer: { index: 0, digest: `sha256:${'0'.repeat(64)}`, diffId: `sha256:${'1'.repeat(64)}` },
  };
}

/** An `AnalyzerInput` for `path` holding `content` (text is UTF-8 encoded). */
export function testInput(path: string, content: string | Uint8Array): AnalyzerInput {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, file: testLayerFile(path, bytes.length), content: bytes };
}

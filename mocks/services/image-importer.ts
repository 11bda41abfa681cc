/**
 * The port through which uploads turn a tarball into registry blobs: in the browser the scan worker
 * (`mocks/scan-worker/scan-worker-client.ts`, never the page's thread), in Node tests the same code in-process.
 */
import {
  type ImportOutcome,
  type InspectOutcome,
  importImageArchive,
  inspectImageArchive,
} from '../scan-worker/import-image';
import type { ServiceContext } from './context';

export interface ImageImporter {
  /** Validates the tarball and returns its image in registry form, or why it cannot be pushed. */
  importImage(archive: Blob, options: { tag?: string }): Promise<ImportOutcome>;
  /** Lists the tarball's images and their RepoTags. */
  inspectImage(archive: Blob): Promise<InspectOutcome>;
}

const inProcess: ImageImporter = {
  importImage: (archive, options) => importImageArchive(archive, options),
  inspectImage: (archive) => inspectImageArchive(archive),
};

/** The context's importer, or the in-process one (right for Node). */
export function importerOf(ctx: ServiceContext): ImageImporter {
  return ctx.images ?? inProcess;
}

/** The seed's two procedures as recorded walkthroughs, on the `default` world at realistic speed. */
import { BATCH_IMAGE_SCAN } from './flow-batch';
import { SINGLE_IMAGE_SCAN } from './flow-single';

export { bootFresh } from './flow-common';
export { BATCH_IMAGE_SCAN, SINGLE_IMAGE_SCAN };

export const FLOWS = { single: SINGLE_IMAGE_SCAN, batch: BATCH_IMAGE_SCAN } as const;

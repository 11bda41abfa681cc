import type { WorldSpec } from '../world-spec';

/** Regions and the account's VPCs only: the console as a new ACR customer sees it. */
export const EMPTY_WORLD: WorldSpec = { name: 'empty', instances: [] };

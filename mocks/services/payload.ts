import type { ActionName, ActionResponse } from '@/api/contract/actions';

/** What a service returns for an action: its response without the envelope (`RequestId`, `Code`, `IsSuccess`). */
export type Payload<A extends ActionName> = Omit<ActionResponse<A>, 'RequestId' | 'Code' | 'IsSuccess'>;

/** Regions: `ListInstanceRegion`. */
import type { ActionParams } from '@/api/contract/actions';
import { read } from '../store/transactions';
import type { ServiceContext } from './context';
import type { Payload } from './payload';

/**
 * `ListInstanceRegion`: every region of the selector, with `LocalName` in the requested language
 * (Chinese unless `Lang` asks for English; the docs spell it both `en-US` and `en_US`).
 */
export async function listInstanceRegions(
  ctx: ServiceContext,
  params: ActionParams<'ListInstanceRegion'>,
): Promise<Payload<'ListInstanceRegion'>> {
  const english = params.Lang === 'en-US' || params.Lang === 'en_US';
  const regions = await read(ctx.store, ['regions'], (tx) => tx.objectStore('regions').getAll());
  regions.sort((a, b) => a.Order - b.Order);
  return { Regions: regions.map((r) => ({ RegionId: r.RegionId, LocalName: english ? r.EnName : r.ZhName })) };
}

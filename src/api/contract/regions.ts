/** Regions: `ListInstanceRegion`. */
import { z } from 'zod';
import { successEnvelope } from './wire';

export const ListInstanceRegionRequest = z.object({
  /** `zh-CN` or `en-US` (the docs also accept `zh_CN`/`en_US`); selects `LocalName`'s language. */
  Lang: z.enum(['zh-CN', 'en-US', 'zh_CN', 'en_US']).optional(),
});

export const RegionSchema = z.object({ RegionId: z.string(), LocalName: z.string() });
export type Region = z.infer<typeof RegionSchema>;

export const ListInstanceRegionResponse = z.object({
  ...successEnvelope,
  Regions: z.array(RegionSchema),
});

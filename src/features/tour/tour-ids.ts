/**
 * What the top bar needs to know about the tours without loading them: their ids and how many steps each
 * has (for 继续引导：… (第 n/N 步)). The steps and the engine load only when a tour starts or resumes;
 * engine.test.ts checks these counts against the steps themselves.
 */
export const TOUR_IDS = ['single', 'batch', 'cloud'] as const;
export type TourId = (typeof TOUR_IDS)[number];

export const TOUR_STEP_COUNTS: Record<TourId, number> = { single: 8, batch: 18, cloud: 12 };

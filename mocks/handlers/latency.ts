/** Simulated network and service latency, following the demo speed. */
import type { DemoSpeed } from '@/api/contract/console';

/** 80–250 ms at realistic speed (what the console sees from a nearby region), none at instant speed. */
export function latencyFor(speed: DemoSpeed, random: () => number = Math.random): number {
  return speed === 'instant' ? 0 : 80 + Math.floor(random() * 171);
}

export function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

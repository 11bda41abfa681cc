/**
 * The operation audit log (ActionTrail-like): every denied call and every allowed call that changes
 * something, who made it, the RAM action and resource, and the request id the caller saw. Only the newest
 * {@link AUDIT_LOG_CAP} rows are kept.
 */
import type { AuditLog } from '@/api/contract/ram';
import type { ServiceContext } from '../services/context';
import { write } from '../store/transactions';

export const AUDIT_LOG_CAP = 5000;

let sequence = 0;

/**
 * A log id that sorts like the rows were written: time, then a per-backend sequence (several calls can share
 * a millisecond), then randomness (several tabs can share both).
 */
function logId(time: number): string {
  sequence = (sequence + 1) % 36 ** 4;
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
  return `al-${time.toString(36).padStart(9, '0')}${sequence.toString(36).padStart(4, '0')}${(random % 36 ** 4).toString(36).padStart(4, '0')}`;
}

/** Appends one row, dropping the oldest beyond `cap`. */
export async function writeAudit(
  ctx: ServiceContext,
  row: Omit<AuditLog, 'LogId' | 'Time'>,
  cap = AUDIT_LOG_CAP,
): Promise<void> {
  const Time = ctx.clock.now();
  await write(ctx.store, ['auditLogs'], async (tx) => {
    const logs = tx.objectStore('auditLogs');
    await logs.add({ ...row, LogId: logId(Time), Time });
    let excess = (await logs.count()) - cap;
    if (excess <= 0) return;
    let cursor = await logs.index('by-time').openCursor();
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
  });
}

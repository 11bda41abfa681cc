/** Starts the mock backend in the browser: MSW's service worker forwards API calls to these handlers. */

import { setupWorker } from 'msw/browser';
import { API_PATH } from '@/api/contract/actions';
import { createHandlers } from './handlers';
import { createWorkerScanRunner } from './scan-worker/scan-worker-client';
import { createServiceContext, type ServiceContext } from './services/context';
import { leadScanRecovery } from './services/scan-leader';
import { read } from './store/transactions';

/**
 * Registers the worker and answers the API under `baseUrl` (the app's Vite `base`, e.g. `/` or `/console/`).
 * The worker's URL and scope are given explicitly so a sub-path deployment works. Requests the backend does
 * not own (assets, HMR) pass through untouched.
 */
export async function startMockBackend(options: { baseUrl: string }): Promise<void> {
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  // Scans (and parsing uploaded tarballs) run in a Web Worker, never on the page's thread (where MSW answers).
  const runner = createWorkerScanRunner();
  const context = createServiceContext({ scanRunner: runner, imageImporter: runner, imageFixer: runner });
  const worker = setupWorker(...createHandlers(`${baseUrl}${API_PATH}`, { context }));
  await worker.start({
    serviceWorker: { url: `${baseUrl}mock-backend-sw.js`, options: { scope: baseUrl } },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  // Scheduled reports have no timers: those that fell due while no page was open are sent now. The report
  // code is a chunk of its own, fetched only when some schedule exists.
  void runReportSchedulesIfAny(context);
  // One tab at a time resumes the scans of tabs that closed or reloaded (the others queue for the lock).
  void leadScanRecovery(context);
}

async function runReportSchedulesIfAny(context: ServiceContext): Promise<void> {
  try {
    const schedules = await read(context.store, ['reportSchedules'], (tx) => tx.objectStore('reportSchedules').count());
    if (schedules === 0) return;
    const { runDueReportSchedules } = await import('./services/report-schedules');
    await runDueReportSchedules(context);
  } catch (error) {
    console.error('[mock backend] scheduled reports failed:', error);
  }
}

/**
 * The report actions as routes: each first sends the scheduled reports that are due (the backend has no
 * timers), then answers. Kept apart so the report, search and export modules never import the scheduler.
 */
import type { ActionName, ActionParams } from '@/api/contract/actions';
import type { ServiceContext } from './context';
import { exportScanReport, exportSearchResults, exportSecurityReport } from './exports';
import type { Payload } from './payload';
import { runDueReportSchedules } from './report-schedules';
import { securityReport } from './report-security';
import { diffScans } from './scan-diff';
import { searchVulnerabilities } from './search';

type Service<A extends ActionName> = (ctx: ServiceContext, params: ActionParams<A>) => Promise<Payload<A>>;

function afterDueSchedules<A extends ActionName>(service: Service<A>): Service<A> {
  return async (ctx, params) => {
    await runDueReportSchedules(ctx);
    return service(ctx, params);
  };
}

export const getSecurityReport = afterDueSchedules<'GetSecurityReport'>(securityReport);
export const searchVulnerabilitiesRoute = afterDueSchedules<'SearchVulnerabilities'>(searchVulnerabilities);
export const diffScansRoute = afterDueSchedules<'DiffScans'>(diffScans);
export const exportScanReportRoute = afterDueSchedules<'ExportScanReport'>(exportScanReport);
export const exportSecurityReportRoute = afterDueSchedules<'ExportSecurityReport'>(exportSecurityReport);
export const exportSearchResultsRoute = afterDueSchedules<'ExportSearchResults'>(exportSearchResults);

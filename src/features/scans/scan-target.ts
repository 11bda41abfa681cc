/** The image version a scan page works on. */
export interface ScanTarget {
  instanceId: string;
  repoId: string;
  tag: string;
}

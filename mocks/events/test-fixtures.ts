/** Shared event fixtures for this folder's tests (not used by the library itself). */
import {
  type AcrEvent,
  buildPushCompletedData,
  buildScanCompletedData,
  type EventContext,
  PUSH_COMPLETED,
  SCAN_COMPLETED,
  type ScanCompletedInput,
} from './scan-event';

export const DIGEST = 'sha256:4f9a8c1e2b3d5a6f7e8c9d0b1a2c3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9c0d';
export const CONTEXT: EventContext = {
  id: '2f1c4c5e-6d7e-4a8b-9c0d-1e2f3a4b5c6d',
  accountId: '1234567890123456',
  regionId: 'cn-hangzhou',
  instanceId: 'cri-demo123',
  timeMs: Date.UTC(2026, 0, 1, 0, 5, 0),
  publishTimeMs: Date.UTC(2026, 0, 1, 0, 5, 0, 179),
  publishAddr: '10.0.0.8',
};

export const scanInput = (overrides: Partial<ScanCompletedInput> = {}): ScanCompletedInput => ({
  regionId: 'cn-hangzhou',
  instanceId: 'cri-demo123',
  instanceName: 'demo-ee',
  repoId: 'crr-abc',
  repoName: 'nginx',
  namespace: 'prod',
  tag: '1.25-alpine',
  digest: DIGEST,
  imageUpdateMs: Date.UTC(2026, 0, 1, 0, 4, 48),
  status: 'COMPLETE',
  counts: { High: 2, Medium: 3, Low: 1, Unknown: 1 },
  scanService: 'ACR_SCAN_SERVICE',
  findings: [
    { CveName: 'CVE-2024-0003', Severity: 'Low', Package: 'zlib', Version: '1.3', FixedVersion: '1.3.1' },
    { CveName: 'CVE-2024-0002', Severity: 'High', Package: 'openssl', Version: '3.1.0', FixedVersion: '3.1.4' },
    { CveName: 'CVE-2024-0001', Severity: 'High', Package: 'curl', Version: '8.0.1', FixedVersion: '8.4.0' },
    { CveName: 'CVE-2024-0010', Severity: 'Medium', Package: 'musl', Version: '1.2.4', FixedVersion: '' },
    { CveName: 'CVE-2024-0011', Severity: 'Medium', Package: 'busybox', Version: '1.36.1', FixedVersion: '1.36.1-r1' },
    { CveName: 'CVE-2024-0012', Severity: 'Unknown', Package: 'libc', Version: '1', FixedVersion: '' },
    { CveName: 'CVE-2024-0013', Severity: 'Medium', Package: 'expat', Version: '2.5.0', FixedVersion: '2.6.0' },
  ],
  resultUrl: 'http://127.0.0.1:4173/cn-hangzhou/instances/cri-demo123/scans/result?tag=1.25-alpine',
  ...overrides,
});

export const scanEvent = (overrides: Partial<ScanCompletedInput> = {}): AcrEvent => ({
  type: SCAN_COMPLETED,
  data: buildScanCompletedData(scanInput(overrides)),
  context: CONTEXT,
});

export const pushEvent = (): AcrEvent => ({
  type: PUSH_COMPLETED,
  data: buildPushCompletedData({
    region: 'cn-hangzhou',
    namespace: 'prod',
    repoName: 'nginx',
    tag: '1.25-alpine',
    digest: DIGEST,
    pushedAtMs: Date.UTC(2026, 0, 1, 0, 3, 0),
    repoCreatedMs: Date.UTC(2025, 5, 1, 2, 0, 0),
    repoType: 'PRIVATE',
  }),
  context: CONTEXT,
});

/**
 * The ACR event model and the bodies we send for it: plain JSON, an EventBridge CloudEvent, DingTalk markdown.
 *
 * Field names follow what ACR documents (see the facts file, §7.2): the `cr:Artifact:ScanCompleted` data fields
 * up to `TotalSeverity` are confirmed; `Digest`, `ScanService`, `TopFindings` and `ResultUrl` are our documented
 * extras (the real field list was cut off after `TotalSeverity`). Push events reuse the repository-trigger body.
 */
import type { ScanService, ScanSeverity } from '@/api/contract/scans';
import { formatAliyunPublishTime, formatShanghaiDateTime, formatShanghaiIso } from './shanghai-time';

export const SCAN_COMPLETED = 'cr:Artifact:ScanCompleted';
export const PUSH_COMPLETED = 'cr:Artifact:PushCompleted';
export type AcrEventType = typeof SCAN_COMPLETED | typeof PUSH_COMPLETED;

/** At most this many findings travel in an event: enough to act on, small enough for a chat message. */
export const MAX_TOP_FINDINGS = 5;

export interface ScanFinding {
  CveName: string;
  Severity: ScanSeverity;
  Package: string;
  /** Installed version. */
  Version: string;
  /** Empty when no fixed version exists yet. */
  FixedVersion: string;
}

/** `cr:Artifact:ScanCompleted` data, keys in ACR's documented order, then our extras. */
export interface ScanCompletedData {
  RegionId: string;
  InstanceId: string;
  InstanceName: string;
  RepoId: string;
  RepoName: string;
  RepoNamespaceName: string;
  Tag: string;
  /** `YYYY-MM-DD HH:mm:ss`, Asia/Shanghai (see `formatShanghaiDateTime`). */
  ImageUpdate: string;
  /** The event only reports finished scans: 成功 or 失败. */
  Status: 'COMPLETE' | 'FAILED';
  HighSeverity: number;
  MediumSeverity: number;
  LowSeverity: number;
  UnknownSeverity: number;
  TotalSeverity: number;
  // --- our extras (not confirmed as ACR fields) ---
  /** `sha256:…` of the scanned manifest. */
  Digest: string;
  ScanService: ScanService;
  /** Highest-severity findings first, at most `MAX_TOP_FINDINGS`. */
  TopFindings: ScanFinding[];
  /** Console page of this scan result. */
  ResultUrl: string;
}

/**
 * The repository-trigger (webhook) body ACR posts after a push, as reproduced by public receivers (facts §7.2).
 * Field set and formats are from those receivers, not from an official schema; `repo_origin_type` carrying
 * `NO_CERTIFIED` (same as `repo_authentication_type`) is what the samples show, and the meaning of either
 * value is unconfirmed.
 */
export interface PushCompletedData {
  push_data: {
    digest: string;
    /** `YYYY-MM-DD HH:mm:ss`, Asia/Shanghai. */
    pushed_at: string;
    tag: string;
  };
  repository: {
    /** `YYYY-MM-DD HH:mm:ss`, Asia/Shanghai. */
    date_created: string;
    name: string;
    namespace: string;
    region: string;
    repo_authentication_type: string;
    repo_full_name: string;
    repo_origin_type: string;
    repo_type: 'PUBLIC' | 'PRIVATE';
  };
}

export interface EventDataByType {
  [SCAN_COMPLETED]: ScanCompletedData;
  [PUSH_COMPLETED]: PushCompletedData;
}

/** Who published the event and when: the parts of the CloudEvent envelope that are not in `data`. */
export interface EventContext {
  /** Event id (a UUID); injected so bodies are deterministic. */
  id: string;
  accountId: string;
  regionId: string;
  instanceId: string;
  /** When the event happened, epoch ms. */
  timeMs: number;
  /** When EventBridge published it, epoch ms; defaults to `timeMs`. */
  publishTimeMs?: number;
  /** Address EventBridge reports as the publisher; defaults to a loopback address in the offline console. */
  publishAddr?: string;
}

export type AcrEvent =
  | { type: typeof SCAN_COMPLETED; data: ScanCompletedData; context: EventContext }
  | { type: typeof PUSH_COMPLETED; data: PushCompletedData; context: EventContext };

export interface CloudEventEnvelope<T extends AcrEventType> {
  id: string;
  source: 'acs.cr';
  specversion: '1.0';
  type: T;
  subject: string;
  time: string;
  aliyunaccountid: string;
  aliyunpublishtime: string;
  aliyuneventbusname: 'default';
  aliyunregionid: string;
  aliyunpublishaddr: string;
  datacontenttype: 'application/json;charset=utf-8';
  data: EventDataByType[T];
}

function repositoryOf<T extends AcrEventType>(type: T, data: EventDataByType[T]): { namespace: string; repo: string } {
  if (type === SCAN_COMPLETED) {
    const scan = data as ScanCompletedData;
    return { namespace: scan.RepoNamespaceName, repo: scan.RepoName };
  }
  const push = data as PushCompletedData;
  return { namespace: push.repository.namespace, repo: push.repository.name };
}

/** The EventBridge CloudEvent ACR publishes; attribute order as EventBridge shows it. */
export function cloudEventEnvelope<T extends AcrEventType>(
  type: T,
  data: EventDataByType[T],
  context: EventContext,
): CloudEventEnvelope<T> {
  const { namespace, repo } = repositoryOf(type, data);
  return {
    id: context.id,
    source: 'acs.cr',
    specversion: '1.0',
    type,
    subject: `acs.cr:${context.regionId}:${context.accountId}:${context.instanceId}/${namespace}/${repo}`,
    time: formatShanghaiIso(context.timeMs),
    aliyunaccountid: context.accountId,
    aliyunpublishtime: formatAliyunPublishTime(context.publishTimeMs ?? context.timeMs),
    aliyuneventbusname: 'default',
    aliyunregionid: context.regionId,
    aliyunpublishaddr: context.publishAddr ?? '127.0.0.1',
    datacontenttype: 'application/json;charset=utf-8',
    data,
  };
}

/** A ready-to-send body with the headers that describe it. */
export interface HttpPayload {
  headers: Record<string, string>;
  body: string;
}

export interface HttpBodyOptions {
  /**
   * `plain`: the event data alone (for push events, exactly the repository-trigger body existing receivers
   * parse). `cloudevents`: the EventBridge envelope, sent in CloudEvents structured mode.
   */
  envelope: 'plain' | 'cloudevents';
}

/** The body of an HTTP/HTTPS notification. */
export function httpBody(event: AcrEvent, options: HttpBodyOptions): HttpPayload {
  if (options.envelope === 'cloudevents') {
    const envelope =
      event.type === SCAN_COMPLETED
        ? cloudEventEnvelope(event.type, event.data, event.context)
        : cloudEventEnvelope(event.type, event.data, event.context);
    return {
      // CloudEvents HTTP binding, structured mode: the whole event is the body and says so in its media type.
      headers: { 'Content-Type': 'application/cloudevents+json; charset=utf-8' },
      body: JSON.stringify(envelope),
    };
  }
  return { headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(event.data) };
}

const SEVERITY_RANK: Record<ScanSeverity, number> = { High: 0, Medium: 1, Low: 2, Unknown: 3 };

export interface ScanCompletedInput {
  regionId: string;
  instanceId: string;
  instanceName: string;
  repoId: string;
  repoName: string;
  namespace: string;
  tag: string;
  digest: string;
  /** When the image (tag) was last updated, epoch ms. */
  imageUpdateMs: number;
  status: 'COMPLETE' | 'FAILED';
  counts: { High: number; Medium: number; Low: number; Unknown: number };
  scanService: ScanService;
  /** Any number of findings; the top ones by severity (then CVE id, for a stable order) are kept. */
  findings: readonly ScanFinding[];
  resultUrl: string;
}

/**
 * Builds `ScanCompletedData` with keys in ACR's documented order (JSON key order is what a reader of the raw
 * payload sees), `TotalSeverity` derived from the counts, and `TopFindings` capped. A failed scan reports no
 * counts or findings: whatever partial data existed is not a result.
 */
export function buildScanCompletedData(input: ScanCompletedInput): ScanCompletedData {
  const failed = input.status === 'FAILED';
  const count = (n: number) => (failed ? 0 : Math.max(0, Math.trunc(n)));
  const high = count(input.counts.High);
  const medium = count(input.counts.Medium);
  const low = count(input.counts.Low);
  const unknown = count(input.counts.Unknown);
  const top = failed
    ? []
    : [...input.findings]
        .sort((a, b) => SEVERITY_RANK[a.Severity] - SEVERITY_RANK[b.Severity] || a.CveName.localeCompare(b.CveName))
        .slice(0, MAX_TOP_FINDINGS)
        .map((f) => ({
          CveName: f.CveName,
          Severity: f.Severity,
          Package: f.Package,
          Version: f.Version,
          FixedVersion: f.FixedVersion,
        }));
  return {
    RegionId: input.regionId,
    InstanceId: input.instanceId,
    InstanceName: input.instanceName,
    RepoId: input.repoId,
    RepoName: input.repoName,
    RepoNamespaceName: input.namespace,
    Tag: input.tag,
    ImageUpdate: formatShanghaiDateTime(input.imageUpdateMs),
    Status: input.status,
    HighSeverity: high,
    MediumSeverity: medium,
    LowSeverity: low,
    UnknownSeverity: unknown,
    TotalSeverity: high + medium + low + unknown,
    Digest: input.digest,
    ScanService: input.scanService,
    TopFindings: top,
    ResultUrl: input.resultUrl,
  };
}

export interface PushCompletedInput {
  region: string;
  namespace: string;
  repoName: string;
  tag: string;
  digest: string;
  pushedAtMs: number;
  repoCreatedMs: number;
  repoType: 'PUBLIC' | 'PRIVATE';
}

/** Builds the repository-trigger push body in the key order the public samples show. */
export function buildPushCompletedData(input: PushCompletedInput): PushCompletedData {
  return {
    push_data: { digest: input.digest, pushed_at: formatShanghaiDateTime(input.pushedAtMs), tag: input.tag },
    repository: {
      date_created: formatShanghaiDateTime(input.repoCreatedMs),
      name: input.repoName,
      namespace: input.namespace,
      region: input.region,
      // Every public sample carries NO_CERTIFIED for both; what else they can hold is unconfirmed.
      repo_authentication_type: 'NO_CERTIFIED',
      repo_full_name: `${input.namespace}/${input.repoName}`,
      repo_origin_type: 'NO_CERTIFIED',
      repo_type: input.repoType,
    },
  };
}

/**
 * The `scale` seed (issue 9): the default world plus a namespace `scale` in acr-prod-hz whose repository
 * `scale/monorepo` holds 2,000 tags (`v1.0.0` … `v10.9.19`), 10,000 finished scan tasks (5 per scale tag, a day apart) and 50,000 findings
 * (5 per task) — to measure list paging, filtering and sorting at size. Nothing is scanned: the tags share
 * the default world's demo images (blobs are content-addressed, so no extra bytes), and tasks and findings
 * are written directly, deterministically, with findings drawn from the curated advisories so they read
 * like real ones.
 */
import { assessSeverity, CURATED_DATASET_VERSION, curatedAdvisories, toAcrSeverity } from '@acr-console/core';
import type { ScanVulnerability } from '@/api/contract/scans';
import type { ScanResultRecord, ScanTaskRecord } from '../../store/schema';
import { createRandom, hashString } from '../prng';
import type { RepositorySpec, TagSpec, WorldSpec } from '../world-spec';
import { DEFAULT_WORLD } from './default-world';

export const SCALE_REPOSITORIES = ['monorepo'] as const;
export const SCALE_TAGS_PER_REPOSITORY = 2000;
export const SCALE_TASKS_PER_TAG = 5;
export const SCALE_FINDINGS_PER_TASK = 5;
const SCALE_INSTANCE_KEY = 'prod-hz';
const DAY = 86_400_000;

const IMAGES = [
  { recipe: 'alpine:3.18', variant: 'vulnerable' },
  { recipe: 'debian:11', variant: 'vulnerable' },
  { recipe: 'node:18-alpine', variant: 'vulnerable' },
  { recipe: 'alpine:3.18', variant: 'patched' },
] as const;

function scaleTags(repo: string): TagSpec[] {
  const tags: TagSpec[] = [];
  for (let i = 0; i < SCALE_TAGS_PER_REPOSITORY; i++) {
    // 200 tags per major version: `v1\..*` selects 200 images for a batch scan.
    const major = Math.floor(i / 200) + 1;
    const minor = Math.floor(i / 20) % 10;
    tags.push({
      tag: `v${major}.${minor}.${i % 20}`,
      image: IMAGES[(i + repo.length) % IMAGES.length] ?? IMAGES[0],
      pushedDaysAgo: 1 + (SCALE_TAGS_PER_REPOSITORY - i) / 10,
    });
  }
  return tags;
}

const scaleRepositories = (): RepositorySpec[] =>
  SCALE_REPOSITORIES.map((name) => ({
    name,
    type: 'PRIVATE',
    summary: `Scale test service ${name}`,
    createdDaysAgo: 300,
    tags: scaleTags(name),
  }));

export const SCALE_WORLD: WorldSpec = {
  name: 'scale',
  instances: DEFAULT_WORLD.instances.map((instance) =>
    instance.key === SCALE_INSTANCE_KEY
      ? {
          ...instance,
          namespaces: [
            ...instance.namespaces,
            {
              name: 'scale',
              autoCreateRepo: false,
              defaultRepoType: 'PRIVATE',
              createdDaysAgo: 300,
              repositories: scaleRepositories(),
            },
          ],
        }
      : instance,
  ),
};

/** The tags a scale task history is written for. */
export interface ScaleTag {
  InstanceId: string;
  RepoId: string;
  Tag: string;
  Digest: string;
  ImageCreate: number;
}

type Severity = ScanVulnerability['Severity'];

/** A plausible affected version just below `fixed`: its last number minus one (`1.2.10` → `1.2.9`). */
function previousVersion(fixed: string): string {
  const lowered = fixed.replace(/(\d+)(?!.*\d)/, (d) => String(Math.max(0, Number(d) - 1)));
  return lowered === fixed ? `${fixed}-rc1` : lowered;
}
const SEVERITY: Record<string, Severity> = { HIGH: 'High', MEDIUM: 'Medium', LOW: 'Low' };

/** One finding per (advisory, affected package) of the curated set, in record order. */
function advisoryFindings(): Omit<ScanVulnerability, 'AddedBy' | 'CveLocation'>[] {
  const out: Omit<ScanVulnerability, 'AddedBy' | 'CveLocation'>[] = [];
  for (const record of curatedAdvisories) {
    for (const affected of record.affected) {
      const pkg = affected.package;
      const events = (affected.ranges ?? []).flatMap((r) => r.events);
      const fixed = events.find((e) => e.fixed)?.fixed ?? '';
      const introduced = events.find((e) => e.introduced && e.introduced !== '0')?.introduced;
      const version = introduced ?? (fixed ? previousVersion(fixed) : '0.0.1');
      const assessment = assessSeverity(record, affected);
      const cvss = assessment.cvss[0];
      const os = /debian|ubuntu|alpine|alma|rocky/i.test(pkg.ecosystem);
      out.push({
        CveName: record.aliases.find((a) => a.startsWith('CVE-')) ?? record.id,
        AliasName: record.summary,
        Severity: SEVERITY[toAcrSeverity(assessment.severity)] ?? 'Unknown',
        Feature: pkg.name,
        Version: version,
        VersionFixed: fixed,
        VersionFormat: pkg.ecosystem.split(':')[0]?.toLowerCase() ?? '',
        FixCmd: fixed ? `upgrade ${pkg.name} to ${fixed}` : '',
        ScanType: os ? 'cve' : 'sca',
        CveLink: record.references[0]?.url ?? '',
        Description: record.summary,
        ...(cvss ? { CvssVector: cvss.vector, CvssScore: cvss.score } : {}),
      });
    }
  }
  return out;
}

/**
 * `SCALE_TASKS_PER_TAG` finished scans of every scale tag, newest last, each with `SCALE_FINDINGS_PER_TASK`
 * findings picked deterministically from the curated advisories.
 */
export function scaleScanHistory(tags: readonly ScaleTag[]): { tasks: ScanTaskRecord[]; results: ScanResultRecord[] } {
  const findings = advisoryFindings();
  // One seeded stream for the whole history: deterministic, and far cheaper than a hash per value.
  const random = createRandom(hashString('scale/scan-history'));
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const tasks: ScanTaskRecord[] = [];
  const results: ScanResultRecord[] = [];
  let n = 0;
  for (const tag of tags) {
    for (let k = 0; k < SCALE_TASKS_PER_TAG; k++, n++) {
      const hex = n.toString(16).toUpperCase().padStart(12, '0');
      const ScanTaskId = `5CA1E000-0000-4000-8000-${hex}`;
      const StartTime = tag.ImageCreate + k * DAY + int(0, 3_600_000);
      const FinishTime = StartTime + 20_000 + int(0, 40_000);
      tasks.push({
        ScanTaskId,
        InstanceId: tag.InstanceId,
        RepoId: tag.RepoId,
        Tag: tag.Tag,
        Digest: tag.Digest,
        ScanService: 'ACR_SCAN_SERVICE',
        Status: 'COMPLETE',
        Phase: 'DONE',
        Progress: 100,
        StartTime,
        FinishTime,
        RunnerId: 'seed',
        HeartbeatTime: FinishTime,
        DbVersion: CURATED_DATASET_VERSION,
      });
      const picked: ScanVulnerability[] = [];
      const offset = int(0, findings.length - 1);
      for (let j = 0; j < SCALE_FINDINGS_PER_TASK; j++) {
        const f = findings[(offset + j * 7) % findings.length];
        if (f) picked.push({ ...f, AddedBy: `sha256:${tag.Digest}`, CveLocation: '' });
      }
      const count = (s: Severity) => picked.filter((v) => v.Severity === s).length;
      results.push({
        ScanTaskId,
        Summary: {
          HighSeverity: count('High'),
          MediumSeverity: count('Medium'),
          LowSeverity: count('Low'),
          UnknownSeverity: count('Unknown'),
          TotalSeverity: picked.length,
        },
        Vulnerabilities: picked,
      });
    }
  }
  return { tasks, results };
}

/**
 * The content-inspector contract: what the cloud-security engine adds to a vulnerability scan. Inspectors
 * look at the image's files and config (not at package versions) and report baseline risks, leaked secrets
 * and malicious samples, each with where it was found. They run in the same single pass over the layers as
 * the package analyzers (see `scanImage`'s `inspectors` option), so a cloud-engine scan decompresses each
 * layer once.
 */
import type { ImageConfig } from '../image/oci';
import type { LayerFile, LayerRef } from '../types/image';
import type { OsInfo, Package } from '../types/package';

/** A text in both console languages. */
export interface LocalizedText {
  'zh-CN': string;
  'en-US': string;
}

/** Baseline and secret levels, as the cloud-security engine names them (`BaselineNameLevel`). */
export type BaselineLevel = 'high' | 'medium' | 'low';
/** Malicious-sample levels (`ListScanMaliciousFileByTask.Level`): 紧急 / 可疑 / 提醒. */
export type MaliciousLevel = 'serious' | 'suspicious' | 'remind';

/** Where a finding is: a file (with its layer and, for text, a 1-based line) or an image-config key. */
export interface FindingLocation {
  /** The layer that holds the file (absent for image-config findings). */
  layer?: LayerRef;
  /** Path relative to the image root, no leading slash. */
  path?: string;
  /** 1-based line in the file. */
  line?: number;
  /** Config key, e.g. `config.User`, `config.Env[3]`, `config.ExposedPorts.22/tcp`, `history[4].created_by`. */
  configKey?: string;
}

interface FindingBase {
  /** Stable rule id, e.g. `cis-4.1-user`, `alibaba-access-key`, `eicar-test-file`. */
  ruleId: string;
  title: LocalizedText;
  /** Grouping, e.g. 账号安全 / Accounts, 敏感信息 / Sensitive data, 挖矿程序 / Crypto miner. */
  category: LocalizedText;
  description: LocalizedText;
  /** How to fix it. */
  remediation: LocalizedText;
  location: FindingLocation;
  /** What was seen, safe to show: a config value, a file line, a masked secret — never a full secret. */
  evidence?: string;
}

/** A baseline (configuration hygiene) risk. */
export interface BaselineFinding extends FindingBase {
  kind: 'baseline';
  level: BaselineLevel;
  /** CIS Docker Benchmark item this check maps to, e.g. `4.1`, when it maps to one. */
  cis?: string;
}

/** A leaked secret or sensitive file (the cloud engine reports them with baseline risks, key `ak_leak`…). */
export interface SecretFinding extends FindingBase {
  kind: 'secret';
  level: BaselineLevel;
}

/** A malicious sample: known-bad hash or a content signature (miner, web shell, reverse shell, backdoor). */
export interface MaliciousFinding extends FindingBase {
  kind: 'malware';
  level: MaliciousLevel;
  /** Hex digests of the file's content. */
  md5: string;
  sha256: string;
}

export type InspectionFinding = BaselineFinding | SecretFinding | MaliciousFinding;

/** One file handed to an inspector; `content` is present when the inspector asked for it. */
export interface InspectedFile {
  path: string;
  file: LayerFile;
  content?: Uint8Array;
}

/** What an inspector may use after the walk: the image config and the inventory already built. */
export interface ImageFacts {
  config?: ImageConfig;
  os?: OsInfo;
  osPackages: readonly Package[];
  layers: readonly LayerRef[];
  /** Paths present in the final filesystem (after whiteouts), with the metadata of their last version. */
  finalFiles: ReadonlyMap<string, LayerFile>;
}

/**
 * A content inspector. `wants` decides from the path and metadata alone (before any byte is read):
 * `'content'` to receive the bytes, `'meta'` for metadata only (permissions, owners), `false` to skip.
 */
export interface Inspector {
  /** Stable name, e.g. `baseline`, `secrets`, `malware`. */
  name: string;
  wants(path: string, file: LayerFile): 'content' | 'meta' | false;
  /** Findings at one file (in the layer it was met in). */
  inspect(input: InspectedFile): InspectionFinding[] | Promise<InspectionFinding[]>;
  /** Image-level findings after the walk (config, packages, final filesystem). */
  finish?(facts: ImageFacts): InspectionFinding[];
}

import type { DemoSeedName, DemoSpeed } from '@/api/contract/console';
import type { InstanceSpecification, InstanceStatus } from '@/api/contract/instances';
import type { RepoType } from '@/api/contract/namespaces';
import type { ScanService } from '@/api/contract/scans';

/** The single meta row: which world is loaded and how fast the demo runs. */
export interface MetaRecord {
  key: 'demo';
  SeedName: DemoSeedName;
  Speed: DemoSpeed;
  SeededAt: number;
  SchemaVersion: number;
  /** Schema v6: the in-app demo receiver answers DingTalk and demo-host addresses (absent = on). */
  DemoReceiverEnabled?: boolean;
  /** Schema v8: the identity the console acts as (a RAM user name; absent = the main account). */
  Identity?: string;
  /**
   * A fresh random token on every committed write to a store derived caches are built from (see
   * `GENERATION_STORES` in transactions.ts): a cache built at another token is stale, whichever tab wrote.
   */
  DataGeneration?: string;
}

export interface RegionRecord {
  RegionId: string;
  ZhName: string;
  EnName: string;
  /** Position in the console's region selector. */
  Order: number;
}

export interface InstanceQuota {
  Namespace: number;
  Repo: number;
  ChartNamespace: number;
  ChartRepo: number;
  Vpc: number;
}

export interface AclEntryRecord {
  Entry: string;
  Comment: string;
}

export interface InstanceRecord {
  InstanceId: string;
  InstanceName: string;
  RegionId: string;
  InstanceSpecification: InstanceSpecification;
  InstanceStatus: InstanceStatus;
  InstanceIssue?: string;
  ResourceGroupId: string;
  Tags: { TagKey: string; TagValue: string }[];
  CreateTime: number;
  ModifiedTime: number;
  Quota: InstanceQuota;
  /** Helm charts are not modelled yet; their usage is part of the world so GetInstanceUsage can report it. */
  ChartUsage: { Namespace: number; Repo: number };
  /** The public (internet) endpoint of the Registry module. */
  InternetEndpoint: { Enable: boolean; AclEnable: boolean; AclEntries: AclEntryRecord[] };
  /**
   * The engine chosen with 切换 (schema v4). Absent: the cloud-security engine when it is bought, else Trivy —
   * so buying it makes it every instance's default, as the console does.
   */
  ScanEngine?: ScanService;
  /** 设置 > 同步 (schema v4): forward instance and image events to Security Center. */
  SasSync?: boolean;
}

export interface NamespaceRecord {
  NamespaceId: string;
  InstanceId: string;
  NamespaceName: string;
  NamespaceStatus: 'NORMAL' | 'DELETING';
  AutoCreateRepo: boolean;
  DefaultRepoType: RepoType;
  DefaultRepoConfiguration: {
    RepoType: RepoType;
    TagImmutability: boolean;
    ArtifactBuildRuleParameters?: { ImageIndexOnly: boolean };
  };
  ResourceGroupId: string;
  CreateTime: number;
  ModifiedTime: number;
}

export interface RepositoryRecord {
  RepoId: string;
  InstanceId: string;
  RepoNamespaceName: string;
  RepoName: string;
  RepoType: RepoType;
  RepoBuildType: 'MANUAL' | 'AUTO';
  RepoStatus: 'NORMAL' | 'DELETING';
  Summary: string;
  Detail: string;
  TagImmutability: boolean;
  ResourceGroupId: string;
  CreateTime: number;
  ModifiedTime: number;
}

export interface TagRecord {
  InstanceId: string;
  RepoId: string;
  Tag: string;
  /** Manifest digest hex (no `sha256:`); the manifest's bytes are in `blobs` under `sha256:<Digest>`. */
  Digest: string;
  /** Config digest hex. */
  ImageId: string;
  ImageSize: number;
  Status: 'NORMAL' | 'DELETING';
  ImageCreate: number;
  ImageUpdate: number;
}

/** Content-addressed bytes of a manifest, config or layer. Shared by every tag that references them. */
export interface BlobRecord {
  digest: string;
  mediaType: string;
  size: number;
  bytes: Uint8Array;
}

export interface VpcRecord {
  VpcId: string;
  VpcName: string;
  CidrBlock: string;
  Status: 'Available' | 'Pending';
  RegionId: string;
  IsDefault: boolean;
  CreateTime: number;
}

export interface VSwitchRecord {
  VSwitchId: string;
  VSwitchName: string;
  VpcId: string;
  RegionId: string;
  ZoneId: string;
  CidrBlock: string;
  Status: 'Available' | 'Pending';
}

export interface LinkedVpcRecord {
  InstanceId: string;
  ModuleName: 'Registry' | 'Chart';
  VpcId: string;
  VswitchId: string;
  Ip: string;
  DefaultAccess: boolean;
  CreateTime: number;
  /** When the link finishes provisioning: status is CREATING before, RUNNING from then on. */
  ReadyTime: number;
}

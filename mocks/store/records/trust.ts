import type { DeployPolicy, VulnException } from '@/api/contract/policies';
import type { KeySpec, KeyState, KeyUsage, SignRule } from '@/api/contract/signing';

/** A KMS-like signing key (schema v7). The private key is a non-extractable Web Crypto key (IndexedDB keeps it). */
export interface KmsKeyRecord {
  KeyId: string;
  RegionId: string;
  Description: string;
  KeySpec: KeySpec;
  KeyState: KeyState;
  CreateTime: number;
  LastUsedTime?: number;
  Fingerprint: string;
  FingerprintShort: string;
  /** SPKI PEM of the public half. */
  PublicKeyPem: string;
  PrivateKey: CryptoKey;
  PublicKey: CryptoKey;
}

/** One use of a key (schema v7): the key's usage history. */
export type KmsKeyUsageRecord = KeyUsage;

/** 证明者 (schema v7). */
export interface SignWitnessRecord {
  WitnessId: string;
  InstanceId: string;
  WitnessName: string;
  Description: string;
  KeyId: string;
  CreateTime: number;
}

/** 加签规则 (schema v7). */
export type SignRuleRecord = SignRule;

/** When 验证签名 last ran on a tag (schema v7). */
export interface SignatureCheckRecord {
  RepoId: string;
  Tag: string;
  Digest: string;
  VerifyTime: number;
}

/** A namespace's deployment policy (schema v7), the API's shape. */
export type DeployPolicyRecord = DeployPolicy;

/** A vulnerability exception (schema v7); `Expired` is derived on read, so it is not stored. */
export type VulnExceptionRecord = Omit<VulnException, 'Expired'>;

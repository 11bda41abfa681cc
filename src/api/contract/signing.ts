/**
 * Console-only: image signing (安全可信 > 镜像加签) and the KMS-like key store behind it. cr 2018-12-01 has no
 * signing OpenAPI (the real console drives KMS and Security Center), so every action here is the console's own;
 * the shapes follow KMS (`CreateKey`, `KeySpec`, `KeyState`, `GetPublicKey`) and ACR's console wording.
 *
 * - **Keys** live in a region. Private keys are generated with Web Crypto and stored non-extractable; only the
 *   public key (SPKI PEM) ever leaves the store. A disabled key neither signs nor counts as trusted.
 * - **证明者 (witness)**: a named key of the instance's region. **加签规则**: namespace + repository and tag
 *   regexes + witness + trigger (on push / manual).
 * - **Signatures** are cosign simple-signing payloads stored as the artifact `sha256-<hex>.sig` in the same
 *   repository (one layer per signature, signature DER in the layer's `dev.cosignproject.cosign/signature`
 *   annotation, base64), so they show in the tag list as such. `cr:Artifact:SigningCompleted` fires per signing.
 *
 * Errors: `KEY_NOT_EXIST`, `KEY_DISABLED`, `KEY_REGION_MISMATCH`, `WITNESS_NOT_EXIST`, `WITNESS_NAME_EXIST`,
 * `WITNESS_IN_USE` (a rule or a deployment policy uses it), `SIGN_RULE_NOT_EXIST`, `SIGN_RULE_NAME_EXIST`,
 * `SIGN_RULE_PATTERN_ILLEGAL`, `TAG_NOT_EXIST`, `SIGNATURE_NOT_EXIST`, `SIGN_TARGET_IS_SIGNATURE` (a `.sig` tag
 * cannot be signed), `NAMESPACE_NOT_EXIST`.
 */
import { z } from 'zod';
import { MillisSchema, pageParams, successEnvelope } from './wire';

/** Asymmetric key specs (KMS names): RSA 2048 with PKCS#1 v1.5 / SHA-256, and ECDSA P-256 / SHA-256. */
export const KEY_SPECS = ['RSA_2048', 'EC_P256'] as const;
export type KeySpec = (typeof KEY_SPECS)[number];

export const KEY_STATES = ['Enabled', 'Disabled'] as const;
export type KeyState = (typeof KEY_STATES)[number];

/** What a key's usage history records. */
export const KEY_OPERATIONS = ['CreateKey', 'GetPublicKey', 'Sign', 'Verify', 'EnableKey', 'DisableKey'] as const;
export type KeyOperation = (typeof KEY_OPERATIONS)[number];

/** `key-` + 16 or more lower-case alphanumerics (KMS key ids look like `key-hzz62f1cb66fa42qo****`). */
export const KeyIdSchema = z.string().regex(/^key-[0-9a-z]{6,32}$/);

export const KmsKeySchema = z.object({
  KeyId: z.string(),
  RegionId: z.string(),
  Description: z.string(),
  KeySpec: z.enum(KEY_SPECS),
  /** Always `SIGN/VERIFY` for these keys. */
  KeyUsage: z.literal('SIGN/VERIFY'),
  KeyState: z.enum(KEY_STATES),
  CreateTime: MillisSchema,
  /** Hex SHA-256 of the public key's SPKI DER (`openssl pkey -pubin -outform DER | sha256sum`). */
  Fingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  /** `SHA256:` + unpadded base64 of the same digest. */
  FingerprintShort: z.string(),
  /** Last sign or verify with the key. */
  LastUsedTime: MillisSchema.optional(),
});
export type KmsKey = z.infer<typeof KmsKeySchema>;

export const CreateKeyRequest = z.object({
  RegionId: z.string(),
  KeySpec: z.enum(KEY_SPECS),
  Description: z.string().max(256).optional(),
});
export const CreateKeyResponse = z.object({ ...successEnvelope, Key: KmsKeySchema });

export const ListKeysRequest = z.object({ RegionId: z.string(), ...pageParams });
export const ListKeysResponse = z.object({
  ...successEnvelope,
  Keys: z.array(KmsKeySchema),
  TotalCount: z.number().int().nonnegative(),
});

export const DescribeKeyRequest = z.object({ KeyId: z.string() });
export const DescribeKeyResponse = z.object({ ...successEnvelope, Key: KmsKeySchema });

export const EnableKeyRequest = z.object({ KeyId: z.string() });
export const EnableKeyResponse = z.object({ ...successEnvelope });
export const DisableKeyRequest = z.object({ KeyId: z.string() });
export const DisableKeyResponse = z.object({ ...successEnvelope });

export const GetPublicKeyRequest = z.object({ KeyId: z.string() });
export const GetPublicKeyResponse = z.object({
  ...successEnvelope,
  KeyId: z.string(),
  KeySpec: z.enum(KEY_SPECS),
  /** SPKI `-----BEGIN PUBLIC KEY-----` PEM. */
  PublicKey: z.string(),
});

export const KeyUsageSchema = z.object({
  UsageId: z.string(),
  KeyId: z.string(),
  Operation: z.enum(KEY_OPERATIONS),
  Time: MillisSchema,
  /** What it was used on, e.g. `ns/repo:tag@sha256:…` for Sign/Verify. */
  Target: z.string().optional(),
  Result: z.enum(['SUCCESS', 'FAILED']),
  /** A readable note: the failure reason, or the instance that asked. */
  Detail: z.string().optional(),
});
export type KeyUsage = z.infer<typeof KeyUsageSchema>;

export const ListKeyUsageRequest = z.object({ KeyId: z.string(), ...pageParams });
export const ListKeyUsageResponse = z.object({
  ...successEnvelope,
  Usages: z.array(KeyUsageSchema),
  TotalCount: z.number().int().nonnegative(),
});

/** 证明者: a named signing key of the instance's region. */
export const SigningWitnessSchema = z.object({
  WitnessId: z.string(),
  InstanceId: z.string(),
  WitnessName: z.string(),
  Description: z.string(),
  KeyId: z.string(),
  /** The key's current spec, state and fingerprint (joined from the key). */
  KeySpec: z.enum(KEY_SPECS),
  KeyState: z.enum(KEY_STATES),
  Fingerprint: z.string(),
  CreateTime: MillisSchema,
});
export type SigningWitness = z.infer<typeof SigningWitnessSchema>;

/** Witness names: 1–64 of letters, digits, `-`, `_`, CJK. */
export const WitnessNameSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[\p{L}\p{N}_-]+$/u);

export const CreateSigningWitnessRequest = z.object({
  InstanceId: z.string(),
  WitnessName: WitnessNameSchema,
  KeyId: z.string(),
  Description: z.string().max(256).optional(),
});
export const CreateSigningWitnessResponse = z.object({ ...successEnvelope, WitnessId: z.string() });

export const ListSigningWitnessRequest = z.object({ InstanceId: z.string() });
export const ListSigningWitnessResponse = z.object({
  ...successEnvelope,
  Witnesses: z.array(SigningWitnessSchema),
  TotalCount: z.number().int().nonnegative(),
});

export const DeleteSigningWitnessRequest = z.object({ InstanceId: z.string(), WitnessId: z.string() });
export const DeleteSigningWitnessResponse = z.object({ ...successEnvelope });

/** 触发方式: sign every matching push automatically, or only when a user clicks 加签. */
export const SIGN_RULE_TRIGGERS = ['PUSH', 'MANUAL'] as const;
export type SignRuleTrigger = (typeof SIGN_RULE_TRIGGERS)[number];

/** 加签规则. `RepoNameFilter` and `TagFilterPattern` are regexes matched against the whole name. */
export const SignRuleSchema = z.object({
  SignRuleId: z.string(),
  InstanceId: z.string(),
  RuleName: z.string(),
  NamespaceName: z.string(),
  RepoNameFilter: z.string(),
  TagFilterPattern: z.string(),
  WitnessId: z.string(),
  TriggerType: z.enum(SIGN_RULE_TRIGGERS),
  CreateTime: MillisSchema,
  UpdateTime: MillisSchema,
});
export type SignRule = z.infer<typeof SignRuleSchema>;

const signRuleFields = {
  RuleName: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[\p{L}\p{N}_-]+$/u),
  NamespaceName: z.string().min(1),
  /** Default `.*`. */
  RepoNameFilter: z.string().max(256).optional(),
  /** Default `.*`. */
  TagFilterPattern: z.string().max(256).optional(),
  WitnessId: z.string(),
  TriggerType: z.enum(SIGN_RULE_TRIGGERS),
};

export const CreateSigningRuleRequest = z.object({ InstanceId: z.string(), ...signRuleFields });
export const CreateSigningRuleResponse = z.object({ ...successEnvelope, SignRuleId: z.string() });

export const UpdateSigningRuleRequest = z.object({ InstanceId: z.string(), SignRuleId: z.string(), ...signRuleFields });
export const UpdateSigningRuleResponse = z.object({ ...successEnvelope });

export const DeleteSigningRuleRequest = z.object({ InstanceId: z.string(), SignRuleId: z.string() });
export const DeleteSigningRuleResponse = z.object({ ...successEnvelope });

export const ListSigningRuleRequest = z.object({ InstanceId: z.string() });
export const ListSigningRuleResponse = z.object({
  ...successEnvelope,
  Rules: z.array(SignRuleSchema),
  TotalCount: z.number().int().nonnegative(),
});

/** Per tag: 已加签 (a valid signature) / 未加签 (none) / 签名无效 (signatures, none valid). */
export const SIGNATURE_STATUSES = ['SIGNED', 'UNSIGNED', 'INVALID'] as const;
export type SignatureStatus = (typeof SIGNATURE_STATUSES)[number];

/** Why a signature is invalid (core `SignatureProblem`, plus a disabled or deleted key). */
export const SIGNATURE_PROBLEMS = [
  'NO_TRUSTED_KEY',
  'BAD_SIGNATURE',
  'DIGEST_MISMATCH',
  'REFERENCE_MISMATCH',
  'MALFORMED_PAYLOAD',
] as const;
export type SignatureProblemCode = (typeof SIGNATURE_PROBLEMS)[number];

/** One signature of a tag, as verification judged it. */
export const TagSignatureSchema = z.object({
  /** Position in the `.sig` artifact (its layer index). */
  Index: z.number().int().nonnegative(),
  Valid: z.boolean(),
  Reason: z.enum(SIGNATURE_PROBLEMS).optional(),
  /** Readable reason (zh-CN and en-US). */
  ReasonText: z.object({ 'zh-CN': z.string(), 'en-US': z.string() }).optional(),
  /** The key that verified it (or that made it, when untrusted). */
  KeyId: z.string().optional(),
  KeySpec: z.enum(KEY_SPECS).optional(),
  Fingerprint: z.string().optional(),
  WitnessId: z.string().optional(),
  WitnessName: z.string().optional(),
  /** The digest the payload claims (`sha256:…`). */
  SignedDigest: z.string().optional(),
  DockerReference: z.string().optional(),
  SignTime: MillisSchema.optional(),
});
export type TagSignature = z.infer<typeof TagSignatureSchema>;

/** The signature state of one tag. */
export const TagSignatureStateSchema = z.object({
  Tag: z.string(),
  /** The tag's current manifest digest hex. */
  Digest: z.string(),
  Status: z.enum(SIGNATURE_STATUSES),
  /** `sha256-<hex>.sig` of the current digest, when that artifact exists. */
  SignatureTag: z.string().optional(),
  Signatures: z.array(TagSignatureSchema),
  /** When 验证签名 last ran on it. */
  VerifyTime: MillisSchema.optional(),
});
export type TagSignatureState = z.infer<typeof TagSignatureStateSchema>;

/** The signature column of the tag list: every non-signature tag of a repository. */
export const ListRepoTagSignatureRequest = z.object({ InstanceId: z.string(), RepoId: z.string() });
export const ListRepoTagSignatureResponse = z.object({
  ...successEnvelope,
  Tags: z.array(TagSignatureStateSchema),
});

/** 验证签名: checks every signature of the tag against the instance's witnesses (records key usage). */
export const VerifyRepoTagSignatureRequest = z.object({ InstanceId: z.string(), RepoId: z.string(), Tag: z.string() });
export const VerifyRepoTagSignatureResponse = z.object({ ...successEnvelope, State: TagSignatureStateSchema });

/** 加签: signs the tag's current digest with a witness's key (default: the witness of a matching rule). */
export const SignRepoTagRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  WitnessId: z.string().optional(),
});
export const SignRepoTagResponse = z.object({
  ...successEnvelope,
  SignatureTag: z.string(),
  Digest: z.string(),
  KeyId: z.string(),
  Fingerprint: z.string(),
});

/** 导出签名: what `openssl dgst -sha256 -verify pub.pem -signature signature.sig payload.json` needs. */
export const ExportRepoTagSignatureRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  /** Which signature (default 0). */
  Index: z.number().int().nonnegative().optional(),
});
export const ExportRepoTagSignatureResponse = z.object({
  ...successEnvelope,
  /** The exact signed bytes, base64. */
  Payload: z.string(),
  /** The signature in OpenSSL form (DER for ECDSA, raw PKCS#1 v1.5 for RSA), base64. */
  Signature: z.string(),
  /** The signing key's SPKI PEM ('' when the key is gone). */
  PublicKey: z.string(),
  KeyId: z.string().optional(),
  KeySpec: z.enum(KEY_SPECS).optional(),
  SignatureTag: z.string(),
});

/**
 * Demo aid (模拟篡改), as an attacker with write access to the registry's storage would, bypassing push (so no
 * signing rule re-signs): `PAYLOAD` edits the stored payload of the tag's signature (→ BAD_SIGNATURE);
 * `IMAGE` points the tag at altered image content (→ the old signature's DIGEST_MISMATCH).
 */
export const TAMPER_MODES = ['PAYLOAD', 'IMAGE'] as const;
export type TamperMode = (typeof TAMPER_MODES)[number];
export const TamperRepoTagSignatureRequest = z.object({
  InstanceId: z.string(),
  RepoId: z.string(),
  Tag: z.string(),
  /** Default `PAYLOAD`. */
  Mode: z.enum(TAMPER_MODES).optional(),
});
export const TamperRepoTagSignatureResponse = z.object({ ...successEnvelope, SignatureTag: z.string() });

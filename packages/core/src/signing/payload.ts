/**
 * cosign "simple signing" payloads: the JSON document a cosign signature actually signs. It binds a
 * repository (`docker-reference`) to one manifest digest, so re-pushing different content under the same
 * tag leaves the old signature pointing at the old digest.
 */
import { canonicalJsonBytes } from '../image/canonical-json';

/** The `critical.type` every cosign container signature carries. */
export const COSIGN_SIGNATURE_TYPE = 'cosign container image signature';
/** Media type of the signature artifact's layer, which holds the payload bytes. */
export const SIMPLE_SIGNING_MEDIA_TYPE = 'application/vnd.dev.cosign.simplesigning.v1+json';
/** Layer annotation holding the base64 signature over the payload bytes. */
export const COSIGN_SIGNATURE_ANNOTATION = 'dev.cosignproject.cosign/signature';

const DIGEST = /^sha256:[0-9a-f]{64}$/;

/** The simple-signing payload, with cosign's JSON field names. */
export interface SimpleSigningPayload {
  critical: {
    identity: { 'docker-reference': string };
    image: { 'docker-manifest-digest': string };
    type: typeof COSIGN_SIGNATURE_TYPE;
  };
  /** Free-form claims (cosign `-a key=value`); cosign writes `null` when there are none. */
  optional: Record<string, unknown> | null;
}

export interface SimpleSigningInput {
  /**
   * The signed repository, e.g. `registry.cn-hangzhou.aliyuncs.com/ns/app`. cosign uses the repository
   * without tag so the signature follows the digest through retags.
   */
  dockerReference: string;
  /** The manifest digest, `sha256:<64 hex>`. */
  manifestDigest: string;
  optional?: Record<string, unknown> | null;
}

/** Builds the payload object; throws when the digest is not a `sha256:` digest. */
export function simpleSigningPayload({
  dockerReference,
  manifestDigest,
  optional,
}: SimpleSigningInput): SimpleSigningPayload {
  if (!DIGEST.test(manifestDigest)) throw new Error(`not a sha256 manifest digest: ${manifestDigest}`);
  return {
    critical: {
      identity: { 'docker-reference': dockerReference },
      image: { 'docker-manifest-digest': manifestDigest },
      type: COSIGN_SIGNATURE_TYPE,
    },
    optional: optional ?? null,
  };
}

/**
 * The exact bytes that are signed and exported as `payload.json`: canonical JSON (sorted keys, no
 * whitespace), so the same claims always give the same bytes whichever code built the object.
 */
export function payloadBytes(payload: SimpleSigningPayload): Uint8Array {
  return canonicalJsonBytes(payload);
}

/**
 * Parses stored payload bytes back into a payload; `undefined` unless they are UTF-8 JSON with a string
 * reference, a `sha256:` digest and the cosign type. Verification reads claims from the signed bytes
 * themselves (never re-serialises), so any alteration of the stored bytes breaks the signature.
 */
export function parseSimpleSigningPayload(bytes: Uint8Array): SimpleSigningPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return undefined;
  }
  if (!isRecord(value) || !isRecord(value.critical)) return undefined;
  const { identity, image, type } = value.critical;
  if (type !== COSIGN_SIGNATURE_TYPE || !isRecord(identity) || !isRecord(image)) return undefined;
  const reference = identity['docker-reference'];
  const digest = image['docker-manifest-digest'];
  if (typeof reference !== 'string' || typeof digest !== 'string' || !DIGEST.test(digest)) return undefined;
  const optional = value.optional;
  if (optional !== undefined && optional !== null && !isRecord(optional)) return undefined;
  return {
    critical: {
      identity: { 'docker-reference': reference },
      image: { 'docker-manifest-digest': digest },
      type: COSIGN_SIGNATURE_TYPE,
    },
    optional: optional ?? null,
  };
}

/** cosign's signature tag for a manifest: `sha256:<hex>` → `sha256-<hex>.sig`. */
export function signatureTag(manifestDigest: string): string {
  if (!DIGEST.test(manifestDigest)) throw new Error(`not a sha256 manifest digest: ${manifestDigest}`);
  return `${manifestDigest.replace(':', '-')}.sig`;
}

/** The manifest digest a `sha256-<hex>.sig` tag signs, or `undefined` for any other tag. */
export function signedDigestOfTag(tag: string): string | undefined {
  const match = /^sha256-([0-9a-f]{64})\.sig$/.exec(tag);
  return match ? `sha256:${match[1]}` : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

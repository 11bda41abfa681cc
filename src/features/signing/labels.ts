/** Exhaustive maps from the signing enums to catalog keys. */
import {
  type KeyOperation,
  type KeyState,
  SIGNATURE_PROBLEMS,
  type SignatureProblemCode,
  type SignRuleTrigger,
} from '@/api/contract/signing';
import type { MessageKey, TFunction } from '@/lib/i18n';

export const triggerLabel: Record<SignRuleTrigger, MessageKey> = {
  PUSH: 'signing.trigger.push',
  MANUAL: 'signing.trigger.manual',
};

export const keyStateLabel: Record<KeyState, MessageKey> = {
  Enabled: 'signing.key-state.enabled',
  Disabled: 'signing.key-state.disabled',
};

export const keyOperationLabel: Record<KeyOperation, MessageKey> = {
  CreateKey: 'signing.op.create-key',
  GetPublicKey: 'signing.op.get-public-key',
  Sign: 'signing.op.sign',
  Verify: 'signing.op.verify',
  EnableKey: 'signing.op.enable-key',
  DisableKey: 'signing.op.disable-key',
};

export const signatureProblemLabel: Record<SignatureProblemCode, MessageKey> = {
  NO_TRUSTED_KEY: 'signing.problem.no-trusted-key',
  BAD_SIGNATURE: 'signing.problem.bad-signature',
  DIGEST_MISMATCH: 'signing.problem.digest-mismatch',
  REFERENCE_MISMATCH: 'signing.problem.reference-mismatch',
  MALFORMED_PAYLOAD: 'signing.problem.malformed-payload',
};

/**
 * 使用记录's 说明: the backend notes a failed verification by its problem code and a refused signing by
 * KEY_DISABLED; both read as words. Any other note (an instance, an error's own text) is shown as sent.
 */
export function keyUsageDetailText(t: TFunction, detail: string): string {
  if (detail === 'KEY_DISABLED') return t('signing.problem.key-disabled');
  if ((SIGNATURE_PROBLEMS as readonly string[]).includes(detail)) {
    return t(signatureProblemLabel[detail as SignatureProblemCode]);
  }
  return detail;
}

/** The first characters of a `SHA256:…` fingerprint, enough to tell keys apart in a list. */
export function shortFingerprint(fingerprintShort: string): string {
  return fingerprintShort.length > 19 ? `${fingerprintShort.slice(0, 19)}…` : fingerprintShort;
}

/** Names of witnesses and rules: 1–64 letters, digits, `-`, `_`, CJK (the contract's rule). */
export const SIGNING_NAME = /^[\p{L}\p{N}_-]{1,64}$/u;

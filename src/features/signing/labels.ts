/** Exhaustive maps from the signing enums to catalog keys. */
import type { KeyOperation, KeyState, SignRuleTrigger } from '@/api/contract/signing';
import type { MessageKey } from '@/lib/i18n';

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

/** The first characters of a `SHA256:…` fingerprint, enough to tell keys apart in a list. */
export function shortFingerprint(fingerprintShort: string): string {
  return fingerprintShort.length > 19 ? `${fingerprintShort.slice(0, 19)}…` : fingerprintShort;
}

/** Names of witnesses and rules: 1–64 letters, digits, `-`, `_`, CJK (the contract's rule). */
export const SIGNING_NAME = /^[\p{L}\p{N}_-]{1,64}$/u;

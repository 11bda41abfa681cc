/** The 签名 column's wording: signature states and how a `.sig` artifact tag is recognised. */
import type { SignatureStatus } from '@/api/contract/signing';
import type { MessageKey } from '@/lib/i18n';

export const signatureStatusLabel: Record<SignatureStatus, MessageKey> = {
  SIGNED: 'signing.status.signed',
  UNSIGNED: 'signing.status.unsigned',
  INVALID: 'signing.status.invalid',
};

/** antd Tag colours. */
export const signatureStatusColor: Record<SignatureStatus, string> = {
  SIGNED: 'success',
  UNSIGNED: 'default',
  INVALID: 'error',
};

const SIGNATURE_TAG = /^sha256-([0-9a-f]{64})\.sig$/;

/** The digest hex a cosign signature artifact tag (`sha256-<hex>.sig`) signs, or undefined for any other tag. */
export function signedDigestOf(tag: string): string | undefined {
  return SIGNATURE_TAG.exec(tag)?.[1];
}

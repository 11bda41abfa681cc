/** Readable reasons of invalid signatures, in both console languages, naming the digests and keys involved. */
import type { SignatureProblemCode } from '@/api/contract/signing';

export interface ReasonFacts {
  /** `sha256:…` the payload claims, and the tag's current one. */
  signedDigest?: string;
  currentDigest: string;
  signedReference?: string;
  expectedReference: string;
  /** The known but untrusted key that made the signature. */
  untrustedKeyId?: string;
}

export function reasonText(reason: SignatureProblemCode, facts: ReasonFacts): { 'zh-CN': string; 'en-US': string } {
  switch (reason) {
    case 'NO_TRUSTED_KEY':
      return facts.untrustedKeyId
        ? {
            'zh-CN': `签名由密钥 ${facts.untrustedKeyId} 签署，但该密钥已禁用或不是本实例的证明者，签名不受信任`,
            'en-US': `Signed with key ${facts.untrustedKeyId}, which is disabled or not a witness of this instance, so the signature is not trusted`,
          }
        : {
            'zh-CN': '没有任何受信任的证明者密钥能验证该签名（密钥已禁用、已删除或证明者不存在）',
            'en-US':
              'No trusted witness key verifies the signature (the key is disabled or gone, or there is no witness)',
          };
    case 'BAD_SIGNATURE':
      return {
        'zh-CN': '签名与签名载荷不匹配（签名载荷或签名已被篡改）',
        'en-US': 'The signature does not match its payload (the payload or the signature was altered)',
      };
    case 'DIGEST_MISMATCH':
      return {
        'zh-CN': `签名对应的镜像摘要 ${facts.signedDigest ?? '?'} 与 Tag 当前摘要 ${facts.currentDigest} 不一致（镜像已被重新推送或篡改）`,
        'en-US': `The signature is for image digest ${facts.signedDigest ?? '?'}, but the tag now points at ${facts.currentDigest} (the image was re-pushed or altered)`,
      };
    case 'REFERENCE_MISMATCH':
      return {
        'zh-CN': `签名对应的仓库 ${facts.signedReference ?? '?'} 与当前仓库 ${facts.expectedReference} 不一致`,
        'en-US': `The signature names repository ${facts.signedReference ?? '?'}, not ${facts.expectedReference}`,
      };
    case 'MALFORMED_PAYLOAD':
      return {
        'zh-CN': '签名载荷不是有效的 cosign simple-signing 文档',
        'en-US': 'The signed payload is not a valid cosign simple-signing document',
      };
  }
}

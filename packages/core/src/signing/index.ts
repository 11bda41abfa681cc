/** Image signing (镜像加签) and verification in cosign's simple-signing form, on Web Crypto. */
export { fromBase64, toBase64 } from './base64';
export {
  type CheckSignatureInput,
  checkSignature,
  repositoryOf,
  type SignatureCheck,
  type SignatureProblem,
  sameRepository,
  type TrustedPublicKey,
} from './check';
export { derToP1363, p1363ToDer } from './der';
export {
  exportPublicKeyDer,
  exportPublicKeyPem,
  fromPem,
  generateSigningKey,
  importPublicKeyPem,
  type KeyFingerprint,
  keyAlgorithm,
  keyKindOf,
  publicKeyFingerprint,
  toPem,
} from './keys';
export {
  COSIGN_SIGNATURE_ANNOTATION,
  COSIGN_SIGNATURE_TYPE,
  parseSimpleSigningPayload,
  payloadBytes,
  SIMPLE_SIGNING_MEDIA_TYPE,
  type SimpleSigningInput,
  type SimpleSigningPayload,
  signatureTag,
  signedDigestOfTag,
  simpleSigningPayload,
} from './payload';
export { signatureFromBase64, signatureToBase64, signPayload, verifyPayload } from './sign';
export { bufferSource, defaultSubtle, SIGNING_KEY_KINDS, type SigningKeyKind, type Subtle } from './types';

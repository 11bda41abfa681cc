/** Secret scanning: the `secrets` inspector, its rule data and the scanner underneath (usable on any text). */
export { SECRET_GLOBAL_ALLOW_RULES } from './allow';
export { BUILTIN_SECRET_RULES } from './rules';
export type { CompiledSecretRule, GlobalAllow as SecretGlobalAllow, ScanSecretsOptions, SecretHit } from './scan';
export { compileGlobalAllow as compileSecretAllowRules, compileSecretRules, scanForSecrets } from './scan';
export { type SecretsInspectorOptions, secretsInspector } from './secrets-inspector';
export { maskSecret } from './text-utils';
export { type NearbySecret, SENSITIVE_DATA, type SecretAllowRule, type SecretRule } from './types';

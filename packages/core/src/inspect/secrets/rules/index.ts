/** The built-in secret rules, specific ones first (the first rule to claim a secret reports it). */
import type { SecretRule } from '../types';
import { CLOUD_RULES } from './cloud';
import { CONFIG_RULES } from './config';
import { CREDENTIAL_FILE_RULES } from './credential-files';
import { KEY_RULES } from './keys';
import { MESSAGING_RULES } from './messaging';
import { VCS_RULES } from './vcs';

export const BUILTIN_SECRET_RULES: readonly SecretRule[] = [
  ...KEY_RULES,
  ...CLOUD_RULES,
  ...VCS_RULES,
  ...MESSAGING_RULES,
  ...CREDENTIAL_FILE_RULES,
  ...CONFIG_RULES,
];

export { PLACEHOLDER_ALLOW } from './config';
export { CLOUD_RULES, CONFIG_RULES, CREDENTIAL_FILE_RULES, KEY_RULES, MESSAGING_RULES, VCS_RULES };

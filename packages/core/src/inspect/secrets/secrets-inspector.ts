/** The `secrets` inspector: leaked credentials, keys and tokens in the image's files. */
import type { LayerFile } from '../../types/image';
import type { InspectedFile, Inspector, SecretFinding } from '../inspector';
import { CONFIG_NAME, SECRET_GLOBAL_ALLOW_RULES, SKIP_EXTENSIONS, SKIP_PATHS } from './allow';
import { BUILTIN_SECRET_RULES } from './rules';
import { compileGlobalAllow, compileSecretRules, scanForSecrets } from './scan';
import { SENSITIVE_DATA, type SecretAllowRule, type SecretRule } from './types';

export interface SecretsInspectorOptions {
  /** Replaces the built-in rules. */
  rules?: readonly SecretRule[];
  /** Added after the built-in (or replacing) rules. */
  extraRules?: readonly SecretRule[];
  /** Rule ids to leave out. */
  disableRules?: readonly string[];
  /** Replaces the global allow rules (test/example/vendor paths, example values…). */
  allowRules?: readonly SecretAllowRule[];
  /** Files larger than this are not read, unless they have a config-type name (default 1 MiB). */
  maxFileSize?: number;
  /** Size limit for config-type names (default 8 MiB). */
  maxConfigFileSize?: number;
  /** Longer lines are cut before matching (default 4096). */
  maxLineLength?: number;
  /** At most this many findings per file (default 100). */
  maxFindingsPerFile?: number;
}

const MIB = 1024 * 1024;

export function secretsInspector(options: SecretsInspectorOptions = {}): Inspector {
  const disabled = new Set(options.disableRules ?? []);
  const rules = compileSecretRules(
    [...(options.rules ?? BUILTIN_SECRET_RULES), ...(options.extraRules ?? [])].filter((r) => !disabled.has(r.id)),
  );
  const globalAllow = compileGlobalAllow(options.allowRules ?? SECRET_GLOBAL_ALLOW_RULES);
  const skipPaths = SKIP_PATHS.map((p) => new RegExp(p));
  const maxFileSize = options.maxFileSize ?? MIB;
  const maxConfigFileSize = options.maxConfigFileSize ?? 8 * MIB;
  const scanOptions = {
    globalAllow,
    maxLineLength: options.maxLineLength ?? 4096,
    maxFindings: options.maxFindingsPerFile ?? 100,
  };

  return {
    name: 'secrets',
    wants(path: string, file: LayerFile) {
      if (file.type !== 'file' || file.size === 0 || rules.length === 0) return false;
      if (file.size > maxFileSize && !(file.size <= maxConfigFileSize && CONFIG_NAME.test(path))) return false;
      if (SKIP_EXTENSIONS.test(path)) return false;
      if (skipPaths.some((re) => re.test(path)) || globalAllow.paths.some((re) => re.test(path))) return false;
      return 'content';
    },
    inspect({ path, file, content }: InspectedFile): SecretFinding[] {
      if (!content) return [];
      return scanForSecrets(path, content, rules, scanOptions).map(({ rule, line, evidence }) => ({
        kind: 'secret',
        ruleId: rule.id,
        level: rule.level,
        title: rule.title,
        category: rule.category ?? SENSITIVE_DATA,
        description: rule.description,
        remediation: rule.remediation,
        location: { layer: file.layer, path, line },
        evidence,
      }));
    },
  };
}

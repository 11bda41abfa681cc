import { describe, expect, it } from 'vitest';
import { isRealSecretValue, isSecretName } from './config-checks';

describe('Env names that hold credentials', () => {
  it.each([
    'MYSQL_ROOT_PASSWORD',
    'DB_PASSWD',
    'DB_PASS',
    'REDIS_PWD',
    'PASS',
    'APP_SECRET_KEY',
    'GITHUB_TOKEN',
    'ALIBABA_CLOUD_ACCESS_KEY_SECRET',
    'STRIPE_API_KEY',
    'jwt-private-key',
  ])('%s holds a credential', (name) => {
    expect(isSecretName(name)).toBe(true);
  });

  it.each(['PWD', 'OLDPWD', 'PATH', 'BYPASS_CACHE', 'PASSPORT_ID', 'DB_PASSWORD_FILE', 'TOKEN_PATH', 'HOME'])(
    '%s does not',
    (name) => {
      expect(isSecretName(name)).toBe(false);
    },
  );

  it('treats empty values, placeholders and variable references as no secret', () => {
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a literal ${VAR} reference is the input under test.
    for (const value of ['', 'changeme', '${DB_PASSWORD}', '$TOKEN']) expect(isRealSecretValue(value)).toBe(false);
    expect(isRealSecretValue('s3cr3t-Value!')).toBe(true);
  });
});

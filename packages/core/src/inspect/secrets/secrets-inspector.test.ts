import { describe, expect, it } from 'vitest';
import type { LayerFile, LayerRef } from '../../types/image';
import type { InspectionFinding } from '../inspector';
import { BUILTIN_SECRET_RULES } from './rules';
import { secretsInspector } from './secrets-inspector';

const layer: LayerRef = { index: 2, digest: 'sha256:layer', diffId: 'sha256:diff' };
const enc = new TextEncoder();
const fileAt = (path: string, size: number, extra: Partial<LayerFile> = {}): LayerFile => ({
  path,
  type: 'file',
  size,
  mode: 0o644,
  layer,
  ...extra,
});
const inspector = secretsInspector();
const scanBytes = (path: string, content: Uint8Array) =>
  inspector.inspect({ path, file: fileAt(path, content.length), content }) as InspectionFinding[];
const scan = (path: string, text: string) => scanBytes(path, enc.encode(text));

// Fixtures are assembled from pieces so that no complete credential literal sits in the source.
const alnum = (n: number, seed = 7) => {
  const chars = 'aB3dE5fG7hJ9kLmN2pQ4rS6tU8vW0xYz';
  let out = '';
  for (let i = 0; i < n; i++) out += chars[(i * seed + (i >> 2)) % chars.length];
  return out;
};
const upper = (n: number) => alnum(n).toUpperCase();
const hex = (n: number) => Array.from({ length: n }, (_, i) => '0123456789abcdef'[(i * 7 + 3) % 16]).join('');
const uuid = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`;
/** A `${NAME}` template reference. */
const ref = (name: string) => `$${'{'}${name}}`;
const pemBody = (lines = 5) => Array.from({ length: lines }, (_, i) => alnum(64, 3 + i * 2)).join('\n');

const AK_ID = `LTAI${alnum(20)}`;
const AK_SECRET = alnum(30, 11);
const AWS_ID = `AKIA${upper(16).replace(/[^A-Z0-9]/g, 'Q')}`;
const AWS_SECRET = `${alnum(36, 5)}/+Ab`;
const JWT = `eyJ${alnum(33)}.eyJ${alnum(40, 9)}.${alnum(43, 13)}`;

interface Case {
  rule: string;
  path: string;
  positive: string;
  secret: string;
  negative: string;
  line?: number;
}

const body = pemBody();
const cases: Case[] = [
  {
    rule: 'private-key',
    path: 'root/.ssh/id_rsa',
    positive: `-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----\n`,
    secret: body.split('\n')[0] ?? '',
    negative: `-----BEGIN PUBLIC KEY-----\n${body}\n-----END PUBLIC KEY-----\n`,
  },
  {
    rule: 'alibaba-access-key',
    path: 'app/settings.py',
    positive: `import os\nACCESS_KEY_ID = "${AK_ID}"\n`,
    secret: AK_ID,
    negative: `ACCESS_KEY_ID = "LTAI${alnum(8)}"\nname = "XLTAI${alnum(20)}"\n`,
    line: 2,
  },
  {
    rule: 'alibaba-access-key-secret',
    path: 'app/settings.py',
    positive: `access_key_secret = "${AK_SECRET}"\n`,
    secret: AK_SECRET,
    negative: `access_key_secret = "${alnum(29)}"\n`,
  },
  {
    rule: 'aws-access-key-id',
    path: 'app/run.sh',
    positive: `#!/bin/sh\nexport AWS_ACCESS_KEY_ID=${AWS_ID}\n`,
    secret: AWS_ID,
    negative: `export AWS_ACCESS_KEY_ID=AKIA${upper(15)}\nexport ID=akia${alnum(16)}\n`,
    line: 2,
  },
  {
    rule: 'aws-secret-access-key',
    path: 'app/run.sh',
    positive: `aws_secret_access_key = ${AWS_SECRET}\n`,
    secret: AWS_SECRET,
    negative: `aws_secret_access_key = ${AWS_SECRET.slice(1)}\n`,
  },
  {
    rule: 'github-pat',
    path: 'app/deploy.sh',
    positive: `git clone https://ghp_${alnum(36)}@github.com/o/r\n`,
    secret: `ghp_${alnum(36)}`,
    negative: `token=ghp_${alnum(20)}\n`,
  },
  {
    rule: 'github-oauth',
    path: 'app/deploy.sh',
    positive: `TOKEN=gho_${alnum(36)}\n`,
    secret: `gho_${alnum(36)}`,
    negative: `TOKEN=gho_${alnum(37)}\n`,
  },
  {
    rule: 'github-app-token',
    path: 'app/deploy.sh',
    positive: `TOKEN=ghs_${alnum(36)}\n`,
    secret: `ghs_${alnum(36)}`,
    negative: `TOKEN=ghs_${alnum(12)}\n`,
  },
  {
    rule: 'github-refresh-token',
    path: 'app/deploy.sh',
    positive: `REFRESH=ghr_${alnum(76)}\n`,
    secret: `ghr_${alnum(76)}`,
    negative: `REFRESH=ghr_${alnum(40)}\n`,
  },
  {
    rule: 'github-fine-grained-pat',
    path: 'app/deploy.sh',
    positive: `GH=github_pat_${alnum(22)}_${alnum(59, 3)}\n`,
    secret: `github_pat_${alnum(22)}_${alnum(59, 3)}`,
    negative: `GH=github_pat_${alnum(22)}\n`,
  },
  {
    rule: 'gitlab-pat',
    path: 'app/deploy.sh',
    positive: `GITLAB_TOKEN=glpat-${alnum(20)}\n`,
    secret: `glpat-${alnum(20)}`,
    negative: `GITLAB_TOKEN=glpat-${alnum(10)}\n`,
  },
  {
    rule: 'slack-access-token',
    path: 'app/notify.py',
    positive: `SLACK = "xoxb-${hex(12)}-${hex(13)}-${alnum(24)}"\n`,
    secret: `xoxb-${hex(12)}-${hex(13)}-${alnum(24)}`,
    negative: `SLACK = "xoxb-123"\n`,
  },
  {
    rule: 'slack-web-hook',
    path: 'app/notify.py',
    positive: `URL = "https://hooks.slack.com/services/T${upper(8)}/B${upper(8)}/${alnum(24)}"\n`,
    secret: `T${upper(8)}/B${upper(8)}/${alnum(24)}`,
    negative: `URL = "https://hooks.slack.com/services/T000/B000"\n`,
  },
  {
    rule: 'dingtalk-robot-webhook',
    path: 'app/alert.sh',
    positive: `curl 'https://oapi.dingtalk.com/robot/send?access_token=${hex(64)}' -d @msg.json\n`,
    secret: hex(64),
    negative: `curl "https://oapi.dingtalk.com/robot/send?access_token=$DING_TOKEN"\n`,
  },
  {
    rule: 'dingtalk-robot-secret',
    path: 'app/alert.py',
    positive: `DING_SECRET = "SEC${hex(64)}"\n`,
    secret: `SEC${hex(64)}`,
    negative: `DING_SECRET = "SEC${hex(40)}"\n`,
  },
  {
    rule: 'wecom-robot-webhook',
    path: 'app/alert.sh',
    positive: `curl https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${uuid}\n`,
    secret: uuid,
    negative: `curl "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=$KEY"\n`,
  },
  {
    rule: 'feishu-robot-webhook',
    path: 'app/alert.sh',
    positive: `HOOK=https://open.feishu.cn/open-apis/bot/v2/hook/${uuid}\n`,
    secret: uuid,
    negative: `HOOK=https://open.feishu.cn/open-apis/bot/v2/hook/\${HOOK_ID}\n`,
  },
  {
    rule: 'jwt-token',
    path: 'app/client.js',
    positive: `const auth = 'Bearer ${JWT}';\n`,
    secret: JWT,
    negative: `const header = 'eyJhbGciOiJIUzI1NiJ9';\n`,
  },
  {
    rule: 'generic-password',
    path: 'app/config/application.yml',
    positive: 'spring:\n  datasource:\n    password: S3cr3t!Pa55w0rd\n',
    secret: 'S3cr3t!Pa55w0rd',
    negative: `spring:\n  datasource:\n    password: ${ref('DB_PASSWORD')}\n`,
    line: 3,
  },
  {
    rule: 'generic-secret',
    path: 'app/.env',
    positive: `CLIENT_SECRET=${hex(26)}\n`,
    secret: hex(26),
    negative: 'CLIENT_SECRET=xxxxxxxx\n',
  },
  {
    rule: 'npmrc-auth-token',
    path: 'root/.npmrc',
    positive: `//registry.npmjs.org/:_authToken=npm_${alnum(36)}\n`,
    secret: `npm_${alnum(36)}`,
    negative: `//registry.npmjs.org/:_authToken=${ref('NPM_TOKEN')}\n`,
  },
  {
    rule: 'pypirc-password',
    path: 'root/.pypirc',
    positive: `[pypi]\nusername = __token__\npassword = pypi-${alnum(60)}\n`,
    secret: `pypi-${alnum(60)}`,
    negative: '[pypi]\nusername = __token__\npassword = <your token>\n',
    line: 3,
  },
  {
    rule: 'docker-config-auth',
    path: 'root/.docker/config.json',
    positive: `{"auths":{"registry.cn-hangzhou.aliyuncs.com":{"auth":"${alnum(40)}=="}}}`,
    secret: `${alnum(40)}==`,
    negative: '{"auths":{"registry.cn-hangzhou.aliyuncs.com":{}},"credsStore":"desktop"}',
  },
  {
    rule: 'dockerconfig-secret',
    path: 'deploy/pull-secret.yaml',
    positive: `data:\n  .dockerconfigjson: eyJ${alnum(60)}==\n`,
    secret: `eyJ${alnum(60)}==`,
    negative: 'data:\n  .dockerconfigjson: ""\n',
  },
  {
    rule: 'kubeconfig-client-key',
    path: 'root/.kube/config',
    positive: `users:\n- name: admin\n  user:\n    client-key-data: LS0t${alnum(80)}=\n`,
    secret: `LS0t${alnum(80)}=`,
    negative: `users:\n- name: admin\n  user:\n    client-certificate-data: LS0t${alnum(80)}=\n`,
    line: 4,
  },
  {
    rule: 'kubeconfig-token',
    path: 'root/.kube/config',
    positive: `users:\n- name: sa\n  user:\n    token: ${alnum(48, 5)}\n`,
    secret: alnum(48, 5),
    negative: `users:\n- name: sa\n  user:\n    token: ${ref('TOKEN')}\n`,
  },
  {
    rule: 'git-credentials',
    path: 'root/.git-credentials',
    positive: `https://alice:${alnum(20)}@codeup.aliyun.com\n`,
    secret: alnum(20),
    negative: 'https://codeup.aliyun.com\n',
  },
  {
    rule: 'netrc-password',
    path: 'root/.netrc',
    positive: `machine git.corp.internal login bob password ${alnum(16)}\n`,
    secret: alnum(16),
    negative: 'machine git.corp.internal login bob\n',
  },
];

describe('secrets inspector rules', () => {
  it('has a positive and a negative case for every built-in rule', () => {
    const ids = BUILTIN_SECRET_RULES.map((r) => r.id).sort();
    expect([...new Set(cases.map((c) => c.rule))].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(cases)('$rule: finds the positive fixture and masks the secret', (c) => {
    const findings = scan(c.path, c.positive);
    const hit = findings.find((f) => f.ruleId === c.rule);
    expect(hit, JSON.stringify(findings)).toBeDefined();
    expect(hit).toMatchObject({ kind: 'secret', location: { layer, path: c.path } });
    if (c.line !== undefined) expect(hit?.location.line).toBe(c.line);
    // A PEM body starts below its BEGIN line, which is the (secret-free) evidence.
    if (c.rule !== 'private-key') expect(hit?.evidence).toContain('****');
    expect(hit?.title['zh-CN']).toBeTruthy();
    expect(hit?.category).toEqual({ 'zh-CN': '敏感信息', 'en-US': 'Sensitive data' });
    expect(c.secret.length).toBeGreaterThan(8);
    expect(JSON.stringify(findings)).not.toContain(c.secret);
  });

  it.each(cases)('$rule: ignores the negative fixture', (c) => {
    expect(scan(c.path, c.negative).filter((f) => f.ruleId === c.rule)).toEqual([]);
  });
});

describe('private keys', () => {
  it.each(['OPENSSH', 'EC', 'DSA', 'ENCRYPTED', ''])('finds %s PRIVATE KEY blocks', (kind) => {
    const label = kind ? `${kind} PRIVATE KEY` : 'PRIVATE KEY';
    const text = `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
    const [hit] = scan('etc/ssl/private/server.key', text);
    expect(hit).toMatchObject({ ruleId: 'private-key', level: 'high', location: { line: 1 } });
    expect(hit?.evidence).toBe(`-----BEGIN ${label}-----`);
  });

  it('finds PGP key blocks with armour headers and PEM keys with Proc-Type headers', () => {
    const pgp = `-----BEGIN PGP PRIVATE KEY BLOCK-----\nVersion: GnuPG v2\n\n${body}\n=AbCd\n-----END PGP PRIVATE KEY BLOCK-----\n`;
    expect(scan('root/key.asc', pgp).map((f) => f.ruleId)).toEqual(['private-key']);
    const rsa = `x\n-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,${hex(32)}\n\n${body}\n-----END RSA PRIVATE KEY-----\n`;
    expect(scan('root/key.pem', rsa)[0]?.location.line).toBe(2);
  });

  it('finds a JSON-escaped key (service-account files) and masks it on the line', () => {
    const escaped = body.split('\n').join('\\n');
    const json = `{"type":"service_account","private_key":"-----BEGIN PRIVATE KEY-----\\n${escaped}\\n-----END PRIVATE KEY-----\\n"}`;
    const findings = scan('app/sa.json', json);
    expect(findings.map((f) => f.ruleId)).toEqual(['private-key']);
    expect(JSON.stringify(findings)).not.toContain(alnum(64, 3));
  });

  it('finds a key inside binary content, where line rules do not run', () => {
    const key = enc.encode(`-----BEGIN EC PRIVATE KEY-----\n${body}\n-----END EC PRIVATE KEY-----\n`);
    const aws = enc.encode(`AWS_ACCESS_KEY_ID=${AWS_ID}\n`);
    const bytes = new Uint8Array(2000 + key.length + aws.length);
    bytes.set([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0]);
    bytes.set(aws, 100);
    bytes.set(key, 2000);
    const findings = scanBytes('usr/local/bin/agent', bytes);
    expect(findings.map((f) => f.ruleId)).toEqual(['private-key']);
  });

  it('ignores BEGIN lines without a key body', () => {
    expect(scan('app/pem.py', 'PEM = "-----BEGIN PRIVATE KEY-----"\n# -----END PRIVATE KEY-----\n')).toEqual([]);
  });
});

describe('allow rules and masking', () => {
  it.each([
    'password: changeme',
    'password: "<password>"',
    'password: xxx-xxx',
    'password: example-password',
    "password: '{{ db_password }}'",
    `password: ${ref('DB_PASS')}`,
    'password: ENC(AbCdEf123456)',
    'password: /run/secrets/db',
    'password: aaaaaaaa',
    'password: null',
    '"forgot_password": "Forgot your password?"',
    '"password": "Password"',
    '"password": {"type": "string", "minLength": 8}',
    'password_encryption = scram-sha-256',
    '"api_key": "YOUR_API_KEY"',
  ])('does not report the placeholder %s', (line) => {
    expect(scan('app/config.yaml', `${line}\n`)).toEqual([]);
  });

  it('reports quoted and XML-attribute passwords', () => {
    const xml = '<user username="admin" password="Tc4t!pw9Q2" roles="manager-gui"/>\n<password>Zx8#kq2LmW</password>\n';
    expect(scan('usr/local/tomcat/conf/tomcat-users.xml', xml).map((f) => [f.ruleId, f.location.line])).toEqual([
      ['generic-password', 1],
      ['generic-password', 2],
    ]);
  });

  it('does not report assignments outside config files', () => {
    expect(scan('app/main.py', 'password = "S3cr3t!Pa55w0rd"\n')).toEqual([]);
  });

  it('does not report AWS documentation example keys or keys in test and doc paths', () => {
    expect(scan('app/run.sh', 'AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\n')).toEqual([]);
    expect(scan(`app/tests/fixture.sh`, `AWS_ACCESS_KEY_ID=${AWS_ID}\n`)).toEqual([]);
    expect(scan(`usr/share/app/notes.txt`, `AWS_ACCESS_KEY_ID=${AWS_ID}\n`)).toEqual([]);
    expect(scan(`app/README.md`, `AWS_ACCESS_KEY_ID=${AWS_ID}\n`)).toEqual([]);
  });

  it('masks every secret on a line, not only the one a finding is about', () => {
    const text = `ak_id=${AK_ID} ak_secret=${AK_SECRET}\n`;
    const findings = scan('app/creds.conf', text);
    expect(findings.map((f) => f.ruleId).sort()).toEqual(['alibaba-access-key', 'alibaba-access-key-secret']);
    const json = JSON.stringify(findings);
    expect(json).not.toContain(AK_ID);
    expect(json).not.toContain(AK_SECRET);
    expect(findings[0]?.evidence).toBe(`ak_id=${AK_ID.slice(0, 4)}**** ak_secret=${AK_SECRET.slice(0, 4)}****`);
  });

  it('finds an AccessKey Secret next to its AccessKey ID even without a telling key name', () => {
    const sameLine = scan('app/oss.py', `client = oss.Auth('${AK_ID}', '${AK_SECRET}')\n`);
    expect(sameLine.map((f) => [f.ruleId, f.location.line])).toEqual([
      ['alibaba-access-key', 1],
      ['alibaba-access-key-secret', 1],
    ]);
    const nextLines = scan('app/oss.py', `# creds\nak = "${AK_ID}"\n\nsk = "${AK_SECRET}"\n`);
    expect(nextLines.map((f) => [f.ruleId, f.location.line])).toEqual([
      ['alibaba-access-key', 2],
      ['alibaba-access-key-secret', 4],
    ]);
    expect(JSON.stringify([...sameLine, ...nextLines])).not.toContain(AK_SECRET);
    const far = scan('app/oss.py', `ak = "${AK_ID}"\n${'\n'.repeat(10)}sk = "${AK_SECRET}"\nx = "${'a'.repeat(30)}"\n`);
    expect(far.map((f) => f.ruleId)).toEqual(['alibaba-access-key']);
    const lowEntropy = scan('app/oss.py', `ak = "${AK_ID}" sk = "${'ab'.repeat(15)}"\n`);
    expect(lowEntropy.map((f) => f.ruleId)).toEqual(['alibaba-access-key']);
  });

  it('reports a secret claimed by a specific rule once, not again as a generic secret', () => {
    const findings = scan('app/.env', `ACCESS_TOKEN=${JWT}\n`);
    expect(findings.map((f) => f.ruleId)).toEqual(['jwt-token']);
  });

  it('honours disableRules and extra rules', () => {
    const custom = secretsInspector({
      disableRules: ['aws-access-key-id'],
      extraRules: [
        {
          id: 'corp-token',
          title: { 'zh-CN': '内部令牌', 'en-US': 'Corp token' },
          description: { 'zh-CN': '内部令牌', 'en-US': 'Corp token' },
          remediation: { 'zh-CN': '轮换', 'en-US': 'Rotate' },
          level: 'low',
          keywords: ['corp_'],
          pattern: 'corp_[a-z0-9]{12}',
        },
      ],
    });
    const text = `AWS_ACCESS_KEY_ID=${AWS_ID}\nT=corp_${hex(12)}\n`;
    const content = enc.encode(text);
    const findings = custom.inspect({ path: 'app/x.sh', file: fileAt('app/x.sh', content.length), content });
    expect((findings as InspectionFinding[]).map((f) => [f.ruleId, f.level, f.location.line])).toEqual([
      ['corp-token', 'low', 2],
    ]);
  });

  it('rejects rules JavaScript cannot compile with a ScanError', () => {
    expect(() =>
      secretsInspector({
        rules: [{ ...(BUILTIN_SECRET_RULES[0] as (typeof BUILTIN_SECRET_RULES)[number]), pattern: 'a(?i)b' }],
      }),
    ).toThrow(expect.objectContaining({ name: 'ScanError', code: 'INVALID_ADVISORY' }));
  });
});

describe('bounded work', () => {
  it('survives a very long line and only matches its first 4096 characters', () => {
    const text = `${'a='.repeat(600_000)} AWS_ACCESS_KEY_ID=${AWS_ID}\nnext=${AK_ID}\n`;
    const started = Date.now();
    const findings = scan('app/big.sh', text);
    expect(findings.map((f) => [f.ruleId, f.location.line])).toEqual([['alibaba-access-key', 2]]);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('stays fast on inputs built to make regexes backtrack', () => {
    const nasty = [
      `password${'='.repeat(3000)}`,
      `${'a.'.repeat(2000)}password`,
      `-----BEGIN ${'A'.repeat(3000)} PRIVATE KEY-----`,
      `-----BEGIN PRIVATE KEY-----\n${'A'.repeat(200_000)}`,
      `eyJ${'a'.repeat(4000)}`,
      `${'ghp_'.repeat(1000)}`,
      `https://${'a:'.repeat(2000)}`,
    ].join('\n');
    const started = Date.now();
    for (const path of ['app/a.yaml', 'root/.git-credentials', 'root/.netrc', 'app/.env']) scan(path, nasty);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('does not throw on invalid UTF-8 or random binary', () => {
    const bytes = new Uint8Array(64 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    expect(() => scanBytes('app/blob.bin', bytes)).not.toThrow();
    expect(scanBytes('app/bad.conf', new Uint8Array([0xff, 0xfe, 0x70, 0x61, 0x73, 0x73, 0x0a]))).toEqual([]);
  });
});

describe('wants', () => {
  it.each([
    ['app/config.yaml', 'content', fileAt('app/config.yaml', 100)],
    ['root/.npmrc', 'content', fileAt('root/.npmrc', 50)],
    ['app/huge.yaml', 'content', fileAt('app/huge.yaml', 5 * 1024 * 1024)],
    ['app/huge.bin', false, fileAt('app/huge.bin', 5 * 1024 * 1024)],
    ['app/too-huge.json', false, fileAt('app/too-huge.json', 9 * 1024 * 1024)],
    ['usr/share/doc/x/copyright', false, fileAt('usr/share/doc/x/copyright', 10)],
    ['usr/share/locale/zh_CN/LC_MESSAGES/x.mo', false, fileAt('usr/share/locale/zh_CN/LC_MESSAGES/x.mo', 10)],
    ['usr/lib/x86_64-linux-gnu/libssl.so.3', false, fileAt('usr/lib/x86_64-linux-gnu/libssl.so.3', 10)],
    ['app/lib/native.so', false, fileAt('app/lib/native.so', 10)],
    ['app/static/logo.png', false, fileAt('app/static/logo.png', 10)],
    ['app/node_modules/pkg/test/key.pem', false, fileAt('app/node_modules/pkg/test/key.pem', 10)],
    ['app/src/test_config.py', false, fileAt('app/src/test_config.py', 10)],
    ['app/empty', false, fileAt('app/empty', 0)],
    ['app/dir', false, fileAt('app/dir', 0, { type: 'dir' })],
    ['app/link', false, fileAt('app/link', 10, { type: 'symlink', linkTarget: 'x' })],
  ] as const)('%s → %s', (path, expected, file) => {
    expect(inspector.wants(path, file)).toBe(expected);
  });
});

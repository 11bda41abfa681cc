import type { Page } from '@playwright/test';
import { expect, test } from '../kit/fixtures';

/**
 * An XSS corpus stored through the API in every user-controlled string that accepts it, then shown by every page
 * that renders it: nothing may run (`window.__xss` stays unset, no dialog opens, no live handler or `javascript:`
 * link lands in the DOM) and the raw text is shown literally.
 */
const P = {
  script: '<script>window.__xss=1</script>',
  img: '<img src=x onerror="window.__xss=1;alert(1)">',
  js: 'javascript:window.__xss=1',
  svg: '"><svg onload=window.__xss=1>',
  template: "{{constructor.constructor('window.__xss=1')()}}",
  mdLink: '[x](javascript:window.__xss=1)',
  anchor: '<a href="javascript:window.__xss=1">x</a>',
  iframe: '<iframe srcdoc="<script>parent.__xss=1</script>">',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload.
  literal: '${window.__xss=1}',
} as const;
const ALL = Object.values(P).join(' ');

/** Nothing ran and nothing live was injected. */
async function expectInert(page: Page, dialogs: string[]) {
  const state = await page.evaluate(() => ({
    xss: (window as unknown as { __xss?: unknown }).__xss,
    live: document.querySelectorAll('[onerror],[onload],iframe[srcdoc],a[href^="javascript:" i],svg[onload]').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src && s.textContent?.includes('__xss')).length,
  }));
  expect(state).toEqual({ xss: undefined, live: 0, scripts: 0 });
  expect(dialogs).toEqual([]);
}

test('user strings carrying script payloads render as inert text everywhere', async ({ acr, api, page }) => {
  test.setTimeout(60_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await expect(acr.instances.heading).toBeVisible();
  const InstanceId = await api.instanceIdOf('acr-dev-hz');
  const { Repositories } = await api.call<{
    Repositories: { RepoId: string; RepoName: string; RepoType: string }[];
  }>('ListRepository', { InstanceId, RepoNamespaceName: 'team-a', PageSize: 100 });
  const repo = Repositories[0];
  if (!repo) throw new Error('no repository in team-a');

  // Webhook and notification addresses must be http(s): javascript: and data: are refused.
  for (const url of [P.js, 'data:text/html,<script>alert(1)</script>', 'JaVaScRiPt:alert(1)']) {
    const scanRule = await api.raw('CreateScanRule', {
      InstanceId,
      RuleName: 'refused-webhook',
      TriggerType: 'MANUAL',
      ScanScope: 'NAMESPACE',
      Namespaces: ['team-a'],
      RepoTagFilterPattern: '.*',
      NotifyMethod: 'HTTPS',
      NotifyUrl: url,
    });
    expect(scanRule.body.Code, url).toBe('SCAN_RULE_NOTIFY_ILLEGAL');
    const eventRule = await api.raw('CreateEventCenterRule', {
      InstanceId,
      RuleName: 'refused-webhook',
      EventType: 'cr:Artifact:PushCompleted',
      EventScope: 'INSTANCE',
      RepoTagFilterPattern: '.*',
      EventConfig: JSON.stringify({ notifyMethod: 'https', notifyConfig: { Url: url } }),
    });
    expect(eventRule.body.IsSuccess, url).not.toBe(true);
    const schedule = await api.raw('CreateReportSchedule', {
      InstanceId,
      Name: 'refused',
      Frequency: 'DAILY',
      Format: 'HTML',
      NotifyMethod: 'https',
      NotifyUrl: url,
    });
    expect(schedule.body.IsSuccess, url).not.toBe(true);
  }

  // Store the corpus.
  const dingTalk = 'https://oapi.dingtalk.com/robot/send?access_token=xss';
  const { Key } = await api.call<{ Key: { KeyId: string } }>('CreateKey', {
    RegionId: 'cn-hangzhou',
    KeySpec: 'EC_P256',
    Description: `${P.img} ${P.script}`,
  });
  const [, , eventRule] = await api.all<{ RuleId?: string }>([
    ['UpdateRepository', { InstanceId, RepoId: repo.RepoId, RepoType: repo.RepoType, Summary: P.svg, Detail: ALL }],
    [
      'CreateScanRule',
      {
        InstanceId,
        RuleName: P.img,
        TriggerType: 'MANUAL',
        ScanScope: 'NAMESPACE',
        Namespaces: ['team-a'],
        RepoTagFilterPattern: '.*',
      },
    ],
    [
      'CreateEventCenterRule',
      {
        InstanceId,
        RuleName: P.mdLink,
        EventType: 'cr:Artifact:PushCompleted',
        EventScope: 'INSTANCE',
        RepoTagFilterPattern: '.*',
        EventConfig: JSON.stringify({ notifyMethod: 'dingding', notifyConfig: { Url: dingTalk } }),
      },
    ],
    [
      'CreateVulnException',
      {
        InstanceId,
        CveId: 'CVE-2023-0001',
        ScopeType: 'NAMESPACE',
        NamespaceName: 'team-a',
        Reason: ALL,
        Author: P.script,
      },
    ],
    ['CreateUser', { UserName: 'xss-user', DisplayName: P.template, Comments: P.anchor }],
    [
      'CreatePolicy',
      {
        PolicyName: 'xss-policy',
        Description: ALL,
        PolicyDocument: JSON.stringify({
          Version: '1',
          Statement: [{ Effect: 'Allow', Action: ['cr:Get*'], Resource: ['*'] }],
        }),
      },
    ],
    ['CreateSigningWitness', { InstanceId, WitnessName: 'xss-witness', KeyId: Key.KeyId, Description: P.iframe }],
    [
      'CreateReportSchedule',
      {
        InstanceId,
        Name: P.literal,
        Frequency: 'DAILY',
        Format: 'HTML',
        NotifyMethod: 'dingding',
        NotifyUrl: dingTalk,
      },
    ],
  ]);
  // A test message of the event rule lands in the demo receiver (its DingTalk markdown preview is checked too).
  await api.call('TestEventCenterRule', { InstanceId, RuleId: eventRule?.RuleId });

  const base = `cn-hangzhou/instances/${InstanceId}`;
  const visits: [string, string[]][] = [
    [`${base}/repositories`, [P.svg]],
    [`${base}/repositories/${repo.RepoId}/info`, [P.svg, P.script, P.mdLink, P.literal]],
    [`${base}/scan`, [P.img]],
    [`${base}/events/rules`, [P.mdLink]],
    [`${base}/events/demo-receiver`, []],
    [`${base}/policies?tab=exceptions`, [P.script]],
    [`${base}/signing?tab=witnesses`, [P.iframe]],
    [`${base}/signing?tab=keys`, [P.img]],
    [`${base}/reports?tab=schedules`, [P.literal]],
    ['ram/users', [P.template]],
    ['ram/policies', [P.svg]],
  ];
  // In-app navigation (the router follows history), so each page renders without a full reload.
  await page.goto(visits[0]?.[0] ?? '');
  for (const [path, texts] of visits) {
    await page.evaluate((to) => {
      history.pushState(null, '', new URL(`/${to}`, location.origin));
      dispatchEvent(new PopStateEvent('popstate'));
    }, path);
    await expect(page).toHaveURL((url) => url.pathname.endsWith(path.split('?')[0] ?? path));
    await expect(page.getByRole('heading').first()).toBeVisible();
    for (const text of texts) {
      await expect.soft(page.getByText(text, { exact: false }).first(), `${path} shows ${text}`).toBeAttached({
        timeout: 4000,
      });
    }
    await expectInert(page, dialogs);
  }

  // The exported HTML report, opened as a page of its own.
  const exported = await api.call<{ Content: string }>('ExportSecurityReport', {
    InstanceId,
    RegionId: 'cn-hangzhou',
    Format: 'HTML',
  });
  const report = await page.context().newPage();
  report.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await report.setContent(exported.Content);
  await expectInert(report, dialogs);
  await report.close();
});

test('a catastrophically backtracking tag regex is refused readably and the page stays responsive', async ({
  acr,
  api,
  page,
}) => {
  await expect(acr.instances.heading).toBeVisible();
  const InstanceId = await api.instanceIdOf('acr-dev-hz');
  for (const pattern of ['(a+)+$', '(a|aa)*b', '(.*a){12}']) {
    const { body } = await api.raw('CreateScanRule', {
      InstanceId,
      RuleName: 'redos',
      TriggerType: 'MANUAL',
      ScanScope: 'NAMESPACE',
      Namespaces: ['team-a'],
      RepoTagFilterPattern: pattern,
    });
    expect(body.Code, pattern).toBe('SCAN_RULE_PATTERN_ILLEGAL');
    expect(String(body.Message)).toMatch(/backtrack|regular expression/i);
  }
  await acr.openInstance('acr-dev-hz');
  await acr.scan.open();
  const wizard = await acr.scan.startRule();
  await wizard.fillRule({ name: 'redos', scope: { namespace: 'team-a', tagRegex: '(a+)+$' } });
  await wizard.next();
  await expect(wizard.dialog.getByText(/分组再使用量词/)).toBeVisible();
  // Responsive: the main thread answers at once.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1000);
});

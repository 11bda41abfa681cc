/**
 * Measures that the console stays responsive while a scan rule runs over 50+ images: on `acr-prod-hz` it links a
 * VPC, retags images into ≥ 50 new tags, creates a NAMESPACE/MANUAL/`.*` rule, opens 镜像扫描 and, while a user
 * scrolls and opens/closes the side menu every ~500 ms, records main-thread long tasks (PerformanceObserver
 * `longtask`) and the longest gap of a 10 ms `setTimeout` heartbeat. Baseline of the same run: the same page
 * with the same interactions and no scan, for an equally long window before the scan.
 *
 * Everything goes through the real page and its mock backend (`fetch` of the app's `api/` endpoint).
 * With `--engine cloud` the cloud-security engine is bought first (through the same console actions), so every
 * image is also inspected for baseline risks, secrets and malicious samples — more work in the worker, none on
 * the page.
 * With `--seed scale` it runs on the scale seed (2,000 tags, 10,000 tasks, 50,000 findings) and the rule scans
 * `--images` (default 200) tags of `scale/monorepo` (`v1.*`, `v2.*`, … 200 per major version) instead of retagging.
 * Usage: npx tsx --conditions=source bench/scan-responsiveness.ts [--engine cloud] [--seed scale [--images 200]]
 * [--dist dist] [--port 4182] (after npm run build). Needs /usr/bin/chromium.
 */
import { type Browser, chromium, type Page } from '@playwright/test';
import type { ActionName, ActionRequest } from '../src/api/contract/actions';
import { type Body, benchArg, type PreviewServer, pageApi, startPreview } from './lib/preview-server';

const PORT = Number(benchArg('port', '4182'));
const DIST = benchArg('dist', 'dist');
const SEED = benchArg('seed', 'default');
if (SEED !== 'default' && SEED !== 'scale') throw new Error(`--seed must be default or scale, not ${SEED}`);
/** Scale seed: how many `scale/monorepo` tags the rule scans (200 per major version `vN.`). */
const SCALE_IMAGES = Number(benchArg('images', '200'));
const ENGINE = benchArg('engine', 'trivy');
if (ENGINE !== 'trivy' && ENGINE !== 'cloud') throw new Error(`--engine must be trivy or cloud, not ${ENGINE}`);
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const REGION = 'cn-hangzhou';
const INSTANCE_NAME = 'acr-prod-hz';
const NEW_TAGS = 52;
const TAG_REPOS = 4;
/** Longest idle window recorded before the scan; it is cut to the scan's length afterwards. */
const IDLE_MAX_MS = 15_000;
const SCAN_TIMEOUT_MS = SEED === 'scale' ? Math.max(60_000, SCALE_IMAGES * 1500) : 60_000;
const INTERACT_EVERY_MS = 500;

let server: PreviewServer | undefined;
let browser: Browser | undefined;

async function cleanup(): Promise<void> {
  const b = browser;
  browser = undefined;
  await b?.close().catch(() => undefined);
  server?.stop();
  server = undefined;
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    void cleanup().finally(() => process.exit(130));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Calls an action from inside the page, like the console's own client; throws on any error envelope. */
async function api<A extends ActionName>(page: Page, action: A, params: ActionRequest<A>): Promise<Body> {
  const body = await pageApi(page, BASE_URL, action, params);
  if (body.Code !== 'success' && body.Code !== 0) throw new Error(`${action} answered ${JSON.stringify(body)}`);
  return body;
}

interface ProbeWindow {
  longest: number;
  count: number;
  over100: number;
  maxGap: number;
}

/** Installs the long-task observer and the heartbeat; both keep timestamped records for later windows. */
async function installProbe(page: Page): Promise<void> {
  // A string, not a function: tsx's transform would wrap named inner functions in a `__name` helper the page lacks.
  await page.evaluate(`(() => {
    const probe = { tasks: [], gaps: [] };
    window.__probe = probe;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) probe.tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
    let last = performance.now();
    const beat = () => {
      const now = performance.now();
      probe.gaps.push([last, now - last]);
      last = now;
      setTimeout(beat, 10);
    };
    setTimeout(beat, 10);
  })()`);
}

/** Long tasks and heartbeat gaps overlapping [from, to) (page clock, ms). */
async function readWindow(page: Page, from: number, to: number): Promise<ProbeWindow> {
  return page.evaluate(
    ({ from, to }) => {
      const probe = (window as unknown as { __probe: { tasks: [number, number][]; gaps: [number, number][] } }).__probe;
      const tasks = probe.tasks.filter(([t, d]) => t + d > from && t < to).map(([, d]) => d);
      const gaps = probe.gaps.filter(([t, d]) => t + d > from && t < to).map(([, d]) => d);
      return {
        longest: Math.max(0, ...tasks),
        count: tasks.filter((d) => d > 50).length,
        over100: tasks.filter((d) => d > 100).length,
        maxGap: Math.max(0, ...gaps),
      };
    },
    { from, to },
  );
}

const pageNow = (page: Page) => page.evaluate(() => performance.now());

/** One user gesture: alternately scroll the content and open/close the first side-menu group. */
async function interact(page: Page, step: number): Promise<void> {
  if (step % 2 === 0) {
    await page.mouse.move(700, 400);
    await page.mouse.wheel(0, step % 4 === 0 ? 600 : -600);
    return;
  }
  const submenu = page.locator('.ant-menu-submenu-title').first();
  if (await submenu.isVisible().catch(() => false)) await submenu.click({ timeout: 2000 }).catch(() => undefined);
  else await page.mouse.wheel(0, -600);
}

async function main() {
  server = await startPreview({ port: PORT, dist: DIST });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1400, height: 900 },
  });
  const page = await context.newPage();
  await page.goto(`${BASE_URL}?demoSeed=${SEED}&demoSpeed=instant`, { waitUntil: 'load' });
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, { timeout: 60_000 });
  await page.getByRole('link', { name: '管理' }).first().waitFor({ timeout: 120_000 });

  // Instance, namespaces, repositories.
  const instances = await api(page, 'ListInstance', { RegionId: REGION, PageSize: 100 });
  const instance = (instances.Instances as Body[]).find((i) => i.InstanceName === INSTANCE_NAME);
  if (!instance) throw new Error(`instance ${INSTANCE_NAME} not found in ${REGION}`);
  const InstanceId = instance.InstanceId as string;
  const namespaces = ((await api(page, 'ListNamespace', { InstanceId, PageSize: 100 })).Namespaces as Body[]).map(
    (n) => n.NamespaceName as string,
  );
  const repos = (await api(page, 'ListRepository', { InstanceId, PageSize: 100 })).Repositories as Body[];

  // ≥ 50 new tags by retagging (before the VPC is linked, so no AUTO rule of the seed starts scans meanwhile).
  const sources: { ns: string; repo: string; tag: string }[] = [];
  for (const repo of SEED === 'scale' ? [] : repos) {
    if (sources.length >= TAG_REPOS) break;
    const tags = (await api(page, 'ListRepoTag', { InstanceId, RepoId: repo.RepoId, PageSize: 1 })).Images as Body[];
    const tag = tags[0]?.Tag as string | undefined;
    if (tag) sources.push({ ns: repo.RepoNamespaceName, repo: repo.RepoName, tag });
  }
  if (SEED !== 'scale' && sources.length === 0) throw new Error('no repository with a tag to retag');
  for (let i = 0; i < (SEED === 'scale' ? 0 : NEW_TAGS); i++) {
    const s = sources[i % sources.length] as (typeof sources)[number];
    await api(page, 'CreateRepoTag', {
      InstanceId,
      NamespaceName: s.ns,
      RepoName: s.repo,
      FromTag: s.tag,
      ToTag: `bench-${i + 1}`,
    });
  }

  // Link a VPC (one not linked yet) and wait until it runs.
  const linked = new Set(
    ((await api(page, 'GetInstanceVpcEndpoint', { InstanceId })).LinkedVpcs as Body[]).map((v) => v.VpcId),
  );
  const vpcs = (await api(page, 'DescribeVpcs', { RegionId: REGION })).Vpcs as Body[];
  const vpc = vpcs.find((v) => !linked.has(v.VpcId));
  if (vpc) {
    const vswitches = (await api(page, 'DescribeVSwitches', { RegionId: REGION, VpcId: vpc.VpcId }))
      .VSwitches as Body[];
    const vsw = vswitches[0];
    if (!vsw) throw new Error(`VPC ${vpc.VpcId} has no vSwitch`);
    await api(page, 'CreateInstanceVpcEndpointLinkedVpc', { InstanceId, VpcId: vpc.VpcId, VswitchId: vsw.VSwitchId });
  } else if (linked.size === 0) throw new Error(`no VPC in ${REGION}`);
  for (let i = 0; ; i++) {
    const now = (await api(page, 'GetInstanceVpcEndpoint', { InstanceId })).LinkedVpcs as Body[];
    if (now.some((v) => v.Status === 'RUNNING')) break;
    if (i > 100) throw new Error('linked VPC never became RUNNING');
    await sleep(100);
  }

  // The rule, and a check that it matches ≥ 50 images.
  const ruleName = `bench-responsiveness-${Date.now()}`;
  // Scale seed: `SCALE_IMAGES` tags of scale/monorepo, whole major versions (`v1\..*|v2\..*`, 200 each).
  const majors = Array.from({ length: Math.max(1, Math.round(SCALE_IMAGES / 200)) }, (_, i) => `v${i + 1}\\..*`);
  const scope: { ScanScope: 'NAMESPACE'; Namespaces: string[]; RepoTagFilterPattern: string } =
    SEED === 'scale'
      ? { ScanScope: 'NAMESPACE', Namespaces: ['scale'], RepoTagFilterPattern: majors.join('|') }
      : { ScanScope: 'NAMESPACE', Namespaces: namespaces, RepoTagFilterPattern: '.*' };
  const { ScanRuleId } = await api(page, 'CreateScanRule', {
    InstanceId,
    RuleName: ruleName,
    TriggerType: 'MANUAL',
    ...scope,
  });
  if (ENGINE === 'cloud') {
    await api(page, 'AuthorizeSasAccessRole', {});
    await api(page, 'CreateSasServiceLinkedRole', {});
    const order = await api(page, 'CreateSasOrder', { ImageQuota: 100, Period: 1, AgreementAccepted: true });
    await api(page, 'PaySasOrder', { OrderId: order.OrderId });
  }
  const preview = await api(page, 'PreviewScanRuleTags', { InstanceId, ...scope, PageSize: 1 });
  const matched = preview.TotalCount as number;
  const needed = SEED === 'scale' ? SCALE_IMAGES : 50;
  if (matched < needed) throw new Error(`rule matches only ${matched} images (need ≥ ${needed})`);

  // The 镜像扫描 page with its rule listed; then the probe.
  await page.goto(`${BASE_URL}${REGION}/instances/${InstanceId}/scan`, { waitUntil: 'load' });
  await page.getByText(ruleName).first().waitFor({ timeout: 30_000 });
  await installProbe(page);
  // Self-check outside both windows: a deliberate 80 ms busy task must be seen by the observer and the heartbeat.
  const checkFrom = await pageNow(page);
  // Scheduled as a page task: work done inside CDP's own evaluate is not reported as a long task.
  await page.evaluate(`setTimeout(() => { const end = performance.now() + 80; while (performance.now() < end); }, 0)`);
  await sleep(500);
  const check = await readWindow(page, checkFrom, await pageNow(page));
  if (check.longest < 70 || check.maxGap < 70) {
    const recorded = await page.evaluate('JSON.stringify(window.__probe.tasks)');
    throw new Error(
      `probe self-check failed: ${JSON.stringify(check)}, long tasks recorded ${recorded}, window from ${checkFrom}`,
    );
  }
  const menuToggles = await page.locator('.ant-menu-submenu-title').count();

  // Idle baseline: same page, same interactions, no scan.
  const idleFrom = await pageNow(page);
  const idleStart = performance.now();
  for (let step = 0; performance.now() - idleStart < IDLE_MAX_MS; step++) {
    const t = performance.now();
    await interact(page, step);
    await sleep(Math.max(0, INTERACT_EVERY_MS - (performance.now() - t)));
  }
  const idleTo = await pageNow(page);

  // The scan.
  const scanFrom = await pageNow(page);
  const scanStart = performance.now();
  const run = await api(page, 'RunScanRule', { InstanceId, ScanRuleId });
  let task: Body | undefined;
  for (let step = 0; ; step++) {
    const t = performance.now();
    await interact(page, step);
    task = await api(page, 'GetScanRuleTask', { InstanceId, RuleTaskId: run.RuleTaskId });
    if (task.Status !== 'SCANNING') break;
    if (performance.now() - scanStart > SCAN_TIMEOUT_MS) throw new Error('scan did not finish in time');
    await sleep(Math.max(0, INTERACT_EVERY_MS - (performance.now() - t)));
  }
  const scanWall = performance.now() - scanStart;
  const scanTo = await pageNow(page);
  if (task.Status !== 'COMPLETE') throw new Error(`rule task ended ${task.Status}: ${JSON.stringify(task)}`);

  const scanLength = scanTo - scanFrom;
  const idleLength = Math.min(idleTo - idleFrom, scanLength);
  const idle = await readWindow(page, idleFrom, idleFrom + idleLength);
  const scan = await readWindow(page, scanFrom, scanTo);
  await context.close();

  const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}x` : 'n/a (idle 0)');
  const scanned = (task.FinishedCount as number) - (task.FailedCount as number);
  const serverTime = (task.FinishTime as number) - (task.StartTime as number);
  console.log(`engine: ${task.ScanService}, seed: ${SEED}`);
  console.log(
    SEED === 'scale'
      ? `rule over namespace scale (${scope.RepoTagFilterPattern}), ${matched} images matched`
      : `rule over ${namespaces.length} namespaces, ${matched} images matched (${NEW_TAGS} new bench-N tags in ${sources.length} repositories)`,
  );
  console.log(
    `images scanned: ${scanned} of ${task.ImageCount} (failed ${task.FailedCount}); total scan time ${(scanWall / 1000).toFixed(2)} s wall (task FinishTime-StartTime ${(serverTime / 1000).toFixed(2)} s)`,
  );
  console.log(
    `findings total: ${task.TotalSeverity} (high ${task.HighSeverity}, medium ${task.MediumSeverity}, low ${task.LowSeverity}, unknown ${task.UnknownSeverity})`,
  );
  console.log(
    `probe self-check (80 ms busy loop): long task ${check.longest.toFixed(0)} ms, heartbeat gap ${check.maxGap.toFixed(0)} ms; interactions every ${INTERACT_EVERY_MS} ms: wheel scroll / side-menu toggle (${menuToggles} submenu titles on the page)`,
  );
  console.log(
    `during scan (${(scanLength / 1000).toFixed(1)} s): longest long task ${scan.longest.toFixed(0)} ms, long tasks > 50 ms: ${scan.count}, over 100 ms: ${scan.over100} (target: none over 100 ms${scan.over100 === 0 ? ', met' : ', NOT met'}), longest heartbeat gap ${scan.maxGap.toFixed(0)} ms`,
  );
  console.log(
    `idle baseline (${(idleLength / 1000).toFixed(1)} s before the scan, same page and interactions): longest long task ${idle.longest.toFixed(0)} ms, long tasks > 50 ms: ${idle.count}, longest heartbeat gap ${idle.maxGap.toFixed(0)} ms`,
  );
  if (idleLength < scanLength) console.log(`note: idle window capped at ${IDLE_MAX_MS / 1000} s (scan ran longer)`);
  console.log(
    `ratio scan/idle: longest long task ${ratio(scan.longest, idle.longest)}, long tasks > 50 ms ${ratio(scan.count, idle.count)}, longest heartbeat gap ${ratio(scan.maxGap, idle.maxGap)}`,
  );
}

try {
  await main();
} finally {
  await cleanup();
}

/**
 * Lists at size (issue 9): on the `scale` seed (2,000 tags in `scale/monorepo`, 10,000 scan tasks, 50,000
 * findings) in Chromium, times the tag list's page, filter and sort requests and the vulnerability search's
 * filters as the page sees them (`fetch` of the app's `api/` endpoint from inside the page, answered by the
 * in-browser mock backend: the time includes the service worker round trip, the IndexedDB reads, the
 * filtering, sorting and paging, and JSON). Baseline of the same run: an empty-list request (`ListInstance`
 * of a region without instances). Each figure is the median of RUNS requests after a warm-up, printed with
 * its ratio to the baseline and against the 100 ms target. Last, a 200-image batch scan runs and its 任务详情
 * request is timed paged (20 images) and unpaged.
 *
 * Usage: npm run bench (builds first), or `npx tsx --conditions=source bench/scale.ts [--dist dist] [--port 4183]`.
 * Needs /usr/bin/chromium. The 200-image batch scan on this seed is `bench/scan-responsiveness.ts --seed scale`.
 */
import { chromium, type Page } from '@playwright/test';
import { ACTIONS, type ActionName, type ActionRequest } from '../src/api/contract/actions';
import { apiUrl, type Body, benchArg, pageApi, startPreview } from './lib/preview-server';

const PORT = Number(benchArg('port', '4183'));
const DIST = benchArg('dist', 'dist');
const BASE_URL = `http://127.0.0.1:${PORT}/`;
const RUNS = 15;
const TARGET_MS = 100;

const urlOf = <A extends ActionName>(action: A, params: ActionRequest<A>) => apiUrl(BASE_URL, action, params);
const api = <A extends ActionName>(page: Page, action: A, params: ActionRequest<A>) =>
  pageApi(page, BASE_URL, action, params);

interface Timing {
  median: number;
  p90: number;
  total: number;
}

/** Client-observed time of one request (fetch until the JSON is parsed), RUNS times after two warm-ups. */
async function time<A extends ActionName>(page: Page, action: A, params: ActionRequest<A>): Promise<Timing> {
  // A string, not a function: tsx's transform would wrap named inner functions in a `__name` helper the page lacks.
  const { samples, total } = (await page.evaluate(`(async () => {
    const url = ${JSON.stringify(urlOf(action, params))};
    const method = ${JSON.stringify(ACTIONS[action].method)};
    const samples = [];
    let total = -1;
    for (let i = 0; i < ${RUNS} + 2; i++) {
      const t = performance.now();
      const res = await fetch(url, { method, headers: { Accept: 'application/json' } });
      const body = await res.json();
      if (i >= 2) samples.push(performance.now() - t);
      total = Number(body.TotalCount ?? -1);
    }
    return { samples, total };
  })()`)) as { samples: number[]; total: number };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9), total };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * A finished batch scan for the 任务详情 request: links a VPC (batch scans need one), then runs a rule over
 * the 200 `v1.*` tags of scale/monorepo at the demo's instant speed and waits for it. Runs after the other
 * timings, so its writes do not disturb them.
 */
async function runRuleTask(page: Page, InstanceId: string): Promise<{ id: string; images: number }> {
  const RegionId = 'cn-hangzhou';
  const linked = (await api(page, 'GetInstanceVpcEndpoint', { InstanceId })).LinkedVpcs as Body[];
  if (linked.length === 0) {
    const vpc = ((await api(page, 'DescribeVpcs', { RegionId })).Vpcs as Body[])[0];
    const vsw = vpc && ((await api(page, 'DescribeVSwitches', { RegionId, VpcId: vpc.VpcId })).VSwitches as Body[])[0];
    if (!vpc || !vsw) throw new Error(`no VPC with a vSwitch in ${RegionId}`);
    await api(page, 'CreateInstanceVpcEndpointLinkedVpc', { InstanceId, VpcId: vpc.VpcId, VswitchId: vsw.VSwitchId });
  }
  for (let i = 0; ; i++) {
    const vpcs = (await api(page, 'GetInstanceVpcEndpoint', { InstanceId })).LinkedVpcs as Body[];
    if (vpcs.some((v) => v.Status === 'RUNNING')) break;
    if (i > 100) throw new Error('linked VPC never became RUNNING');
    await sleep(100);
  }
  const { ScanRuleId } = await api(page, 'CreateScanRule', {
    InstanceId,
    RuleName: `bench-scale-${Date.now()}`,
    TriggerType: 'MANUAL',
    ScanScope: 'NAMESPACE',
    Namespaces: ['scale'],
    RepoTagFilterPattern: 'v1\\..*',
  });
  const run = await api(page, 'RunScanRule', { InstanceId, ScanRuleId });
  for (const start = performance.now(); ; ) {
    const task = await api(page, 'GetScanRuleTask', { InstanceId, RuleTaskId: run.RuleTaskId, PageSize: 1 });
    if (task.Status !== 'SCANNING') return { id: run.RuleTaskId as string, images: task.ImageCount as number };
    if (performance.now() - start > 300_000) throw new Error('the batch scan did not finish in 5 minutes');
    await sleep(500);
  }
}

async function main() {
  const server = await startPreview({ port: PORT, dist: DIST });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const seedStart = performance.now();
    await page.goto(`${BASE_URL}cn-hangzhou/instances?demoSeed=scale&demoSpeed=instant`, { waitUntil: 'load' });
    await page.getByRole('link', { name: '管理' }).first().waitFor({ timeout: 180_000 });
    const seedMs = performance.now() - seedStart;

    const instances = (await api(page, 'ListInstance', { RegionId: 'cn-hangzhou', PageSize: 100 })).Instances as Body[];
    const InstanceId = instances.find((i) => i.InstanceName === 'acr-prod-hz')?.InstanceId as string;
    const repos = (await api(page, 'ListRepository', { InstanceId, PageSize: 100 })).Repositories as Body[];
    const RepoId = repos.find((r) => r.RepoNamespaceName === 'scale' && r.RepoName === 'monorepo')?.RepoId as string;
    if (!InstanceId || !RepoId) throw new Error('the scale seed was not loaded (no acr-prod-hz / scale/monorepo)');

    const baseline = await time(page, 'ListInstance', { RegionId: 'ap-northeast-1' });
    const tags = { InstanceId, RepoId, PageSize: 30 } as const;
    const cases: [string, Timing][] = [
      ['tag list, page 1 (newest first)', await time(page, 'ListRepoTag', tags)],
      ['tag list, page 50', await time(page, 'ListRepoTag', { ...tags, PageNo: 50 })],
      ['tag list, filter "v3.5"', await time(page, 'ListRepoTag', { ...tags, TagFilter: 'v3.5' })],
      ['tag list, sort by tag name', await time(page, 'ListRepoTag', { ...tags, OrderBy: 'Tag', Order: 'asc' })],
      [
        'tag list, filter "v1" + sort by tag name desc, page 3',
        await time(page, 'ListRepoTag', { ...tags, TagFilter: 'v1', OrderBy: 'Tag', Order: 'desc', PageNo: 3 }),
      ],
      [
        'tag list, sort by size, page 20',
        await time(page, 'ListRepoTag', { ...tags, OrderBy: 'ImageSize', PageNo: 20 }),
      ],
      ['search, no filter', await time(page, 'SearchVulnerabilities', { InstanceId, PageSize: 20 })],
      [
        'search, package "openssl"',
        await time(page, 'SearchVulnerabilities', { InstanceId, Package: 'openssl', PageSize: 20 }),
      ],
      [
        'search, CVE-2023* + High, page 3',
        await time(page, 'SearchVulnerabilities', {
          InstanceId,
          CveId: 'CVE-2023*',
          Severity: 'High',
          PageNo: 3,
          PageSize: 20,
        }),
      ],
      [
        'search, repository scale/monorepo tag v3*',
        await time(page, 'SearchVulnerabilities', { InstanceId, RepoName: 'monorepo', Tag: 'v3*', PageSize: 20 }),
      ],
    ];
    const ruleTask = await runRuleTask(page, InstanceId);
    cases.push(
      [
        `任务详情 (${ruleTask.images} images), page 1 of 20`,
        await time(page, 'GetScanRuleTask', { InstanceId, RuleTaskId: ruleTask.id, PageNo: 1, PageSize: 20 }),
      ],
      [
        `任务详情 (${ruleTask.images} images), page 5 of 20`,
        await time(page, 'GetScanRuleTask', { InstanceId, RuleTaskId: ruleTask.id, PageNo: 5, PageSize: 20 }),
      ],
      [
        `任务详情 (${ruleTask.images} images), unpaged (all images)`,
        await time(page, 'GetScanRuleTask', { InstanceId, RuleTaskId: ruleTask.id }),
      ],
    );
    await context.close();

    console.log(
      `scale seed loaded (ResetDemoWorld + first paint of the instance list): ${(seedMs / 1000).toFixed(1)} s`,
    );
    console.log(
      `baseline (empty ListInstance): median ${baseline.median.toFixed(1)} ms, p90 ${baseline.p90.toFixed(1)} ms over ${RUNS} runs`,
    );
    for (const [name, t] of cases) {
      const verdict = t.median <= TARGET_MS ? 'within' : 'OVER';
      console.log(
        `${name}: median ${t.median.toFixed(1)} ms (p90 ${t.p90.toFixed(1)}) = ${(t.median / baseline.median).toFixed(1)}x baseline, ${verdict} the ${TARGET_MS} ms target; ${t.total} rows in total`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();

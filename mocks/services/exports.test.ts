import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { write } from '../store/transactions';
import { callAction, expectBusinessError } from '../testing/api';
import { allRows, prodTag, scanTag, type TagRef } from '../testing/reports';

const schema = (name: string) =>
  JSON.parse(readFileSync(new URL(`../testing/schemas/${name}`, import.meta.url), 'utf8')) as Record<string, unknown>;

/** The CycloneDX 1.5 validator; the BOM schema refers to its siblings by their SNAPSHOT file names. */
function cycloneDxValidator() {
  const ajv = new Ajv({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({
    ...schema('spdx.SNAPSHOT.schema.json'),
    $id: 'http://cyclonedx.org/schema/spdx.SNAPSHOT.schema.json',
  });
  ajv.addSchema({
    ...schema('jsf-0.82.SNAPSHOT.schema.json'),
    $id: 'http://cyclonedx.org/schema/jsf-0.82.SNAPSHOT.schema.json',
  });
  return ajv.compile(schema('bom-1.5.SNAPSHOT.schema.json'));
}

let webApi: TagRef;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  webApi = await prodTag('web-api', '1.4.2');
});

describe('ExportScanReport', () => {
  it('writes a CycloneDX 1.5 SBOM that validates against the CycloneDX JSON schema', async () => {
    await scanTag(webApi);
    const file = await callAction('ExportScanReport', { ...webApi, Format: 'CYCLONEDX' });
    expect(file).toMatchObject({
      FileName: 'prod-web-api-1.4.2.cdx.json',
      MediaType: 'application/vnd.cyclonedx+json',
    });
    const bom = JSON.parse(file.Content);
    const validate = cycloneDxValidator();
    expect(validate(bom) ? 'valid' : JSON.stringify(validate.errors?.slice(0, 5), null, 1)).toBe('valid');
    expect(bom.specVersion).toBe('1.5');
    // The validator does reject what the schema forbids.
    expect(validate({ ...bom, components: [{ name: 'no-type' }] })).toBe(false);
    expect(bom.components.length).toBeGreaterThan(10);
    const rows = await allRows(webApi);
    expect(bom.vulnerabilities.length).toBe(new Set(rows.map((r) => r.CveName)).size);
  }, 60_000);

  it('writes SPDX 2.3, CSV and Trivy JSON with every finding', async () => {
    await scanTag(webApi);
    const rows = await allRows(webApi);
    const spdx = JSON.parse((await callAction('ExportScanReport', { ...webApi, Format: 'SPDX' })).Content);
    expect(spdx.spdxVersion).toBe('SPDX-2.3');
    expect(spdx.packages.length).toBeGreaterThan(10);
    const csv = await callAction('ExportScanReport', { ...webApi, Format: 'CSV' });
    expect(csv.MediaType).toBe('text/csv');
    expect(csv.Content.trim().split(/\r?\n/)).toHaveLength(rows.length + 1);
    const json = JSON.parse((await callAction('ExportScanReport', { ...webApi, Format: 'JSON' })).Content);
    const found = json.Results.flatMap((r: { Vulnerabilities?: unknown[] }) => r.Vulnerabilities ?? []);
    expect(found).toHaveLength(rows.length);
  }, 60_000);

  it('writes SARIF 2.1.0 that validates against the SARIF schema', async () => {
    await scanTag(webApi);
    const rows = await allRows(webApi);
    const file = await callAction('ExportScanReport', { ...webApi, Format: 'SARIF' });
    expect(file.MediaType).toBe('application/sarif+json');
    expectSarif(JSON.parse(file.Content), rows.length);
  }, 60_000);

  it('writes a printable HTML report that escapes what users wrote', async () => {
    await callAction('UpdateRepository', {
      InstanceId: webApi.InstanceId,
      RepoId: webApi.RepoId,
      RepoType: 'PRIVATE',
      Summary: '<script>alert("x")</script> & <img src=x onerror=alert(1)>',
    });
    await scanTag(webApi);
    const file = await callAction('ExportScanReport', { ...webApi, Format: 'HTML', Lang: 'en-US' });
    expect(file.MediaType).toBe('text/html');
    const html = file.Content;
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('@media print');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/(src|href)="?(https?:)?\/\//);
    expect(html).toContain('CVE-2023-5363');
  }, 60_000);

  it('refuses an SBOM of a scan without packages and a tag never scanned', async () => {
    await expectBusinessError('ExportScanReport', { ...webApi, Format: 'CSV' }, 'SCAN_TASK_NOT_EXIST');
    const { ScanTaskId } = await scanTag(webApi);
    await write(backend.store, ['scanResults'], async (tx) => {
      const result = await tx.objectStore('scanResults').get(ScanTaskId ?? '');
      if (!result) throw new Error('no result');
      const { Packages: _p, ...old } = result;
      await tx.objectStore('scanResults').put(old);
    });
    await expectBusinessError('ExportScanReport', { ...webApi, Format: 'CYCLONEDX' }, 'SBOM_NOT_AVAILABLE');
    await expectBusinessError('ExportScanReport', { ...webApi, Format: 'SPDX' }, 'SBOM_NOT_AVAILABLE');
    expect((await callAction('ExportScanReport', { ...webApi, Format: 'SARIF' })).Content).toContain('2.1.0');
  }, 60_000);
});

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string } } }[];
}
interface SarifLog {
  version: string;
  $schema: string;
  runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: SarifResult[] }[];
}

/**
 * The SARIF validator. The official OASIS schema is not available offline (no npm package ships it), so
 * this is our own closed schema of the SARIF 2.1.0 objects we emit, written from the specification (see the
 * schema's description): a member the specification does not define, or a wrong type or enum, fails.
 */
const validateSarif = new Ajv({ strict: false, allErrors: true }).compile(schema('sarif-2.1.0-subset.schema.json'));

/** SARIF 2.1.0: the schema, then rules and results that refer to each other correctly. */
function expectSarif(log: SarifLog, results: number) {
  expect(validateSarif(log) ? 'valid' : JSON.stringify(validateSarif.errors?.slice(0, 5), null, 1)).toBe('valid');
  expect(validateSarif({ ...log, runs: [{ ...log.runs[0], resluts: [] }] })).toBe(false);
  expect(log.version).toBe('2.1.0');
  expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
  expect(log.runs).toHaveLength(1);
  const run = log.runs[0];
  if (!run) throw new Error('no run');
  expect(typeof run.tool.driver.name).toBe('string');
  const rules = run.tool.driver.rules;
  expect(Array.isArray(rules)).toBe(true);
  const ruleIds = new Set(rules.map((r) => r.id));
  expect(ruleIds.size).toBe(rules.length);
  expect(run.results).toHaveLength(results);
  for (const result of run.results) {
    expect(ruleIds.has(result.ruleId)).toBe(true);
    expect(rules[result.ruleIndex]?.id).toBe(result.ruleId);
    expect(['error', 'warning', 'note', 'none']).toContain(result.level);
    expect(typeof result.message.text).toBe('string');
    expect(result.locations.length).toBeGreaterThan(0);
    expect(typeof result.locations[0]?.physicalLocation.artifactLocation.uri).toBe('string');
  }
}

describe('ExportSearchResults and ExportSecurityReport', () => {
  it('export the search hits as SARIF, CSV and JSON', async () => {
    await scanTag(webApi);
    await scanTag(await prodTag('nginx', '1.25-alpine'));
    const filters = { InstanceId: webApi.InstanceId, Severity: 'High' };
    const search = await callAction('SearchVulnerabilities', { ...filters, PageSize: 100 });
    expect(search.TotalCount).toBeGreaterThan(0);
    const sarif = await callAction('ExportSearchResults', { ...filters, Format: 'SARIF' });
    expectSarif(JSON.parse(sarif.Content), search.TotalCount);
    const csv = await callAction('ExportSearchResults', { ...filters, Format: 'CSV' });
    const lines = csv.Content.trim().split('\n');
    expect(lines[0]).toBe(
      'CveId,Severity,Cvss,Package,Version,FixedVersion,Ecosystem,Namespace,RepoName,Tag,Digest,ScanTaskId,Excepted,FixState',
    );
    expect(lines).toHaveLength(search.TotalCount + 1);
    const json = JSON.parse((await callAction('ExportSearchResults', { ...filters, Format: 'JSON' })).Content);
    expect(json.Items).toEqual(search.Items);
  }, 60_000);

  it('export the report as JSON equal to GetSecurityReport, CSV sections and HTML', async () => {
    await scanTag(webApi);
    const selector = { InstanceId: webApi.InstanceId, RegionId: 'cn-hangzhou', Days: 7 };
    const report = await callAction('GetSecurityReport', selector);
    const json = JSON.parse((await callAction('ExportSecurityReport', { ...selector, Format: 'JSON' })).Content);
    const { RequestId: _r, Code: _c, IsSuccess: _i, GeneratedTime: _g, ...expected } = report;
    expect({ ...json, GeneratedTime: undefined }).toMatchObject({ ...expected });
    const csv = (await callAction('ExportSecurityReport', { ...selector, Format: 'CSV' })).Content;
    for (const section of ['Summary', 'Trend', 'TopImages', 'TopCves', 'Ecosystems', 'FixProgress', 'Compliance']) {
      expect(csv).toContain(`# ${section}`);
    }
    const html = (await callAction('ExportSecurityReport', { ...selector, Format: 'HTML' })).Content;
    expect(html).toContain('安全报告');
    expect(html).toContain('<svg');
    expect(html).toContain(`${report.Levels.Raw.Total}`);
  }, 60_000);
});

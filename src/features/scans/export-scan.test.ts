import { describe, expect, it } from 'vitest';
import type { ScanVulnerability } from '@/api/contract/scans';
import { translate } from '@/lib/i18n';
import { buildScanCsv, buildScanJson, csvField, exportFileName } from './export-scan';

const row: ScanVulnerability = {
  CveName: 'CVE-2023-5363',
  AliasName: 'openssl: incorrect cipher key',
  Severity: 'High',
  Feature: 'libssl3',
  Version: '3.1.0-r4',
  VersionFixed: '3.1.4-r0',
  VersionFormat: 'apk',
  FixCmd: 'apk upgrade libssl3',
  ScanType: 'cve',
  AddedBy: 'sha256:abc',
  CveLocation: '/lib/apk/db/installed',
  CveLink: 'https://security.alpinelinux.org/vuln/CVE-2023-5363',
  Description: 'Keys, IVs and "lengths"\nwere ignored',
  CvssVector: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N',
  CvssScore: 7.5,
};

describe('csvField', () => {
  it('quotes commas, quotes and line breaks per RFC 4180, leaves plain text alone', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\ntwo')).toBe('"one\ntwo"');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField('')).toBe('');
  });
});

describe('buildScanCsv', () => {
  it('writes a localized header and one quoted record per row', () => {
    const zh = buildScanCsv([row], (key, vars) => translate('zh-CN', key, vars));
    const [header, ...rest] = zh.split('\r\n');
    expect(header?.split(',').slice(0, 3)).toEqual(['漏洞编号', '漏洞类型', '等级']);
    expect(header).toContain('CVSS 向量');
    expect(header).toContain('CVSS 评分');
    const record = rest.join('\r\n');
    expect(record).toContain('CVE-2023-5363,系统漏洞,高危,libssl3,');
    expect(record).toContain(',7.5,');
    expect(record).toContain('"Keys, IVs and ""lengths""\nwere ignored"');
    expect(zh.endsWith('\r\n')).toBe(true);

    const en = buildScanCsv([], (key, vars) => translate('en-US', key, vars));
    expect(en.startsWith('Vulnerability ID,Type,')).toBe(true);
    expect(en).toContain('CVSS Vector');
    expect(en.split('\r\n').filter(Boolean)).toHaveLength(1);
  });
});

describe('buildScanJson', () => {
  it('holds the image, digest, engine, scan time, summary and rows', () => {
    const summary = { HighSeverity: 1, MediumSeverity: 0, LowSeverity: 0, UnknownSeverity: 0, TotalSeverity: 1 };
    const doc = JSON.parse(
      buildScanJson({ image: 'prod/web-api:1.4.2', digest: 'f00d', engine: 'ACR_SCAN_SERVICE', scanTime: 0, summary }, [
        row,
      ]),
    );
    expect(Object.keys(doc)).toEqual(['image', 'digest', 'engine', 'scanTime', 'summary', 'rows']);
    expect(doc).toEqual({
      image: 'prod/web-api:1.4.2',
      digest: 'sha256:f00d',
      engine: 'ACR_SCAN_SERVICE',
      scanTime: '1970-01-01T00:00:00.000Z',
      summary,
      rows: [row],
    });
  });
});

describe('exportFileName', () => {
  it('turns the image into a safe file name', () => {
    expect(exportFileName('prod/web-api:1.4.2', 'csv')).toBe('prod_web-api_1.4.2-scan.csv');
    expect(exportFileName('prod/web-api:1.4.2', 'json')).toBe('prod_web-api_1.4.2-scan.json');
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { backend } from '../node';
import { write } from '../store/transactions';
import { callAction, expectBusinessError } from '../testing/api';
import { allRows, prodTag, scanTag, type TagRef } from '../testing/reports';

let base: TagRef;
let target: TagRef;

beforeEach(async () => {
  await callAction('UpdateDemoSpeed', { Speed: 'instant' });
  base = await prodTag('legacy-portal', '1.0');
  target = await prodTag('legacy-portal', '1.1');
});

const key = (r: { CveName: string; Feature: string }) => `${r.CveName} ${r.Feature}`;

describe('DiffScans', () => {
  it('lists what the clean rebuild (legacy-portal 1.0 → 1.1) fixed, and the package upgrades', async () => {
    const before = await scanTag(base);
    const after = await scanTag(target);
    const diff = await callAction('DiffScans', {
      InstanceId: base.InstanceId,
      Base: { RepoId: base.RepoId, Tag: '1.0' },
      Target: { RepoId: target.RepoId, Tag: '1.1' },
    });
    expect(diff.Base).toMatchObject({ Tag: '1.0', ScanTaskId: before.ScanTaskId, Digest: `sha256:${before.Digest}` });
    expect(diff.Target).toMatchObject({ Tag: '1.1', ScanTaskId: after.ScanTaskId });

    const baseKeys = new Set((await allRows(base)).map(key));
    const targetKeys = new Set((await allRows(target)).map(key));
    const fixed = [...baseKeys].filter((k) => !targetKeys.has(k)).sort();
    expect(fixed.length).toBeGreaterThan(0);
    expect(diff.Vulnerabilities.Fixed.map((v) => `${v.CveId} ${v.Package}`).sort()).toEqual(fixed);
    expect(diff.Vulnerabilities.Added.map((v) => `${v.CveId} ${v.Package}`).sort()).toEqual(
      [...targetKeys].filter((k) => !baseKeys.has(k)).sort(),
    );
    expect(diff.Vulnerabilities.Unchanged).toHaveLength([...targetKeys].filter((k) => baseKeys.has(k)).length);

    expect(diff.PackagesCompared).toBe(true);
    expect(diff.Packages.Upgraded.length).toBeGreaterThan(0);
    for (const up of diff.Packages.Upgraded) expect(up.From).not.toBe(up.To);
    expect(diff.Packages.Unchanged).toBeGreaterThan(0);
  }, 60_000);

  it('compares two scans of one tag (nothing changes) and flags results stored without packages', async () => {
    const first = await scanTag(base);
    const second = await scanTag(base);
    expect(first.ScanTaskId).not.toBe(second.ScanTaskId);
    // A result written before package lists were kept.
    await write(backend.store, ['scanResults'], async (tx) => {
      const result = await tx.objectStore('scanResults').get(first.ScanTaskId ?? '');
      if (!result) throw new Error('no result');
      const { Packages: _p, ...old } = result;
      await tx.objectStore('scanResults').put(old);
    });
    const diff = await callAction('DiffScans', {
      InstanceId: base.InstanceId,
      Base: { RepoId: base.RepoId, Tag: '1.0', ScanTaskId: first.ScanTaskId },
      Target: { RepoId: base.RepoId, Tag: '1.0' },
    });
    expect(diff.Base.ScanTaskId).toBe(first.ScanTaskId);
    expect(diff.Target.ScanTaskId).toBe(second.ScanTaskId);
    expect(diff.Vulnerabilities.Added).toEqual([]);
    expect(diff.Vulnerabilities.Fixed).toEqual([]);
    expect(diff.Vulnerabilities.Unchanged.length).toBeGreaterThan(0);
    expect(diff.PackagesCompared).toBe(false);
    expect(diff.Packages).toEqual({ Added: [], Removed: [], Upgraded: [], Unchanged: 0 });
  }, 60_000);

  it('answers SCAN_TASK_NOT_EXIST for a tag without a COMPLETE scan', async () => {
    await scanTag(base);
    await expectBusinessError(
      'DiffScans',
      {
        InstanceId: base.InstanceId,
        Base: { RepoId: base.RepoId, Tag: '1.0' },
        Target: { RepoId: target.RepoId, Tag: '1.1' },
      },
      'SCAN_TASK_NOT_EXIST',
    );
  }, 60_000);
});

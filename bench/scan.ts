/**
 * Scan throughput on a ~300 MB (uncompressed) 7-layer image, against baselines measured in the same
 * run on the same layer blobs: the real `gzip -dc` (the floor: decompression alone), node:zlib gunzip,
 * `tar -xzOf` (decompress + walk the tar + write every file), and the web-stream pieces the scanner is
 * built on (`DecompressionStream`, then modern-tar's decoder). The image is generated into a temp
 * directory by streaming (layers gzipped with node:zlib, digests with node:crypto), then scanned as
 * `acr-scan image` does it. Peak memory: RSS sampled every 50 ms in-process, and max RSS of one scan
 * in a child process under `/usr/bin/time -v`.
 *
 * Usage: npx tsx --conditions=source bench/scan.ts
 */
import { execFile, spawn } from 'node:child_process';
import { closeSync, createReadStream, mkdtempSync, openSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { writeDockerArchiveFile } from './lib/docker-archive-file';
import { LAYER_PLAN } from './lib/image-layers';
import { type LayerFile, writeLayerFile } from './lib/layer-file';
import { measure, mib, ms, rssSampler, timing } from './lib/measure';
import { type ScanSummary, scanArchive } from './lib/scan-archive';
import { webGunzip } from './lib/web-stream-baseline';

const RUNS = 3;
const ROOT = path.resolve(import.meta.dirname, '..');

/** Runs `command` with stdout to /dev/null; rejects on a non-zero exit. */
function run(command: string, args: string[]): Promise<void> {
  const devNull = openSync('/dev/null', 'w');
  return new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', devNull, 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited ${code}`))));
  }).finally(() => closeSync(devNull));
}

async function nodeGunzip(file: string): Promise<void> {
  await pipeline(createReadStream(file), createGunzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const _ of source);
  });
}

/** One scan in a child process under GNU time; returns its wall time and maximum RSS. */
function childScan(archive: string): Promise<{ ms: number; maxRssKiB: number; summary: ScanSummary }> {
  const args = ['-v', process.execPath, '--conditions=source', '--import', 'tsx', 'bench/lib/scan-child.ts', archive];
  return new Promise((resolve, reject) => {
    execFile('/usr/bin/time', args, { cwd: ROOT, maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      if (error) return reject(new Error(`child scan failed: ${stderr.slice(-2000)}`));
      const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
      const result = JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as { ms: number; summary: ScanSummary };
      resolve({ ...result, maxRssKiB: Number(rss?.[1] ?? Number.NaN) });
    });
  });
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'acr-scan-bench-'));
  try {
    console.log('scan bench: generating the image (streaming to disk)…');
    const genStart = performance.now();
    const layers: LayerFile[] = [];
    for (const [i, plan] of LAYER_PLAN.entries()) {
      layers.push(await writeLayerFile(path.join(dir, `layer-${i}.tar.gz`), plan.entries()));
    }
    const archive = await writeDockerArchiveFile(
      path.join(dir, 'image.tar'),
      layers,
      LAYER_PLAN.map((p) => p.createdBy),
      'bench/scan:300mb',
    );
    const uncompressed = layers.reduce((n, l) => n + l.uncompressedSize, 0);
    const compressed = layers.reduce((n, l) => n + l.compressedSize, 0);
    const files = layers.reduce((n, l) => n + l.files, 0);
    console.log(`scan bench: generated in ${ms(performance.now() - genStart)}`);
    for (const [i, l] of layers.entries()) {
      console.log(
        `scan bench: layer ${i + 1}: ${mib(l.uncompressedSize)} tar, ${mib(l.compressedSize)} gz, ${l.files} files — ${LAYER_PLAN[i]?.createdBy}`,
      );
    }
    console.log(
      `scan bench: image: ${layers.length} layers, ${files} files, ${mib(uncompressed)} uncompressed, ${mib(compressed)} gzip, archive ${mib(archive.size)}`,
    );

    const gzip = await measure(RUNS, async () => {
      for (const l of layers) await run('gzip', ['-dc', l.path]);
    });
    console.log(`scan bench: baseline gzip -dc (all layers → /dev/null): ${timing(gzip)}`);
    const zlib = await measure(RUNS, async () => {
      for (const l of layers) await nodeGunzip(l.path);
    });
    console.log(`scan bench: baseline node:zlib gunzip (all layers): ${timing(zlib)}`);
    const tar = await measure(RUNS, async () => {
      for (const l of layers) await run('tar', ['-xzOf', l.path]);
    });
    console.log(`scan bench: baseline tar -xzOf (all layers, files → /dev/null): ${timing(tar)}`);

    const web = await measure(RUNS, async () => {
      for (const l of layers) await webGunzip(l.path, false);
    });
    console.log(`scan bench: baseline web streams Blob.stream → DecompressionStream: ${timing(web)}`);
    const webTar = await measure(RUNS, async () => {
      for (const l of layers) await webGunzip(l.path, true);
    });
    console.log(`scan bench: baseline web streams + modern-tar decode (bodies drained): ${timing(webTar)}`);

    let summary: ScanSummary | undefined;
    let peakRss = 0;
    const scan = await measure(RUNS, async () => {
      const sampler = rssSampler(50);
      try {
        summary = await scanArchive(archive.path);
      } finally {
        peakRss = Math.max(peakRss, sampler.stop());
      }
    });
    console.log(`scan bench: scanImage (full: read + analyze + match, node:crypto): ${timing(scan)}`);
    if (summary) {
      console.log(
        `scan bench: found: OS ${summary.osFamily}, ${summary.osPackages} OS packages, ${summary.appPackages} app packages in ${summary.applications} applications, ${summary.findings} findings, ${summary.warnings} warnings`,
      );
    }
    console.log(
      `scan bench: ratio scan/gzip -dc: best ${(scan.best / gzip.best).toFixed(2)}x, median ${(scan.median / gzip.median).toFixed(2)}x`,
    );
    let cloudSummary: ScanSummary | undefined;
    const cloud = await measure(RUNS, async () => {
      cloudSummary = await scanArchive(archive.path, { cloud: true });
    });
    console.log(
      `scan bench: scanImage with the cloud engine's inspectors (baseline, secrets, malware): ${timing(cloud)}; ${cloudSummary?.inspected ?? 0} content findings; ratio cloud/trivy scan best ${(cloud.best / scan.best).toFixed(2)}x, cloud/gzip -dc ${(cloud.best / gzip.best).toFixed(2)}x`,
    );
    const ratio = (t: { best: number }) => `${(scan.best / t.best).toFixed(2)}x`;
    console.log(
      `scan bench: ratio scan/other baselines (best/best): node:zlib ${ratio(zlib)}, tar -xzOf ${ratio(tar)}, web streams ${ratio(web)}, web streams + modern-tar ${ratio(webTar)}`,
    );
    console.log(
      `scan bench: throughput: ${(uncompressed / 1024 / 1024 / (scan.best / 1000)).toFixed(1)} MiB/s uncompressed`,
    );
    console.log(`scan bench: peak RSS in-process (sampled every 50 ms, includes the bench itself): ${mib(peakRss)}`);
    const child = await childScan(archive.path);
    console.log(
      `scan bench: child process scan: ${ms(child.ms)} (scan only), max RSS ${mib(child.maxRssKiB * 1024)} (/usr/bin/time -v), ${child.summary.findings} findings`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();

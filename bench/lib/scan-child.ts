/**
 * Child-process entry of bench/scan.ts: scans the archive named in argv once and prints one JSON line
 * (`{ ms, summary }`), so the parent can run it under `/usr/bin/time -v` and read the maximum RSS.
 */
import { scanArchive } from './scan-archive';

const path = process.argv[2];
if (!path) throw new Error('usage: scan-child.ts ARCHIVE');
const start = performance.now();
const summary = await scanArchive(path);
process.stdout.write(`${JSON.stringify({ ms: performance.now() - start, summary })}\n`);

/** Process entry of `acr-scan` (see ./run.ts); `bin/acr-scan.js` loads this file through tsx. */
import { EXIT, runCli } from './run';

let finished = false;
// A reader that stops early (`acr-scan … | head`) closes the pipe: that is the reader's choice, not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  finished = true;
  process.exit(0);
});

// If a stream stalls and the event loop drains before the scan settles, Node would exit 13 with a
// warning about an unsettled promise; say what happened in one line instead.
process.on('exit', () => {
  if (finished) return;
  process.stderr.write('acr-scan: the scan stopped before finishing (an image stream stalled)\n');
  process.exitCode = EXIT.failure;
});

runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then((code) => {
  finished = true;
  process.exitCode = code;
});

/**
 * `vite preview` of a build on its own port, in its own process group, so stopping it also stops the
 * esbuild/npx children it spawns and nothing is left listening after the recording.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

export interface PreviewServer {
  url: string;
  stop: () => void;
}

/** Resolves when nothing listens on the port; rejects with a one-line reason otherwise. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', () => reject(new Error(`port ${port} is busy (choose another with --port)`)));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export async function startPreview(root: string, dist: string, port: number): Promise<PreviewServer> {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error(`no build in ${dist} (run vite build first, or pass --dist)`);
  }
  await assertPortFree(port);
  const url = `http://127.0.0.1:${port}/`;
  const vite = path.join(root, 'node_modules', 'vite', 'bin', 'vite.js');
  const child = spawn(
    process.execPath,
    [vite, 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--outDir', dist],
    { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], detached: true },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const stop = () => killGroup(child);
  // Ctrl-C or a kill of the recorder still takes the server down.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop();
      process.exit(130);
    });
  }
  process.once('exit', stop);
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) {
      throw new Error(`vite preview exited (${child.exitCode}): ${stderr.trim().split('\n').pop() ?? ''}`);
    }
    const up = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return { url, stop };
    await new Promise((r) => setTimeout(r, 100));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within 15 s`);
}

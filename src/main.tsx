/**
 * Boot: start the in-browser backend (the only place src touches mocks), apply the presenter/script URL
 * parameters (?demoSeed=, ?demoSpeed=), then mount the console. The app chunk downloads while the backend
 * starts.
 */
import { createRoot } from 'react-dom/client';
import { callAction } from '@/api/client';
import { DEMO_SEEDS, DEMO_SPEEDS, type DemoSeedName, type DemoSpeed } from '@/api/contract/console';

const isSeed = (v: string | null): v is DemoSeedName => DEMO_SEEDS.some((s) => s === v);
const isSpeed = (v: string | null): v is DemoSpeed => DEMO_SPEEDS.some((s) => s === v);

async function applyDemoParams(): Promise<void> {
  const url = new URL(window.location.href);
  const seed = url.searchParams.get('demoSeed');
  const speed = url.searchParams.get('demoSpeed');
  if (seed === null && speed === null) return;
  if (isSeed(seed)) await callAction('ResetDemoWorld', { SeedName: seed });
  if (isSpeed(speed)) await callAction('UpdateDemoSpeed', { Speed: speed });
  // Consumed: a reload must not reset the world again.
  url.searchParams.delete('demoSeed');
  url.searchParams.delete('demoSpeed');
  window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
}

async function boot(): Promise<void> {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root is missing from index.html');
  const app = import('./app/app');
  const root = createRoot(container);
  try {
    const { startMockBackend } = await import('@mocks/browser');
    await startMockBackend({ baseUrl: import.meta.env.BASE_URL });
    await applyDemoParams();
  } catch (error) {
    await (await app).mountBootError(root, error);
    return;
  }
  await (await app).mountApp(root);
}

void boot();

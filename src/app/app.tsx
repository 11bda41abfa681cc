/** Entry points main.tsx calls once the backend is (or failed to be) ready. */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { loadLocale } from '@/lib/i18n';
import { useUiStore } from '@/stores/ui-store';
import { loadBootErrorPage } from './lazy-error-pages';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

// The chosen language's catalog downloads while the backend starts (main.tsx imports this module first).
const localeReady = loadLocale(useUiStore.getState().locale);

export async function mountApp(root: Root): Promise<void> {
  await localeReady;
  const router = createAppRouter();
  root.render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

export async function mountBootError(root: Root, error: unknown): Promise<void> {
  await localeReady;
  const BootErrorPage = await loadBootErrorPage();
  root.render(
    <StrictMode>
      <AppProvider>
        <BootErrorPage error={error} />
      </AppProvider>
    </StrictMode>,
  );
}

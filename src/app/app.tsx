/** Entry points main.tsx calls once the backend is (or failed to be) ready. */
import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { BootErrorPage } from './boot-error-page';
import { AppProvider } from './provider';
import { createAppRouter } from './router';

export function mountApp(root: Root): void {
  const router = createAppRouter();
  root.render(
    <StrictMode>
      <AppProvider>
        <RouterProvider router={router} />
      </AppProvider>
    </StrictMode>,
  );
}

export function mountBootError(root: Root, error: unknown): void {
  root.render(
    <StrictMode>
      <AppProvider>
        <BootErrorPage error={error} />
      </AppProvider>
    </StrictMode>,
  );
}

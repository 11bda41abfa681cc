/**
 * Vite: React, path aliases, the `source` export condition (so @acr-console/core is read as TypeScript),
 * ES-module workers, and a sub-path `base` from $BASE (e.g. `BASE=/console/ npm run build`).
 * Nothing is fetched from outside at runtime: no CDN, no web fonts.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const base = process.env.BASE ?? '/';

export default defineConfig({
  base: base.endsWith('/') ? base : `${base}/`,
  plugins: [react()],
  resolve: {
    alias: {
      '@/': fileURLToPath(new URL('./src/', import.meta.url)),
      '@mocks/': fileURLToPath(new URL('./mocks/', import.meta.url)),
    },
    conditions: ['source', ...defaultClientConditions],
  },
  worker: { format: 'es' },
  build: {
    // antd's own chunk is legitimately above Vite's 500 KB default; first-route weight is watched instead.
    chunkSizeWarningLimit: 900,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // Stable, rarely-changing libraries get their own long-cached chunks; antd is left to the
            // automatic splitter so each lazy page pulls only the components it uses.
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 20 },
            { name: 'data', test: /node_modules[\\/](@tanstack|zustand|zod)[\\/]/, priority: 10 },
          ],
        },
      },
    },
  },
});

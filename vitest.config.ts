import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const alias = {
  '@/': fileURLToPath(new URL('./src/', import.meta.url)),
  '@mocks/': fileURLToPath(new URL('./mocks/', import.meta.url)),
};

// Two projects: the scan core runs in plain Node; the console's non-visual code (contract, client,
// mock backend services) also runs in Node with fake-indexeddb standing in for the browser's store.
export default defineConfig({
  resolve: { alias, conditions: ['source'] },
  test: {
    projects: [
      {
        resolve: { alias, conditions: ['source'] },
        test: { name: 'core', environment: 'node', include: ['packages/core/src/**/*.test.ts'] },
      },
      {
        resolve: { alias, conditions: ['source'] },
        test: {
          name: 'app',
          environment: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'mocks/**/*.test.ts', 'scripts/**/*.test.ts'],
          setupFiles: ['mocks/testing/setup-node.ts', 'src/lib/i18n-test-setup.ts'],
        },
      },
    ],
  },
});

/**
 * Vitest setup of the `app` project: an in-memory IndexedDB (a fresh one for every test), the mock backend
 * listening through MSW, and the typed client pointed at it.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { setApiBase } from '@/api/client';
import { backend, server, TEST_API_URL } from '../node';

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
});

beforeEach(() => {
  // A new factory is a new, empty browser profile: every test starts from the first-start seeding.
  backend.store.close();
  globalThis.indexedDB = new IDBFactory();
  setApiBase(TEST_API_URL);
});

// A test may put the backend on a clock of its own; the next one starts on the system clock again.
const systemClock = backend.clock;
afterEach(() => {
  server.resetHandlers();
  backend.clock = systemClock;
});

afterAll(() => {
  server.close();
  backend.store.close();
});

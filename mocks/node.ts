/**
 * The mock backend for Node (Vitest): the same handlers behind MSW's request interception. Latency is off so
 * tests run at full speed; the backend context is exported so tests can close it between databases.
 */
import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createServiceContext } from './services/context';

/** Where tests point the client: `setApiBase(TEST_API_URL)`. */
export const TEST_API_URL = 'http://localhost/api/';

export const backend = createServiceContext();

export const server = setupServer(...createHandlers(TEST_API_URL, { context: backend, latency: false }));

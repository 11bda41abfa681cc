/**
 * The connection to the backend's IndexedDB database. The connection is kept open between requests (opening
 * one costs more than a request), but no data is cached: every service call reads what it needs inside its
 * own transaction, so several tabs always see each other's writes.
 */
import { openDB } from 'idb';
import { DB_NAME, latestVersion, MIGRATIONS, type Migration, runMigrations } from './migrations';
import type { AcrDatabase, AcrDbSchema } from './schema';

/** The store cannot be used (no IndexedDB, blocked upgrade, quota, newer schema…); the message says why. */
export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

export interface StoreOptions {
  /** Database name; tests use their own to run several isolated backends. */
  name?: string;
  /** Migrations to apply; tests pass a longer list to exercise an upgrade. */
  migrations?: readonly Migration[];
  /** How long to wait for other tabs to release an older version before reporting the block. */
  blockedTimeoutMs?: number;
  /** How long an open may take at most (it can wait silently behind another tab's pending upgrade). */
  openTimeoutMs?: number;
}

export interface Store {
  readonly name: string;
  readonly version: number;
  /** The open connection, opening (and migrating) the database on first use or after it was closed. */
  db(): Promise<AcrDatabase>;
  /** Closes the connection; the next `db()` opens a new one. */
  close(): void;
}

const BLOCKED_MESSAGE =
  'The demo database is held open by another tab running an older version of the console. ' +
  'Close the other tabs of this console and reload.';

/** Creates a handle on the backend database. Nothing is opened until the first `db()`. */
export function createStore(options: StoreOptions = {}): Store {
  const name = options.name ?? DB_NAME;
  const migrations = options.migrations ?? MIGRATIONS;
  const version = latestVersion(migrations);
  const blockedTimeoutMs = options.blockedTimeoutMs ?? 3000;
  const openTimeoutMs = options.openTimeoutMs ?? 15_000;
  /** The connection, or the attempt to open it. */
  let connection: Promise<AcrDatabase> | undefined;
  let current: AcrDatabase | undefined;
  /**
   * Set while an attempt we gave up on is still queued in IndexedDB. A second open would only queue behind
   * it without ever being told it is blocked, so requests fail fast with this error until the attempt ends.
   */
  let stalled: StoreUnavailableError | undefined;

  const adopt = (db: AcrDatabase) => {
    current = db;
    connection = Promise.resolve(db);
  };
  const forget = (db: AcrDatabase) => {
    if (current === db) {
      current = undefined;
      connection = undefined;
    }
  };

  const open = () =>
    new Promise<AcrDatabase>((resolve, reject) => {
      if (typeof indexedDB === 'undefined') {
        reject(
          new StoreUnavailableError('This browser offers no IndexedDB, so the demo backend cannot keep its data.'),
        );
        return;
      }
      let settled = false;
      let blockedTimer: ReturnType<typeof setTimeout> | undefined;
      const giveUp = (error: StoreUnavailableError) => {
        if (settled) return;
        settled = true;
        clearTimeout(blockedTimer);
        clearTimeout(openTimer);
        stalled = error;
        reject(error);
      };
      const openTimer = setTimeout(
        () =>
          giveUp(
            new StoreUnavailableError(
              `The demo database did not open within ${Math.round(openTimeoutMs / 1000)} s; another tab may be ` +
                'upgrading it. Close the other tabs of this console and reload.',
            ),
          ),
        openTimeoutMs,
      );
      let opened: AcrDatabase | undefined;
      openDB<AcrDbSchema>(name, version, {
        upgrade(db, oldVersion, _newVersion, tx) {
          runMigrations(
            migrations,
            db as unknown as Parameters<typeof runMigrations>[1],
            oldVersion,
            tx as unknown as Parameters<typeof runMigrations>[3],
          );
        },
        blocked() {
          blockedTimer ??= setTimeout(() => giveUp(new StoreUnavailableError(BLOCKED_MESSAGE)), blockedTimeoutMs);
        },
        // Another tab wants to upgrade or delete the database: step aside; the next request reopens.
        blocking() {
          if (!opened) return;
          opened.close();
          forget(opened);
        },
        terminated() {
          if (opened) forget(opened);
        },
      }).then(
        (db) => {
          opened = db;
          clearTimeout(blockedTimer);
          clearTimeout(openTimer);
          if (settled) {
            // The attempt we reported as failed went through after all (the other tab closed): use it.
            stalled = undefined;
            adopt(db);
            return;
          }
          settled = true;
          current = db;
          resolve(db);
        },
        (error: unknown) => {
          clearTimeout(blockedTimer);
          clearTimeout(openTimer);
          if (settled) {
            stalled = undefined;
            return;
          }
          settled = true;
          reject(describeOpenError(error));
        },
      );
    });

  return {
    name,
    version,
    db() {
      if (stalled) return Promise.reject(stalled);
      connection ??= open().catch((error: unknown) => {
        // Let the next request try again (the other tab may be gone by then).
        connection = undefined;
        throw error;
      });
      return connection;
    },
    close() {
      current?.close();
      current = undefined;
      connection = undefined;
    },
  };
}

function describeOpenError(error: unknown): StoreUnavailableError {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  const detail = error instanceof Error ? error.message : String(error);
  if (name === 'VersionError') {
    return new StoreUnavailableError(
      'The demo database was upgraded by a newer version of the console (in another tab). Reload this page.',
      { cause: error },
    );
  }
  if (name === 'QuotaExceededError') {
    return new StoreUnavailableError(
      'The browser refused storage for the demo database (quota exceeded). Free some site data and reload.',
      { cause: error },
    );
  }
  return new StoreUnavailableError(`The demo database could not be opened: ${detail}`, { cause: error });
}

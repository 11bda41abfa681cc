/**
 * The part of sql.js (https://sql.js.org/documentation/) the rpm analyzer uses; the package ships no typings.
 * Loaded with a dynamic import so images without an rpm database never pay for the wasm.
 */
declare module 'sql.js' {
  export interface SqlJsConfig {
    /** The wasm module's bytes; when given, sql.js does not fetch or read `sql-wasm.wasm` itself. */
    wasmBinary?: ArrayBuffer | Uint8Array;
    locateFile?: (file: string) => string;
  }
  export type SqlValue = number | string | Uint8Array | null;
  export interface Statement {
    step(): boolean;
    get(): SqlValue[];
    free(): boolean;
  }
  export interface Database {
    prepare(sql: string): Statement;
    close(): void;
  }
  export interface SqlJsStatic {
    Database: new (data?: Uint8Array) => Database;
  }
  export default function initSqlJs(config?: SqlJsConfig): Promise<SqlJsStatic>;
}

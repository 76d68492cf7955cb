// Loads sql.js once per process. The wasm file sits next to the package's main
// file; resolving it through Node keeps this working from the sources (tests),
// the Electron build and the CLI build alike. A packaged app keeps the wasm
// outside its asar archive and says where (useSqlWasmFile).
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

const nodeRequire = createRequire(import.meta.url);
let loading: Promise<SqlJsStatic> | null = null;
let wasmFile: string | null = null;

/** Before the first database opens: load the wasm from this file instead of next to sql.js. */
export function useSqlWasmFile(file: string): void {
  wasmFile = file;
}

/** The wasm file set with useSqlWasmFile, or null: a worker thread that opens databases is told the same. */
export function sqlWasmFile(): string | null {
  return wasmFile;
}

export function sqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file: string) => wasmFile ?? nodeRequire.resolve(`sql.js/dist/${file}`) });
  return loading;
}

// Loads sql.js once per process. The wasm file sits next to the package's main
// file; resolving it through Node keeps this working from the sources (tests),
// the Electron build and the CLI build alike.
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import type { SqlJsStatic } from 'sql.js';

const nodeRequire = createRequire(import.meta.url);
let loading: Promise<SqlJsStatic> | null = null;

export function sqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: (file: string) => nodeRequire.resolve(`sql.js/dist/${file}`) });
  return loading;
}

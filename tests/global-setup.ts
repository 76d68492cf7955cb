// Tests that run built output (the CLI, the Electron wiring, real worker threads)
// need an up-to-date build: build once per run when out/ is missing or older than src/.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const BUILT = [
  'out/main/index.js',
  'out/worker/import-worker.mjs',
  'out/worker/search-worker.mjs',
  'out/preload/index.js',
  'out/renderer/index.html',
  'out/cli/folio.js',
  'out/licences.json',
];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export default function setup(): void {
  const oldestBuilt = Math.min(...BUILT.map((f) => (existsSync(f) ? statSync(f).mtimeMs : 0)));
  if (oldestBuilt > newestMtime('src')) return;
  execSync('npm run build', { stdio: 'inherit' });
}

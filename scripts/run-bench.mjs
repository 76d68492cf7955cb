// `npm run bench -- [options]`: builds the CLI and the worker threads the benchmark drives,
// then runs bench/run.ts (TypeScript, through tsx) with the same arguments. Both are always
// rebuilt: a worker left from an older build measures (or cannot read) another index format.
// The renderer is built only when missing: rebuilding out/renderer under a running e2e suite
// would pull files from under it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// The app's search-to-paint figures need its renderer.
const built = existsSync('out/renderer/index.html')
  ? run(['scripts/build-workers.mjs']) || run(['scripts/build-cli.mjs'])
  : (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status ?? 1);
process.exitCode = built !== 0 ? built : run(['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)]);

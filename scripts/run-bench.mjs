// `npm run bench -- [options]`: builds the CLI the benchmark drives, then runs
// bench/run.ts (TypeScript, through tsx) with the same arguments. Only the CLI
// is rebuilt: the bench uses nothing else, and rebuilding out/renderer under a
// running e2e suite would pull files from under it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function run(args) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

// The app's search figures need its search worker and renderer: built once, when missing.
const appBuilt = existsSync('out/worker/search-worker.mjs') && existsSync('out/renderer/index.html');
const built = appBuilt ? run(['scripts/build-cli.mjs']) : (spawnSync('npm', ['run', 'build'], { stdio: 'inherit' }).status ?? 1);
process.exitCode = built !== 0 ? built : run(['--import', 'tsx', 'bench/run.ts', ...process.argv.slice(2)]);

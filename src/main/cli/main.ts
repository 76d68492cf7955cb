// `folio`: the library service on the command line (the Node build in out/cli).
import { fileURLToPath } from 'node:url';
import { endWithParent, releaseSemiSpace, runTuned, wantsTunedProcess } from './tuned-launch';

const argv = process.argv.slice(2);
if (wantsTunedProcess(argv)) {
  process.exitCode = await runTuned(fileURLToPath(import.meta.url), argv);
} else {
  endWithParent();
  releaseSemiSpace();
  // Loaded only here: the parent of a tuned child holds no more than it needs to wait for it.
  const { runCli } = await import('./run-cli');
  process.exitCode = await runCli(argv, fileURLToPath(new URL('./import-worker.js', import.meta.url)));
}

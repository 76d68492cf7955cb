// `folio`: the library service on the command line (the Node build in out/cli).
import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

process.exitCode = await runCli(process.argv.slice(2), fileURLToPath(new URL('./import-worker.js', import.meta.url)));

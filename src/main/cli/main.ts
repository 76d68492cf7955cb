// `folio`: the library service on the command line.
import { fileURLToPath } from 'node:url';
import { FolioError } from '../folio-error';
import { USAGE, UsageError, parseCliArgs } from './args';
import { runCommand } from './commands';

async function main(): Promise<number> {
  try {
    const args = parseCliArgs(process.argv.slice(2));
    // A warning means the library was damaged and some data could not be recovered: the exit says so too.
    let warned = false;
    await runCommand(args, {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(text),
      warn: (text) => {
        warned = true;
        process.stderr.write(`folio: warning: ${text}\n`);
      },
      workerFile: fileURLToPath(new URL('./import-worker.js', import.meta.url)),
    });
    return warned ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`folio: ${error.message}\n\n${USAGE}\n`);
      return 2;
    }
    const message = error instanceof FolioError ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`;
    process.stderr.write(`folio: ${message}\n`);
    return 1;
  }
}

process.exitCode = await main();

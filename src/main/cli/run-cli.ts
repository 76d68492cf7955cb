// Runs one `folio` command line and returns the exit code. Two entries use it: the Node
// CLI (main.ts) and the desktop app when it is started with a command (`folio search …`
// from the deb's PATH, the AppImage or the app's executable), so installed users need no Node.
import { FolioError } from '../folio-error';
import { USAGE, UsageError, parseCliArgs } from './args';
import { runCommand } from './commands';

export async function runCli(argv: string[], workerFile: string): Promise<number> {
  try {
    const args = parseCliArgs(argv);
    // A warning means the library was damaged and some data could not be recovered: the exit says so too.
    let warned = false;
    await runCommand(args, {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(text),
      warn: (text) => {
        warned = true;
        process.stderr.write(`folio: warning: ${text}\n`);
      },
      workerFile,
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

// Runs one `folio` command line and returns the exit code. Two entries use it: the Node
// CLI (main.ts) and the desktop app when it is started with a command (`folio search …`
// from the deb's PATH, the AppImage or the app's executable), so installed users need no Node.
import { FolioError } from '../folio-error';
import { UsageError, parseCliArgs } from './args';
import type { CliArgs } from './args';
import { runCommand } from './commands';
import type { CliIo } from './commands';
import { terminalSafe } from './terminal-text';
import { usageOf } from './usage';

const printOut = (text: string): boolean => process.stdout.write(`${terminalSafe(text)}\n`);
const printErr = (text: string): boolean => process.stderr.write(`${terminalSafe(text)}\n`);

function terminalIo(args: CliArgs, workerFile: string, warned: () => void): CliIo {
  return {
    // JSON output escapes control characters (terminalJson); everything else reaches a terminal without them.
    out: (text) => (args.json ? process.stdout.write(`${text}\n`) : printOut(text)),
    err: (text) => printErr(`folio: ${text}`),
    warn: (text) => {
      warned();
      printErr(`folio: warning: ${text}`);
    },
    progress:
      args.json || !process.stderr.isTTY
        ? null
        : { show: (text) => process.stderr.write(`\r${terminalSafe(text)}`), end: () => process.stderr.write('\n') },
    workerFile,
  };
}

export async function runCli(argv: string[], workerFile: string): Promise<number> {
  try {
    const invocation = parseCliArgs(argv);
    if (invocation.kind === 'help') {
      printOut(invocation.text);
      return 0;
    }
    // A warning means the library was damaged and some data could not be recovered: the exit says so too.
    let warned = false;
    const io = terminalIo(invocation.args, workerFile, () => (warned = true));
    await runCommand(invocation.args, io);
    return warned ? 1 : 0;
  } catch (error) {
    if (error instanceof UsageError) {
      printErr(`folio: ${error.message}\n\n${usageOf(error.command)}`);
      return 2;
    }
    const message = error instanceof FolioError ? error.message : `unexpected error: ${(error as Error).stack ?? String(error)}`;
    printErr(`folio: ${message}`);
    return 1;
  }
}

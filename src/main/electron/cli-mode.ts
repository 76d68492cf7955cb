// `folio <command> …` from an installed app: the CLI runs in the app's own main process
// (the installed app has no Node of its own, and RunAsNode is fused off), prints, and exits
// without a window.
import { app } from 'electron';
import { runCli } from '../cli/run-cli';

export async function runCliAndExit(args: string[], workerFile: string): Promise<void> {
  app.dock?.hide();
  const code = await runCli(args, workerFile);
  // Exiting at once could cut off output still queued for a pipe.
  await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
  app.exit(code);
}

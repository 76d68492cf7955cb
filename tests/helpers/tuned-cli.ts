// main.ts's shape (src/main/cli/main.ts) with stand-in commands, for the tuned launch's tests:
//   import echo <args…>   prints its arguments, settings and standard input as JSON, a line on stderr, exits 7
//   import wait           prints its pid, then waits until it is ended
import { fileURLToPath } from 'node:url';
import { endWithParent, runTuned, wantsTunedProcess } from '../../src/main/cli/tuned-launch';

async function standardInput(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text;
}

const argv = process.argv.slice(2);
if (wantsTunedProcess(argv)) {
  process.exitCode = await runTuned(fileURLToPath(import.meta.url), argv);
} else if (argv[1] === 'echo') {
  endWithParent();
  const { MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_ } = process.env;
  const settings = { execArgv: process.execArgv, MALLOC_ARENA_MAX, MALLOC_MMAP_THRESHOLD_ };
  process.stdout.write(JSON.stringify({ pid: process.pid, argv, ...settings, stdin: await standardInput() }));
  process.stderr.write('a line on stderr\n');
  process.exitCode = 7;
} else {
  endWithParent();
  process.stdout.write(`${process.pid}\n`);
  setInterval(() => undefined, 1000);
}

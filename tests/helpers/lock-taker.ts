// A separate process that takes library locks, for the lock tests:
//   hold <base> <count>              locks <base>/lib-0 … lib-<count-1>, says "held", waits to be killed
//   take <base> <count> <go> <done>  waits for the file <go>, tries each lock once, prints the
//                                    indexes it got (JSON), keeps them until the file <done> appears
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LibraryLock } from '../../src/main/store/library-lock';

const [mode, base, countArg, go, done] = process.argv.slice(2);
const count = Number(countArg);
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const waitFor = async (path: string): Promise<void> => {
  while (!existsSync(path)) await pause(2);
};
const say = (line: string): Promise<void> => new Promise((ok) => process.stdout.write(`${line}\n`, () => ok()));

const held: LibraryLock[] = [];
if (mode === 'hold') {
  for (let i = 0; i < count; i++) held.push(LibraryLock.acquire(join(base as string, `lib-${i}`)));
  await say('held');
  await pause(600_000);
} else if (mode === 'take') {
  await waitFor(go as string);
  const got: number[] = [];
  for (let i = 0; i < count; i++) {
    try {
      held.push(LibraryLock.acquire(join(base as string, `lib-${i}`)));
      got.push(i);
    } catch {
      // another taker holds it
    }
  }
  await say(JSON.stringify(got));
  await waitFor(done as string);
}
for (const lock of held) lock.release();

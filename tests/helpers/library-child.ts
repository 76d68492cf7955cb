// A separate process that works on a library until the test kills it (SIGKILL):
//   import <library> <folder>     imports with a commit every few articles, real worker threads;
//                                 prints 'opened', then 'committed' after the first commit
//   save-loop <library> <from>    changes the star of articles from, from+1, … (each once) and
//                                 commits library.db after each, printing every change only
//                                 once its save has completed
//   images <library>              downloads every article's remote images (this machine's
//                                 loopback servers allowed), committing every few dozen ms
import { resolve } from 'node:path';
import { LibraryService } from '../../src/main/service';

const [mode, dir, folder] = process.argv.slice(2); // folder: the import folder, or save-loop's first index
if (!mode || !dir) throw new Error('usage: library-child <mode> <library> [folder]');

const say = (line: string): Promise<void> => new Promise((done) => process.stdout.write(`${line}\n`, () => done()));

// 'committed' once the import's first commit has completed: a progress report after a 'saving' one.
let saving = false;
let committed = false;
const service = await LibraryService.open({
  dir,
  workerFile: resolve('out/worker/import-worker.mjs'),
  imageUrl: (id) => id,
  emit: (event) => {
    if (event.type !== 'import-progress' || committed) return;
    if (event.progress.phase === 'saving') saving = true;
    else if (saving) {
      committed = true;
      // Fire and forget: say() cannot reject, and the test only reads the line.
      void say('committed');
    }
  },
  checkpoints: { intervalMs: 50, articles: 25 },
  localHosts: 'loopback',
  imageTuning: { checkpointMs: 30 },
});

if (mode === 'import') {
  await say('opened');
  await service.importFolders([folder as string]);
  await say('done');
} else if (mode === 'images') {
  await say('opened');
  await service.downloadImages({ kind: 'view', view: { kind: 'all' } });
  await say('done');
} else if (mode === 'save-loop') {
  const ids = service.library.catalog.page({ kind: 'all' }, true, 0, 100_000).ids;
  for (let k = Number(folder); k < ids.length; k++) {
    const id = ids[k] as number;
    await service.setArticleState({ ids: [id], starred: true, read: k % 2 === 0 });
    await say(`state ${id} ${k % 2 === 0 ? 1 : 0}`);
    await service.library.checkpoint();
    await say(`commit ${k}`);
  }
}
await service.close();

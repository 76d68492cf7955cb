// Whatever fails during an import, and wherever, the job ends with exactly one
// import-finished event carrying a report: the app never shows an import running
// forever. Each case puts one fault into one stage of a real job.
import { describe, expect, it } from 'vitest';
import type { FolioEvent } from '../../../src/shared/contract';
import { ImportRunner } from '../../../src/main/import/job/import-runner';
import { WorkerBrokenError } from '../../../src/main/import/job/import-workers';
import type { ImportWorkers } from '../../../src/main/import/job/import-work';
import { inlineWorkers } from '../../../src/main/import/job/inline-workers';
import { Library } from '../../../src/main/library/library';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

interface Fault {
  stage: string;
  /** Puts the fault in place; returns what the report's error must say (null: the job itself goes on). */
  inject(library: Library, workers: ImportWorkers, events: { throwOn: FolioEvent['type'] | null }): RegExp | null;
  startFails?: boolean;
}

const boom = (what: string) => Promise.reject(new Error(`${what} failed`));

const FAULTS: Fault[] = [
  { stage: 'starting the workers', startFails: true, inject: () => /The import stopped: no workers/ },
  {
    stage: 'scanning (a progress listener throws)',
    inject: (_l, _w, events) => ((events.throwOn = 'import-progress'), /The import stopped: listener broke/),
  },
  {
    stage: 'preparing',
    inject: (_l, w) => ((w.prepare = () => Promise.reject(new WorkerBrokenError('the import worker cannot start: x'))), /cannot start/),
  },
  {
    stage: 'storing',
    inject: (l) => {
      l.db.insertArticle = () => {
        throw new Error('disk full');
      };
      return null;
    },
  },
  { stage: 'indexing', inject: (_l, w) => ((w.indexFlush = () => boom('flush')), /flush failed/) },
  { stage: 'committing', inject: (l) => ((l.checkpoint = () => boom('checkpoint')), /checkpoint failed/) },
  { stage: 'closing the workers', inject: (_l, w) => ((w.close = () => boom('close')), null) },
  { stage: 'telling the app it finished', inject: (_l, _w, events) => ((events.throwOn = 'import-finished'), null) },
];

describe('an import job ends with exactly one finished event', () => {
  it.each(FAULTS)('when $stage fails', async (fault) => {
    const root = tempDir();
    writeFiles(root, {
      'a.txt': feedCapture('First', 'https://example.com/a', '<p>第一篇。</p>'),
      'b.txt': feedCapture('Second', 'https://example.com/b', '<p>第二篇。</p>'),
    });
    const library = await Library.open(tempDir(), { readOnly: false });
    const events: FolioEvent[] = [];
    const listener = { throwOn: null as FolioEvent['type'] | null };
    const workers = inlineWorkers();
    const expected = fault.inject(library, workers, listener);
    const runner = new ImportRunner(
      library,
      () => (fault.startFails ? Promise.reject(new Error('no workers')) : Promise.resolve(workers)),
      (event) => {
        events.push(event);
        if (event.type === listener.throwOn) throw new Error('listener broke');
      },
      undefined,
    );
    try {
      const report = await runner.wait(runner.start([root]));
      expect(events.filter((e) => e.type === 'import-finished')).toHaveLength(1);
      expect(runner.busy).toBe(false);
      if (expected) expect(report.error).toMatch(expected);
      else expect(report.error).toBeNull();
      // The runner takes the next job.
      expect(() => runner.start([root])).not.toThrow();
      await runner.stop();
    } finally {
      await library.close();
    }
  });
});

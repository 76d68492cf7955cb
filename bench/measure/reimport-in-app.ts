// Re-importing an unchanged folder the way the app does it: the library already
// open, the same import run twice through the service with its worker threads.
// The CLI figures include starting a process and opening the library, which at
// 1,000 articles cost more than the re-import itself.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LibraryService } from '../../src/main/service';

export interface InAppReimport {
  articles: number;
  firstSeconds: number;
  reimportSeconds: number;
  unchanged: number;
}

async function timedImport(service: LibraryService, folder: string) {
  const started = performance.now();
  const { report } = await service.importFolders([folder]);
  return { seconds: (performance.now() - started) / 1000, report };
}

export async function timeReimportInApp(corpusDir: string, workerFile: string): Promise<InAppReimport> {
  const library = mkdtempSync(join(tmpdir(), 'folio-bench-reimport-'));
  try {
    const service = await LibraryService.open({
      dir: library,
      workerFile,
      imageUrl: (id) => `folio-image://image/${id}`,
      emit: () => undefined,
    });
    try {
      const first = await timedImport(service, corpusDir);
      const again = await timedImport(service, corpusDir);
      if (again.report.imported + again.report.updated > 0) throw new Error('re-importing the unchanged folder changed the library');
      return {
        articles: first.report.imported,
        firstSeconds: first.seconds,
        reimportSeconds: again.seconds,
        unchanged: again.report.unchanged,
      };
    } finally {
      await service.close();
    }
  } finally {
    rmSync(library, { recursive: true, force: true });
  }
}

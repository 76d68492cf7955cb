// A library service that may download images from this machine's loopback servers
// (the tests start them), with short waits, and articles that show remote images.
import type { FolioEvent } from '../../src/shared/contract';
import { LibraryService } from '../../src/main/service';
import { writeFiles } from './article-files';

export const FAST_TUNING = { backoffMs: 20, maxPauseMs: 300, retries: 2, timeoutMs: 5_000, checkpointMs: 50 };

export function openImageService(dir: string, events: FolioEvent[] = []): Promise<LibraryService> {
  return LibraryService.open({
    dir,
    workerFile: null,
    imageUrl: (id) => `folio-image://image/${id}`,
    emit: (e) => events.push(e),
    localHosts: 'loopback',
    imageTuning: FAST_TUNING,
  });
}

export interface PictureArticle {
  name: string;
  source?: string;
  images: { url: string; alt?: string }[];
}

/** Markdown articles, each with its images (and its own URL, the Referer they are asked for with). */
export function writePictureArticles(root: string, articles: readonly PictureArticle[]): void {
  const files: Record<string, string> = {};
  for (const a of articles) {
    files[`${a.name}.md`] = [
      '---',
      `title: ${a.name}`,
      'date: 2023-05-01',
      `source: ${a.source ?? 'Pictures'}`,
      `url: https://news.example/${a.name}`,
      '---',
      `The story of ${a.name}.`,
      '',
      ...a.images.map((i) => `![${i.alt ?? `${a.name} picture`}](${i.url})\n`),
    ].join('\n');
  }
  writeFiles(root, files);
}

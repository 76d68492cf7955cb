// `folio images`: which articles' images to download, and the report in words.
import type { ImageJobReport } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { JobScope } from '../images/image-job';
import type { LibraryService } from '../service';
import type { CliArgs } from './args';

export function imageScope(service: LibraryService, args: CliArgs['images']): JobScope {
  if (args.article !== null) {
    if (!service.library.catalog.has(args.article)) throw new FolioError('not-found', `There is no article ${args.article} in the library.`);
    return { kind: 'article', id: args.article };
  }
  if (args.source === null) return { kind: 'view', view: { kind: 'all' } };
  const source = service.library.db.sources().find((s) => s.name === args.source);
  if (!source) throw new FolioError('not-found', `There is no source "${args.source}" in the library.`);
  return { kind: 'view', view: { kind: 'source', sourceId: source.id } };
}

export function describeImageReport(r: ImageJobReport): string {
  const { downloaded, alreadyLocal, skipped, failed } = r.images;
  const lines = [
    `Downloaded ${downloaded} images (${(r.bytes / 1e6).toFixed(1)} MB) for ${r.articles} articles; ` +
      `${alreadyLocal} already in the library, ${skipped} skipped, ${failed.length} failed.`,
  ];
  for (const f of failed) lines.push(`failed   ${f.url}: ${f.reason}`);
  return lines.join('\n');
}

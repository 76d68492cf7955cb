// `folio images`: which articles' images to download, and the report in words.
import type { ImageJobReport, ImageScope } from '../../shared/model';
import { FolioError } from '../folio-error';
import type { CliArgs } from './args';
import type { CliFolio } from './cli-folio';

/** --article as is (the job says when there is no such article); --source by any name the library knows it by. */
export async function imageScope(folio: CliFolio, args: CliArgs['images']): Promise<ImageScope> {
  if (args.article !== null) return { kind: 'article', id: args.article };
  const name = args.source;
  if (name === null) return { kind: 'view', view: { kind: 'all' } };
  const { sources } = await folio.call('getOverview', {});
  const source = sources.find((s) => s.name === name || s.importedName === name || s.merged.includes(name));
  if (!source) throw new FolioError('not-found', `There is no source "${name}" in the library.`);
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

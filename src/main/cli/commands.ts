// What each command does with the library service and what it prints.
import { resolve } from 'node:path';
import type { ImportReport, ScoreParts } from '../../shared/model';
import { describeImageReport, imageScope } from './images-command';
import { FolioError } from '../folio-error';
import { articleDetailWithText } from '../queries/article-detail';
import { LibraryService } from '../service';
import type { CliArgs } from './args';
import { checkCommand, describeCheck, describeRepair, failUnlessOk, warnAboutDamage } from './data-commands';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** Damage the library reported: printed, and the command exits non-zero (data was lost). */
  warn(text: string): void;
  workerFile: string | null;
}

const json = (value: unknown): string => JSON.stringify(value, null, 2);

function openService(args: CliArgs, io: CliIo, readOnly: boolean): Promise<LibraryService> {
  return LibraryService.open({
    dir: resolve(args.library),
    workerFile: io.workerFile,
    readOnly,
    localHosts: args.images.allowLocalHosts ? 'allow' : 'refuse',
    // The CLI shows no images; ids are enough to find them.
    imageUrl: (id) => `folio-image://image/${id}`,
    emit: (event) => {
      if (event.type === 'import-progress' && !args.json && process.stderr.isTTY) {
        const p = event.progress;
        io.err(`\r${p.phase} ${p.filesDone}/${p.filesSeen} files, ${p.imported} new, ${p.skipped} skipped, ${p.failed} failed   `);
      }
      if (event.type === 'image-progress' && !args.json && process.stderr.isTTY) {
        const p = event.progress;
        io.err(`\r${p.phase} ${p.done}/${p.total} images, ${p.downloaded} downloaded, ${p.failed} failed   `);
      }
    },
  });
}

function describeReport(r: ImportReport): string {
  const lines = [
    `Imported ${r.imported}, updated ${r.updated}, unchanged ${r.unchanged}, duplicates ${r.duplicates}; ${r.articles} articles in the library.`,
  ];
  for (const s of r.skipped) lines.push(`skipped  ${s.path}: ${s.reason}`);
  for (const f of r.failed) lines.push(`failed   ${f.path}: ${f.reason}`);
  for (const m of r.missing) lines.push(`missing  ${m} (its article stays in the library)`);
  return lines.join('\n');
}

/** The --explain line: the score and the parts it adds up from. */
function describeScore(score: number | undefined, parts: ScoreParts | undefined): string {
  if (!parts || score === undefined) return '';
  return `\n  score ${score} = title phrase ${parts.titlePhrase} + proximity ${parts.proximity} + BM25F title ${parts.bm25Title} + body ${parts.bm25Body}; ties by date ${parts.recency}`;
}

async function withService<T>(args: CliArgs, io: CliIo, readOnly: boolean, work: (s: LibraryService) => Promise<T>): Promise<T> {
  const service = await openService(args, io, readOnly);
  try {
    warnAboutDamage(service.library.notices, io.warn);
    return await work(service);
  } finally {
    await service.close();
  }
}

export async function runCommand(args: CliArgs, io: CliIo): Promise<void> {
  switch (args.command) {
    case 'import': {
      const { report } = await withService(args, io, false, (s) => s.importFolders(args.positionals.map((p) => resolve(p))));
      if (!args.json && process.stderr.isTTY) io.err('\n');
      const { jobId: _job, roots: _roots, ...shown } = report;
      io.out(args.json ? json(shown) : describeReport(report));
      if (report.error) throw new FolioError('io', report.error);
      return;
    }
    case 'search': {
      const result = await withService(args, io, true, (s) =>
        s.search({ query: args.positionals.join(' '), view: { kind: 'all' }, sort: args.sort, offset: 0, limit: args.limit, explain: args.explain }),
      );
      const hits = result.hits.map((h) => ({
        id: h.id,
        title: h.title,
        source: h.source,
        date: h.date,
        url: h.url,
        path: h.path,
        snippet: h.snippet,
        highlights: h.highlights,
        ...(h.explain ? { score: h.score, explain: h.explain } : {}),
      }));
      if (args.json) io.out(json({ total: result.total, hits, warnings: result.query.warnings }));
      else io.out([`${result.total} results`, ...result.query.warnings, ...hits.map((h) => `\n[${h.id}] ${h.title}\n  ${h.source} · ${h.date}${describeScore(h.score, h.explain)}\n  ${h.snippet}`)].join('\n'));
      return;
    }
    case 'show': {
      const id = Number(args.positionals[0]);
      if (!Number.isInteger(id) || id < 1) throw new FolioError('invalid-request', `"${args.positionals[0]}" is not an article id.`);
      const shown = await withService(args, io, true, async (s) => articleDetailWithText(s.library, id, (image) => `folio-image://image/${image}`));
      io.out(args.json ? json(shown) : `${shown.title}\n${shown.source} · ${shown.date}${shown.url ? `\n${shown.url}` : ''}\n\n${shown.text}`);
      return;
    }
    case 'list': {
      const page = await withService(args, io, true, (s) => s.listArticles({ view: { kind: 'all' }, sort: 'newest', offset: 0, limit: args.limit }));
      io.out(args.json ? json(page) : page.rows.map((r) => `[${r.id}] ${r.date.slice(0, 10)} ${r.source} · ${r.title}`).join('\n'));
      return;
    }
    case 'check': {
      const check = await checkCommand(args.library, () => withService(args, io, true, (s) => s.checkLibrary()));
      io.out(args.json ? json(check) : describeCheck(check));
      failUnlessOk(check, resolve(args.library));
      return;
    }
    case 'repair': {
      // What the library found on opening is what repair mends: said, but not a failure of the repair.
      const found = { ...io, warn: (text: string) => io.err(`folio: found: ${text}\n`) };
      const report = await withService(args, found, false, (s) => s.repairLibrary());
      io.out(args.json ? json(report) : describeRepair(report));
      const n = report.lost.length;
      const one = n === 1;
      if (n > 0) io.warn(`${n} damaged article${one ? ' was' : 's were'} removed: ${one ? 'it' : 'they'} could not be recovered (listed above).`);
      return;
    }
    case 'images': {
      const report = await withService(args, io, false, (s) => s.downloadImages(imageScope(s, args.images), args.images.proxy));
      if (!args.json && process.stderr.isTTY) io.err('\n');
      const { articles, images, bytes, seconds } = report;
      io.out(args.json ? json({ articles, images, bytes, seconds }) : describeImageReport(report));
      if (report.error) throw new FolioError('io', report.error);
      return;
    }
    case 'stats': {
      const stats = await withService(args, io, true, async (s) => s.stats());
      io.out(args.json ? json(stats) : `${stats.articles} articles, ${stats.sources.length} sources, ${(stats.diskBytes / 1e6).toFixed(1)} MB on disk`);
      return;
    }
  }
}

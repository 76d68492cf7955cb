// What each command asks the library (through the same handler table as the app)
// and what it prints.
import { resolve } from 'node:path';
import { LIMITS } from '../../shared/limits';
import type { ArticleSummary, ImportReport, ScoreParts, SearchHit } from '../../shared/model';
import { FolioError } from '../folio-error';
import { UsageError } from './args';
import type { CliArgs } from './args';
import { openCliFolio } from './cli-folio';
import type { CliFolio } from './cli-folio';
import { describeImageReport, imageScope } from './images-command';
import { checkCommand, describeCheck, describeRepair, failUnlessOk, warnAboutDamage } from './data-commands';
import { queryTooCostly } from './query-bounds';
import { terminalJson } from './terminal-text';

export interface CliIo {
  /** A block of standard output (a newline is added). */
  out(text: string): void;
  /** A line on standard error. */
  err(text: string): void;
  /** Damage the library reported: printed, and the command exits non-zero (data was lost). */
  warn(text: string): void;
  /** The import's progress line on a terminal, redrawn in place; null where nobody watches it. */
  progress: { show(text: string): void; end(): void } | null;
  workerFile: string | null;
}

const json = (value: unknown): string => terminalJson(value, 2);
const ALL = { kind: 'all' } as const;

async function withFolio<T>(args: CliArgs, io: CliIo, readOnly: boolean, work: (folio: CliFolio) => Promise<T>): Promise<T> {
  const folio = await openCliFolio({
    dir: resolve(args.library),
    readOnly,
    workerFile: io.workerFile,
    localHosts: args.images.allowLocalHosts ? 'allow' : 'refuse',
    onEvent: (event) => {
      if (event.type === 'import-progress') {
        const p = event.progress;
        io.progress?.show(`${p.phase} ${p.filesDone}/${p.filesSeen} files, ${p.imported} new, ${p.skipped} skipped, ${p.failed} failed   `);
      }
      if (event.type === 'image-progress') {
        const p = event.progress;
        io.progress?.show(`${p.phase} ${p.done}/${p.total} images, ${p.downloaded} downloaded, ${p.failed} failed   `);
      }
    },
  });
  try {
    warnAboutDamage(folio.notices(), io.warn);
    return await work(folio);
  } finally {
    await folio.close();
  }
}

/**
 * `limit` items from `offset`, read in pages no larger than the contract allows (the
 * app's bounds hold on the command line too); the library is read-only and loaded
 * once, so the pages fit together.
 */
async function* pages<T>(
  read: (offset: number, limit: number) => Promise<{ total: number; items: T[] }>,
  offset: number,
  limit: number,
  pageSize: number,
): AsyncGenerator<{ total: number; items: T[] }> {
  for (let at = offset; at < offset + limit;) {
    const page = await read(at, Math.min(pageSize, offset + limit - at));
    yield page;
    at += page.items.length;
    if (page.items.length === 0 || at >= page.total) return;
  }
}

function describeReport(r: ImportReport): string {
  const lines = [
    `Imported ${r.imported}, updated ${r.updated}, unchanged ${r.unchanged}, duplicates ${r.duplicates}; ` +
      `${r.articles} articles in the library.`,
  ];
  for (const s of r.skipped) lines.push(`skipped  ${s.path}: ${s.reason}`);
  for (const f of r.failed) lines.push(`failed   ${f.path}: ${f.reason}`);
  for (const d of r.duplicateFiles) lines.push(`duplicate ${d.path}: repeats "${d.ofTitle}" (${d.ofPath}), ${d.why}`);
  for (const m of r.missing) lines.push(`missing  ${m} (its article stays in the library)`);
  return lines.join('\n');
}

/** The --explain line: the score and the parts it adds up from. */
function describeScore(score: number | undefined, parts: ScoreParts | undefined): string {
  if (!parts || score === undefined) return '';
  const adds = `title phrase ${parts.titlePhrase} + proximity ${parts.proximity} + BM25F title ${parts.bm25Title} + body ${parts.bm25Body}`;
  return `\n  score ${score} = ${adds}; ties by date ${parts.recency ?? 'undated'}`;
}

const listLine = (r: ArticleSummary): string => `[${r.id}] ${(r.date ?? 'undated').slice(0, 10)} ${r.source} · ${r.title}`;

async function importFolders(args: CliArgs, io: CliIo): Promise<void> {
  const folders = args.positionals.map((p) => resolve(p));
  // No folder: bring every folder this library was imported from up to date.
  const report = await withFolio(args, io, false, (folio) => (folders.length > 0 ? folio.importFolders(folders) : folio.refreshFolders()));
  io.progress?.end();
  const { jobId: _job, roots: _roots, ...shown } = report;
  io.out(args.json ? json(shown) : describeReport(report));
  if (report.error) throw new FolioError('io', report.error);
}

async function search(args: CliArgs, io: CliIo): Promise<void> {
  const query = args.positionals.join(' ');
  const problem = queryTooCostly(query);
  if (problem) throw new UsageError(problem, 'search');
  let total = 0;
  let warnings: string[] = [];
  const found: SearchHit[] = [];
  await withFolio(args, io, true, async (folio) => {
    const read = async (offset: number, limit: number) => {
      const result = await folio.call('search', { query, view: ALL, sort: args.sort, offset, limit, explain: args.explain });
      ({ total, warnings } = { total: result.total, warnings: result.query.warnings });
      return { total: result.total, items: result.hits };
    };
    for await (const page of pages(read, args.offset, args.limit, LIMITS.searchPage)) found.push(...page.items);
  });
  const hits = found.map(({ id, title, source, date, url, path, snippet, highlights, score, explain }) => {
    return { id, title, source, date, url, path, snippet, highlights, ...(explain ? { score, explain } : {}) };
  });
  const hitText = (h: (typeof hits)[number]): string =>
    `\n[${h.id}] ${h.title}\n  ${h.source} · ${h.date}${describeScore(h.score, h.explain)}\n  ${h.snippet}`;
  io.out(
    args.json
      ? json({ total, hits, warnings })
      : [`${total} ${total === 1 ? 'result' : 'results'}`, ...warnings, ...hits.map(hitText)].join('\n'),
  );
}

async function show(args: CliArgs, io: CliIo): Promise<void> {
  const id = Number(args.positionals[0]);
  if (!Number.isInteger(id) || id < 1) throw new FolioError('invalid-request', `"${args.positionals[0]}" is not an article id.`);
  // The detail, with its plain text, and its images as where each stands rather than as the reading pane draws them.
  const shown = await withFolio(args, io, true, async (folio) => ({
    ...(await folio.call('getArticle', { id })),
    ...(await folio.call('getArticleText', { id })),
  }));
  io.out(args.json ? json(shown) : `${shown.title}\n${shown.source} · ${shown.date}${shown.url ? `\n${shown.url}` : ''}\n\n${shown.text}`);
}

async function list(args: CliArgs, io: CliIo): Promise<void> {
  await withFolio(args, io, true, async (folio) => {
    const read = async (offset: number, limit: number) => {
      const page = await folio.call('listArticles', { view: ALL, sort: 'newest', offset, limit });
      return { total: page.total, items: page.rows };
    };
    if (args.all) {
      // Printed a page at a time, so a library of any size lists in bounded memory.
      for await (const page of pages(read, 0, Infinity, LIMITS.listPage)) {
        if (page.items.length > 0) io.out(page.items.map((r) => (args.json ? terminalJson(r) : listLine(r))).join('\n'));
      }
      return;
    }
    let total = 0;
    const rows: ArticleSummary[] = [];
    for await (const page of pages(read, args.offset, args.limit, LIMITS.listPage)) {
      total = page.total;
      rows.push(...page.items);
    }
    io.out(args.json ? json({ total, offset: args.offset, rows }) : rows.map(listLine).join('\n'));
  });
}

async function stats(args: CliArgs, io: CliIo): Promise<void> {
  const s = await withFolio(args, io, true, (folio) => folio.call('getStats', {}));
  io.out(args.json ? json(s) : `${s.articles} articles, ${s.sources.length} sources, ${(s.diskBytes / 1e6).toFixed(1)} MB on disk`);
}

async function check(args: CliArgs, io: CliIo): Promise<void> {
  const found = await checkCommand(args.library, () => withFolio(args, io, true, (folio) => folio.call('checkLibrary', {})));
  io.out(args.json ? json(found) : describeCheck(found));
  failUnlessOk(found, resolve(args.library));
}

async function repair(args: CliArgs, io: CliIo): Promise<void> {
  // What the library found on opening is what repair mends: said, but not a failure of the repair.
  const opening = { ...io, warn: (text: string) => io.err(`found: ${text}`) };
  const report = await withFolio(args, opening, false, (folio) => folio.call('repairLibrary', {}));
  io.out(args.json ? json(report) : describeRepair(report));
  const n = report.lost.length;
  const one = n === 1;
  if (n > 0)
    io.warn(`${n} damaged article${one ? ' was' : 's were'} removed: ${one ? 'it' : 'they'} could not be recovered (listed above).`);
}

async function images(args: CliArgs, io: CliIo): Promise<void> {
  const report = await withFolio(args, io, false, async (folio) =>
    folio.downloadImages(await imageScope(folio, args.images), args.images.proxy),
  );
  io.progress?.end();
  const { articles, images: counts, bytes, seconds } = report;
  io.out(args.json ? json({ articles, images: counts, bytes, seconds }) : describeImageReport(report));
  if (report.error) throw new FolioError('io', report.error);
}

export async function runCommand(args: CliArgs, io: CliIo): Promise<void> {
  const commands = { import: importFolders, search, show, list, stats, check, repair, images } satisfies Record<
    CliArgs['command'],
    unknown
  >;
  await commands[args.command](args, io);
}

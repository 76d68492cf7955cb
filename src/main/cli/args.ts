// Command-line arguments: `folio <command> [args] --library DIR [options]`, and `folio help [command]`.
import { parseArgs } from 'node:util';
import { isProxySetting } from '../../shared/requests';
import { COMMANDS, usageOf } from './usage';
import type { Command } from './usage';

/** A mistake in the command line: printed with the usage of the command it concerns (or all of them). */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly command?: Command,
  ) {
    super(message);
  }
}

export interface CliArgs {
  command: Command;
  positionals: string[];
  library: string;
  json: boolean;
  limit: number;
  offset: number;
  /** `list --all`: every article, streamed a page at a time. */
  all: boolean;
  sort: 'relevance' | 'date';
  /** search --explain: each hit's score and the parts it adds up from. */
  explain: boolean;
  /** folio images: which images, through which proxy, and whether this machine's network may be reached. */
  images: { source: string | null; article: number | null; proxy: string | null; allowLocalHosts: boolean };
}

/** What to do: run a command, or print help (the general usage, or one command's). */
export type Invocation = { kind: 'run'; args: CliArgs } | { kind: 'help'; text: string };

type ImageOptions = { source?: string; article?: string; proxy?: string; 'allow-local-hosts'?: boolean };

function imageArgs(command: Command, values: ImageOptions): CliArgs['images'] {
  const given = (['source', 'article', 'proxy', 'allow-local-hosts'] as const).find((o) => values[o] !== undefined && values[o] !== false);
  if (given && command !== 'images') throw new UsageError(`--${given} is an option of folio images.`, command);
  const article = values.article === undefined ? null : Number(values.article);
  if (article !== null && !(Number.isInteger(article) && article > 0)) throw new UsageError('--article takes an article id.', 'images');
  if (article !== null && values.source !== undefined) throw new UsageError('Give --source or --article, not both.', 'images');
  const proxy = values.proxy ?? null;
  if (proxy !== null && (proxy === '' || !isProxySetting(proxy))) {
    throw new UsageError('--proxy takes an http://, https:// or socks5:// URL, e.g. socks5://127.0.0.1:1080.', 'images');
  }
  return { source: values.source ?? null, article, proxy, allowLocalHosts: values['allow-local-hosts'] ?? false };
}

/** First arguments that make a command line rather than folders to open (the app's launch asks this). */
export const CLI_FIRST_WORDS: readonly string[] = [...COMMANDS, 'help', '--help', '-h'];

/** --limit's bound: one page printed at once; `list --all` is for everything. */
export const CLI_LIMIT_MAX = 1000;

function wholeNumber(value: string | undefined, name: string, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < min || n > max) {
    throw new UsageError(`${name} takes a whole number from ${min}${max === Number.MAX_SAFE_INTEGER ? ' up' : ` to ${max}`}.`);
  }
  return n;
}

export function parseCliArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): Invocation {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        offset: { type: 'string' },
        all: { type: 'boolean', default: false },
        sort: { type: 'string' },
        source: { type: 'string' },
        article: { type: 'string' },
        proxy: { type: 'string' },
        'allow-local-hosts': { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...positionals] = parsed.positionals;
  const known = COMMANDS.find((c) => c === command);
  if (command === 'help') {
    const topic = positionals[0];
    const about = COMMANDS.find((c) => c === topic);
    if (topic !== undefined && !about) throw new UsageError(`There is no command "${topic}".`);
    return { kind: 'help', text: usageOf(about) };
  }
  if (parsed.values.help) return { kind: 'help', text: usageOf(known) };
  if (!known) throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  const library = parsed.values.library ?? env.FOLIO_LIBRARY;
  if (!library) throw new UsageError('Say which library to use with --library DIR (or set FOLIO_LIBRARY).');
  const limit = wholeNumber(parsed.values.limit, '--limit', 20, 1, CLI_LIMIT_MAX);
  const offset = wholeNumber(parsed.values.offset, '--offset', 0, 0, Number.MAX_SAFE_INTEGER);
  const all = parsed.values.all ?? false;
  if (all && known !== 'list') throw new UsageError('--all is an option of folio list.');
  if (all && (parsed.values.limit !== undefined || parsed.values.offset !== undefined)) {
    throw new UsageError('--all prints every article: leave out --limit and --offset.');
  }
  const sort = parsed.values.sort ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date') throw new UsageError('--sort takes relevance or date.');
  if ((known === 'search' || known === 'show') && positionals.length === 0) {
    throw new UsageError(`folio ${known} needs ${known === 'search' ? 'a query' : 'an article id'}.`, known);
  }
  return {
    kind: 'run',
    args: {
      command: known,
      positionals,
      library,
      json: parsed.values.json ?? false,
      limit,
      offset,
      all,
      sort,
      explain: parsed.values.explain ?? false,
      images: imageArgs(known, parsed.values),
    },
  };
}

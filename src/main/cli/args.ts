// Command-line arguments: `folio <command> [args] --library DIR [options]`.
import { parseArgs } from 'node:util';
import { isProxySetting } from '../../shared/requests';

export const USAGE = `Usage:
  folio import <folder>... --library DIR [--json]
  folio search "<query>" --library DIR [--limit N] [--sort relevance|date] [--explain] [--json]
  folio show <id> --library DIR [--json]
  folio list --library DIR [--limit N] [--json]
  folio stats --library DIR [--json]
  folio check --library DIR [--json]
  folio repair --library DIR [--json]
  folio images --library DIR [--source NAME] [--article ID] [--proxy URL] [--allow-local-hosts] [--json]`;

export class UsageError extends Error {}

export interface CliArgs {
  command: (typeof COMMANDS)[number];
  positionals: string[];
  library: string;
  json: boolean;
  limit: number;
  sort: 'relevance' | 'date';
  /** folio images: which images, through which proxy, and whether this machine's network may be reached. */
  images: { source: string | null; article: number | null; proxy: string | null; allowLocalHosts: boolean };
  /** search: print what each hit's score is made of. */
  explain: boolean;
}

export const COMMANDS = ['import', 'search', 'show', 'list', 'stats', 'check', 'repair', 'images'] as const;

function imageArgs(values: { source?: string; article?: string; proxy?: string; 'allow-local-hosts'?: boolean }): CliArgs['images'] {
  const article = values.article === undefined ? null : Number(values.article);
  if (article !== null && !(Number.isInteger(article) && article > 0)) throw new UsageError('--article takes an article id.');
  if (article !== null && values.source !== undefined) throw new UsageError('Give --source or --article, not both.');
  const proxy = values.proxy ?? null;
  if (proxy !== null && (proxy === '' || !isProxySetting(proxy))) throw new UsageError('--proxy takes an http://, https:// or socks5:// URL, e.g. socks5://127.0.0.1:1080.');
  return { source: values.source ?? null, article, proxy, allowLocalHosts: values['allow-local-hosts'] ?? false };
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        library: { type: 'string' },
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        sort: { type: 'string' },
        source: { type: 'string' },
        article: { type: 'string' },
        proxy: { type: 'string' },
        'allow-local-hosts': { type: 'boolean', default: false },
        explain: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [command, ...positionals] = parsed.positionals;
  const known = COMMANDS.find((c) => c === command);
  if (!known) throw new UsageError(command ? `Unknown command "${command}".` : 'No command given.');
  const library = parsed.values.library ?? process.env.FOLIO_LIBRARY;
  if (!library) throw new UsageError('Say which library to use with --library DIR.');
  const limit = parsed.values.limit === undefined ? 20 : Number(parsed.values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError('--limit takes a whole number from 1 to 1000.');
  const sort = parsed.values.sort ?? 'relevance';
  if (sort !== 'relevance' && sort !== 'date') throw new UsageError('--sort takes relevance or date.');
  if ((known === 'import' || known === 'search' || known === 'show') && positionals.length === 0) {
    throw new UsageError(`folio ${known} needs ${known === 'import' ? 'at least one folder' : known === 'search' ? 'a query' : 'an article id'}.`);
  }
  return {
    command: known,
    positionals,
    library,
    json: parsed.values.json ?? false,
    limit,
    sort,
    explain: parsed.values.explain ?? false,
    images: imageArgs(parsed.values),
  };
}

// Command-line arguments: `folio <command> [args] --library DIR [options]`.
import { parseArgs } from 'node:util';

export const USAGE = `Usage:
  folio import <folder>... --library DIR [--json]
  folio search "<query>" --library DIR [--limit N] [--sort relevance|date] [--explain] [--json]
  folio show <id> --library DIR [--json]
  folio list --library DIR [--limit N] [--json]
  folio stats --library DIR [--json]
  folio check --library DIR [--json]
  folio repair --library DIR [--json]`;

export class UsageError extends Error {}

export interface CliArgs {
  command: (typeof COMMANDS)[number];
  positionals: string[];
  library: string;
  json: boolean;
  limit: number;
  sort: 'relevance' | 'date';
  /** search: print what each hit's score is made of. */
  explain: boolean;
}

export const COMMANDS = ['import', 'search', 'show', 'list', 'stats', 'check', 'repair'] as const;

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
  return { command: known, positionals, library, json: parsed.values.json ?? false, limit, sort, explain: parsed.values.explain ?? false };
}

// What `folio help` prints: the commands, and each command's arguments and options.
import { LIMITS } from '../../shared/limits';

export const COMMANDS = ['import', 'search', 'show', 'list', 'stats', 'check', 'repair', 'images'] as const;
export type Command = (typeof COMMANDS)[number];

const LIBRARY = '  --library DIR   the library folder; FOLIO_LIBRARY=DIR in the environment does the same';
const JSON_OPTION = '  --json          print JSON instead of text';

const COMMAND_USAGE: Record<Command, string> = {
  import: `folio import [<folder>...] --library DIR [--json]
Imports every article in the folders (again: only files that changed), then prints the
import report. The library is created if it does not exist. With no folder, imports again
every folder the library was imported from (new and changed files only).
${LIBRARY}
${JSON_OPTION}`,
  search: `folio search "<query>" --library DIR [--limit N] [--offset N] [--sort relevance|date] [--explain] [--json]
Searches the library. Words and CJK text are ANDed; "exact phrase", -exclude, a OR b,
source:NAME, after:2023-01-01, before:2023-06, is:unread, is:starred. A query has at most
${LIMITS.queryLength} characters and ${LIMITS.queryTerms} words or phrases.
${LIBRARY}
  --limit N       results to print, 1 to 1000 (default 20)
  --offset N      results to pass over first (default 0)
  --sort S        relevance (default) or date, newest first
  --explain       each hit's score and the parts it adds up from
${JSON_OPTION}`,
  show: `folio show <id> --library DIR [--json]
Prints one article: its title, source, date, link and text (with --json also its HTML, and
each image's URL, whether the library holds it, and why not when a download failed).
${LIBRARY}
${JSON_OPTION}`,
  list: `folio list --library DIR [--limit N] [--offset N | --all] [--json]
Lists articles, newest first.
${LIBRARY}
  --limit N       articles to print, 1 to 1000 (default 20)
  --offset N      articles to pass over first (default 0)
  --all           every article, printed as it is read; with --json one JSON object a line
${JSON_OPTION}`,
  stats: `folio stats --library DIR [--json]
Counts the articles, by source, and what the library takes on disk.
${LIBRARY}
${JSON_OPTION}`,
  check: `folio check --library DIR [--json]
Verifies the databases, the packs and the index; exits 1 when it finds damage.
${LIBRARY}
${JSON_OPTION}`,
  repair: `folio repair --library DIR [--json]
Rebuilds the index and reads damaged articles again from their files where they still exist.
${LIBRARY}
${JSON_OPTION}`,
  images: `folio images --library DIR [--source NAME | --article ID] [--proxy URL] [--allow-local-hosts] [--json]
Downloads the remote images of the library's articles that it does not hold yet, then prints
the report. Images that failed for good (404, not an image) are not tried again.
${LIBRARY}
  --source NAME   only the articles of this source
  --article ID    only this article
  --proxy URL     http://, https:// or socks5:// proxy for this run (default: the library's
                  setting, else HTTPS_PROXY / HTTP_PROXY from the environment)
  --allow-local-hosts  let images come from this machine or the local network (refused by default)
${JSON_OPTION}`,
};

export const USAGE = `Usage:
${COMMANDS.map((c) => `  ${COMMAND_USAGE[c].split('\n')[0] as string}`).join('\n')}
  folio help [<command>]

Every command but help takes --library DIR (or FOLIO_LIBRARY=DIR in the environment).
"folio help <command>" or "folio <command> --help" says more about one command.`;

/** The general usage, or one command's. */
export function usageOf(command: Command | undefined): string {
  return command ? `Usage: ${COMMAND_USAGE[command]}` : USAGE;
}

// `npm run bench -- [--articles N] [--profile realistic|light] [--seed S] [--corpus DIR] [--json FILE]
//                   [--runs N] [--work DIR] [--cli FILE]`
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ProfileName } from './corpus/profile';
import { PROFILE_NAMES } from './corpus/profiles';

export interface BenchArgs {
  articles: number;
  /** Which generated corpus: shaped like real archives (the default), or the earlier light one. */
  profile: ProfileName;
  seed: number;
  /** An existing archive to import instead of a generated one. */
  corpus: string | null;
  json: string | null;
  /** Timed runs per query. */
  runs: number;
  /** Where generated corpora are cached and libraries are built. */
  work: string;
  /** The built CLI. */
  cli: string;
  /** Images the image-download figure fetches from loopback. */
  images: number;
  /** Times each query is typed into the app in Chromium (keystroke to paint). */
  paintRuns: number;
}

export const BENCH_USAGE =
  'Usage: npm run bench -- [--articles N (20000)] [--profile realistic|light (realistic)] [--seed S (1)]' +
  ' [--corpus DIR] [--json FILE] [--runs N (20)] [--work DIR (bench/results)] [--cli FILE (out/cli/folio.js)]' +
  ' [--images N (1000)] [--paint-runs N (3)]';

function wholeNumber(value: string | undefined, fallback: number, name: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} takes a whole number of at least ${min}, not "${value}".`);
  return n;
}

export function parseBenchArgs(argv: string[]): BenchArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      articles: { type: 'string' },
      profile: { type: 'string' },
      seed: { type: 'string' },
      corpus: { type: 'string' },
      json: { type: 'string' },
      runs: { type: 'string' },
      work: { type: 'string' },
      cli: { type: 'string' },
      images: { type: 'string' },
      'paint-runs': { type: 'string' },
    },
  });
  const profile = values.profile ?? 'realistic';
  if (!PROFILE_NAMES.includes(profile as ProfileName)) throw new Error(`--profile takes ${PROFILE_NAMES.join(' or ')}, not "${profile}".`);
  return {
    articles: wholeNumber(values.articles, 20_000, 'articles', 1),
    profile: profile as ProfileName,
    seed: wholeNumber(values.seed, 1, 'seed', 0),
    corpus: values.corpus ? resolve(values.corpus) : null,
    json: values.json ? resolve(values.json) : null,
    runs: wholeNumber(values.runs, 20, 'runs', 1),
    work: resolve(values.work ?? 'bench/results'),
    images: wholeNumber(values.images, 1000, 'images', 1),
    cli: resolve(values.cli ?? 'out/cli/folio.js'),
    paintRuns: wholeNumber(values['paint-runs'], 3, 'paint-runs', 1),
  };
}

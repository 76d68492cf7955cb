// The brute-force baseline: ripgrep over the corpus files for the same query,
// timed from spawn to exit, since that is what a user of rg pays per search.
import { spawnSync } from 'node:child_process';
import { median } from './percentiles';

export interface RipgrepTiming {
  medianMs: number;
  /** Files rg listed (raw files: duplicates and markup count, Traditional spellings do not). */
  files: number;
}

function version(): string | null {
  const result = spawnSync('rg', ['--version'], { encoding: 'utf8' });
  return result.status === 0 ? (result.stdout.split('\n')[0] ?? 'rg') : null;
}

/** rg's version line, installing it with apt-get if missing; null (and why) when that fails. */
export function ensureRipgrep(log: (line: string) => void): string | null {
  const found = version();
  if (found) return found;
  log('ripgrep: not found, trying apt-get install -y ripgrep');
  const install = spawnSync('apt-get', ['install', '-y', 'ripgrep'], { encoding: 'utf8' });
  const installed = version();
  if (installed) return installed;
  const why = install.error?.message ?? (install.stderr.trim().split('\n').at(-1) || `apt-get exited with status ${install.status}`);
  log(`ripgrep: could not be installed (${why}); the baseline is skipped`);
  return null;
}

function listFiles(corpusDir: string, patterns: readonly string[]): { ms: number; files: number } {
  // Folio matches Latin text case-insensitively; rg must too for the same query.
  const ignoreCase = patterns.some((p) => /[a-z]/i.test(p)) ? ['-i'] : [];
  const args = ['-l', '-F', '--no-messages', ...ignoreCase, ...patterns.flatMap((p) => ['-e', p]), corpusDir];
  const started = performance.now();
  const result = spawnSync('rg', args, { maxBuffer: 1 << 30 });
  const ms = performance.now() - started;
  // Status 1 is "no match", a valid answer; 2 is an error.
  if (result.status !== 0 && result.status !== 1) throw new Error(`rg ${args.join(' ')} failed: ${result.stderr.toString()}`);
  const out = result.stdout.toString('utf8');
  return { ms, files: out === '' ? 0 : out.trimEnd().split('\n').length };
}

export function timeRipgrep(corpusDir: string, patterns: readonly string[], runs = 3): RipgrepTiming {
  if (patterns.length === 0) throw new Error('a query without literal text has no ripgrep baseline');
  listFiles(corpusDir, patterns); // warm the page cache like the search warm-up
  const ms: number[] = [];
  let files = 0;
  for (let i = 0; i < runs; i++) {
    const run = listFiles(corpusDir, patterns);
    ms.push(run.ms);
    files = run.files;
  }
  return { medianMs: Math.round(median(ms) * 100) / 100, files };
}

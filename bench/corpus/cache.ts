// Generated corpora are kept under the results folder and reused: writing
// 100k articles takes minutes, and comparing runs needs the same files. The
// stats JSON is written last, so a corpus whose generation was interrupted is
// never taken for a finished one.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './generate';
import type { CorpusStats } from './generate';
import type { ProfileName } from './profile';
import { PROFILES } from './profiles';

export interface CachedCorpus {
  dir: string;
  stats: CorpusStats;
  reused: boolean;
}

export function corpusPaths(work: string, profile: ProfileName, articles: number, seed: number): { dir: string; statsFile: string } {
  const name = `corpus-${profile}-${articles}-${seed}`;
  return { dir: join(work, name), statsFile: join(work, `${name}.json`) };
}

function readStats(file: string, profile: ProfileName): CorpusStats | null {
  try {
    const stats = JSON.parse(readFileSync(file, 'utf8')) as CorpusStats;
    return stats.profile === profile && stats.generatorVersion === PROFILES[profile].version ? stats : null;
  } catch {
    return null;
  }
}

export function ensureCorpus(
  work: string,
  profile: ProfileName,
  articles: number,
  seed: number,
  log: (line: string) => void,
): CachedCorpus {
  const { dir, statsFile } = corpusPaths(work, profile, articles, seed);
  const cached = existsSync(dir) ? readStats(statsFile, profile) : null;
  if (cached) {
    log(`corpus: reusing ${dir} (${cached.articles} articles, delete it to regenerate)`);
    return { dir, stats: cached, reused: true };
  }
  const partial = `${dir}.partial`;
  rmSync(partial, { recursive: true, force: true });
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`corpus: generating ${articles} ${profile} articles (seed ${seed}) into ${dir}`);
  const started = performance.now();
  const stats = generateCorpus({
    dir: partial,
    profile,
    articles,
    seed,
    onProgress: (done, total) => {
      if (done % 5000 === 0 || done === total) log(`corpus: ${done}/${total} articles`);
    },
  });
  renameSync(partial, dir);
  writeFileSync(statsFile, `${JSON.stringify(stats, null, 2)}\n`);
  log(`corpus: written in ${((performance.now() - started) / 1000).toFixed(1)} s, ${(stats.bytes / 1e6).toFixed(1)} MB`);
  return { dir, stats, reused: false };
}

// Issue: for any CJK query of 1–10 characters the hits are exactly the articles
// whose title or text contains it after normalisation. Checked against a
// brute-force substring scan on a generated corpus imported through the service.
import fc from 'fast-check';
import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { CJK, classOf } from '../../../src/main/search/char-class';
import { normalize } from '../../../src/main/search/normalize';
import type { LibraryService } from '../../../src/main/service';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { openService } from '../../helpers/open-service';
import { seeded } from '../../helpers/seeded-random';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Simplified/Traditional pairs, common characters, punctuation and a few Latin words,
// so queries cross script variants, punctuation and run boundaries.
const HAN = [...'习習近平普京书書展国國际際读讀者会會谈談中华華人民的了是在有个个这這来來说說时時年大小'];
const PUNCT = [...'，。、：“”！？ '];
const WORDS = ['COVID-19', 'Putin', 'news', 'Zürich', 'ｆｕｌｌ'];

// Short fragments that overlap (习近 / 近平 / 平时) make the same bigrams meet across punctuation
// in one article and inside a word in another: exactly where a bigram index can go wrong.
const FRAGMENTS = ['习近', '近平', '平时', '習近平', '普京', '京城', '书展', '展會', '会谈', '谈话', '中国', '国人'];

function article(rand: () => number, length: number): string {
  let s = '';
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  while (s.length < length) {
    const r = rand();
    if (r < 0.45) s += pick(FRAGMENTS);
    else if (r < 0.8) s += pick(HAN);
    else if (r < 0.96) s += pick(PUNCT);
    else s += ` ${pick(WORDS)} `;
  }
  return s;
}

const isCjk = (ch: string): boolean => classOf(ch.codePointAt(0) ?? 0) === CJK;

describe('CJK search is complete and exact', () => {
  let dir: string;
  let root: string;
  let service: LibraryService;
  const docs: { id: number; title: string; text: string }[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'folio-prop-lib-'));
    root = mkdtempSync(join(tmpdir(), 'folio-prop-src-'));
    const rand = seeded(20231121);
    const files: Record<string, string> = {};
    for (let i = 0; i < 160; i++) {
      const title = article(rand, 4 + Math.floor(rand() * 12)).trim() || '标题';
      files[`src/${i}.txt`] = feedCapture(title, `https://example.org/${i}`, `<p>${article(rand, 40 + Math.floor(rand() * 400))}</p>`);
    }
    writeFiles(root, files);
    service = await openService(dir);
    await service.importFolders([root]);
    for (const id of service.library.catalog.page({ kind: 'all' }, true, 0, 1000).ids) {
      const row = service.library.db.article(id);
      if (row) docs.push({ id, title: normalize(row.title), text: normalize(service.library.readText(row.body)) });
    }
  }, 120_000);

  afterAll(async () => {
    await service.close();
    rmSync(dir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  async function found(query: string): Promise<number[]> {
    const result = await service.search({ query, view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 200 });
    expect(result.total).toBe(result.hits.length);
    return result.hits.map((h) => h.id).sort((a, b) => a - b);
  }

  const expected = (q: string): number[] =>
    docs
      .filter((d) => d.title.includes(q) || d.text.includes(q))
      .map((d) => d.id)
      .sort((a, b) => a - b);

  it('imported the whole corpus', () => {
    expect(docs).toHaveLength(160);
  });

  it('finds exactly the articles containing a random substring (1–10 characters, punctuation inside allowed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 10 }), fc.boolean(), async (d, at, length, fromTitle) => {
        const doc = docs[d % docs.length] as (typeof docs)[number];
        const source = fromTitle ? doc.title : doc.text;
        const start = at % source.length;
        let q = source.slice(start, start + length);
        // A query is a CJK string that may span punctuation; leading/trailing punctuation is not part of what is searched.
        q = q.replace(/^[^\p{Script=Han}]+|[^\p{Script=Han}]+$/gu, '');
        fc.pre(q.length > 0 && [...q].every((ch) => isCjk(ch) || /[，。、：“”！？]/.test(ch)));
        expect(await found(q)).toEqual(expected(q));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same articles for a Traditional query as for its Simplified form', async () => {
    expect(await found('習近平')).toEqual(await found('习近平'));
    expect(await found('讀者')).toEqual(expected('读者'));
    expect(await found('國際')).toEqual(expected('国际'));
  });
});

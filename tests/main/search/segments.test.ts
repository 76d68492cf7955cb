import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/main/search/evaluate';
import { SegmentDamage } from '../../../src/main/search/index/segment-checks';
import { mergeSegments } from '../../../src/main/search/index/segment-merge';
import { SegmentReader } from '../../../src/main/search/index/segment-reader';
import { SegmentSet } from '../../../src/main/search/index/segment-set';
import { SegmentBuilder, writeSegment } from '../../../src/main/search/index/segment-writer';
import { normalize } from '../../../src/main/search/normalize';
import { parseQuery } from '../../../src/main/search/query-parser';
import { UNIGRAM_PREFIX, tokenizeDocument } from '../../../src/main/search/tokenize';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function doc(articleId: number, title: string, body: string) {
  return { articleId, tokens: tokenizeDocument(normalize(title), normalize(body)) };
}

function hitsOf(set: SegmentSet, query: string): number[] {
  const root = parseQuery(query).root;
  if (!root) return [];
  const { hits } = evaluate(set, root);
  return [...hits.present.keys()].filter((id) => hits.present[id] === 1);
}

const DOC_TEXTS: [number, string, string][] = [
  [1, '习近平访俄', '普京在克里姆林宫会见习近平。'],
  [2, 'Putin and Xi', 'The Kremlin hosted talks in Moscow; Putin spoke first.'],
  [3, '書展開幕', '讀者排隊入場，習近平與普京的會談也成為話題。'],
  [4, '两段', '他在学习近，近平时不休息。'],
  [5, 'Market', 'Night market reopens. New-York style stalls.'],
];
const DOCS = DOC_TEXTS.map(([id, title, body]) => doc(id, title, body));
const DOCS_TEXT = DOC_TEXTS.map(([, title, body]) => title + body).join('');

/** DOCS split over two segments, as two imports would leave them. */
function twoSegments(): { dir: string; set: SegmentSet } {
  const dir = tempDir();
  writeSegment(DOCS.slice(0, 3), join(dir, 'a.idx'));
  writeSegment(DOCS.slice(3), join(dir, 'b.idx'));
  const set = new SegmentSet(dir);
  set.load([
    { id: 1, file: 'a.idx', dead: null },
    { id: 2, file: 'b.idx', dead: null },
  ]);
  return { dir, set };
}

/** A segment of DOCS whose dictionary's last varint runs off the end of the file. */
function segmentWithDamagedDictionary(): string {
  const path = join(tempDir(), 'a.idx');
  writeSegment(DOCS, path);
  const bytes = readFileSync(path);
  bytes[bytes.length - 1] = (bytes[bytes.length - 1] as number) | 0x80;
  writeFileSync(path, bytes);
  return path;
}

function build(dir: string, docs = DOCS, file = 'a.idx'): SegmentSet {
  writeSegment(docs, join(dir, file));
  const set = new SegmentSet(dir);
  set.load([{ id: 1, file, dead: null }]);
  return set;
}

describe('index segments', () => {
  it('finds CJK words as substrings, Traditional and Simplified alike', () => {
    const set = build(tempDir());
    expect(hitsOf(set, '习近平')).toEqual([1, 3]);
    expect(hitsOf(set, '習近平')).toEqual([1, 3]);
    expect(hitsOf(set, '普京')).toEqual([1, 3]);
    expect(hitsOf(set, '克里姆林宫')).toEqual([1]);
  });

  it('does not match a phrase whose bigrams sit in different runs', () => {
    // doc 4 has 习近 at the end of one run and 近平 at the start of the next, never 习近平.
    const set = build(tempDir());
    expect(hitsOf(set, '习近平')).not.toContain(4);
    expect(hitsOf(set, '习近')).toContain(4);
  });

  it('finds a phrase that repeats one of its bigrams only where the whole phrase stands', () => {
    const set = build(tempDir(), [
      doc(21, '笑声', '哈哈哈哈'),
      doc(22, '笑声', '哈哈，哈哈'),
      doc(23, '哈哈哈', '无'),
      doc(24, '笑声', '哈哈哈一'),
    ]);
    expect(hitsOf(set, '哈哈哈')).toEqual([21, 23, 24]);
    expect(hitsOf(set, '哈哈哈哈')).toEqual([21]);
    // Two overlapping occurrences in 21's body, one in 24's (as long): the phrase counts each of them.
    const [d21, d23, d24] = scoresOf(set, '哈哈哈');
    expect(d23![1]).toBeGreaterThan(0);
    expect(d21![2]).toBeGreaterThan(d24![2]!);
  });

  it('answers one-character queries from the unigram postings', () => {
    const set = build(tempDir());
    expect(hitsOf(set, '京')).toEqual([1, 3]);
    expect(hitsOf(set, '平')).toEqual([1, 3, 4]);
  });

  it('matches whole words, word phrases across punctuation, and the word being typed as a prefix', () => {
    const set = build(tempDir());
    expect(hitsOf(set, 'putin ')).toEqual([2]);
    expect(hitsOf(set, 'kreml ')).toEqual([]);
    expect(hitsOf(set, 'kreml')).toEqual([2]);
    expect(hitsOf(set, '"new york" ')).toEqual([5]);
    expect(hitsOf(set, '"york new" ')).toEqual([]);
  });

  it('combines terms with AND, OR and NOT', () => {
    const set = build(tempDir());
    expect(hitsOf(set, '普京 书展')).toEqual([3]);
    expect(hitsOf(set, 'market OR moscow')).toEqual([2, 5]);
    expect(hitsOf(set, '普京 -书展')).toEqual([1]);
  });

  it('scores a title match above a body match', () => {
    const set = build(tempDir());
    const root = parseQuery('习近平 ').root;
    if (!root) throw new Error('query did not parse');
    const { hits } = evaluate(set, root);
    const score = (id: number): number => (hits.title[id] as number) + (hits.body[id] as number);
    expect(score(1)).toBeGreaterThan(score(3));
  });

  it('keeps dead documents out of results and out of a merge', () => {
    const { dir, set } = twoSegments();
    expect(set.liveDocs).toBe(5);
    set.kill(1);
    expect(hitsOf(set, '普京')).toEqual([3]);

    const readers = set.segments.map((s) => ({ reader: s.reader, dead: s.dead }));
    mergeSegments(readers, join(dir, 'm.idx'));
    const merged = new SegmentReader(join(dir, 'm.idx'));
    expect([...merged.articleIds]).toEqual([2, 3, 4, 5]);
    merged.close();
    expect(
      set.replace(
        [1, 2],
        { id: 3, file: 'm.idx', dead: null },
        readers.map((r) => r.dead.slice()),
      ),
    ).toBe(false);
    expect(set.segments).toHaveLength(1);
    expect(hitsOf(set, '普京')).toEqual([3]);
    expect(hitsOf(set, '平')).toEqual([3, 4]);
    expect(hitsOf(set, '"new york" ')).toEqual([5]);
  });

  it('keeps an article dead that was removed while its segments were being merged', () => {
    const { dir, set } = twoSegments();
    const snapshot = set.segments.map((s) => s.dead.slice());
    mergeSegments(
      set.segments.map((s, i) => ({ reader: s.reader, dead: snapshot[i] ?? null })),
      join(dir, 'm.idx'),
    );
    set.kill(3); // removed after the merge began: the merged file still holds it
    expect(set.replace([1, 2], { id: 3, file: 'm.idx', dead: null }, snapshot)).toBe(true);
    expect(hitsOf(set, '普京')).toEqual([1]);
    expect(set.liveDocs).toBe(4);
  });

  it('lets a re-indexed article replace its older document', () => {
    const dir = tempDir();
    writeSegment([doc(7, 'old', '普京')], join(dir, 'a.idx'));
    writeSegment([doc(7, 'new', '习近平')], join(dir, 'b.idx'));
    const set = new SegmentSet(dir);
    set.load([
      { id: 1, file: 'a.idx', dead: null },
      { id: 2, file: 'b.idx', dead: null },
    ]);
    expect(set.liveDocs).toBe(1);
    expect(hitsOf(set, '普京')).toEqual([]);
    expect(hitsOf(set, '习近平')).toEqual([7]);
  });

  it('indexes an article changed twice before its segment is written once, as it is now', () => {
    const dir = tempDir();
    const builder = new SegmentBuilder();
    builder.add(7, doc(7, 'old', '普京').tokens);
    builder.add(8, doc(8, 'other', '普京和习近平').tokens);
    builder.add(7, doc(7, 'new', '习近平').tokens);
    expect(builder.docCount).toBe(2);
    builder.write(join(dir, 'a.idx'));
    const set = new SegmentSet(dir);
    set.load([{ id: 1, file: 'a.idx', dead: null }]);
    expect(set.liveDocs).toBe(2);
    expect(hitsOf(set, '普京')).toEqual([8]);
    expect(hitsOf(set, '习近平').sort()).toEqual([7, 8]);
    expect(hitsOf(set, 'old')).toEqual([]);
  });

  it('merges segments into exactly the segment their live documents would make, positions bit for bit', () => {
    const dir = tempDir();
    let x = 11;
    const rand = (n: number): number => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return x % n;
    };
    const chars = '中国经济发展的人民政府习近平普京会谈市场';
    const text = (n: number): string => Array.from({ length: n }, () => (rand(9) === 0 ? ' word ' : chars[rand(chars.length)])).join('');
    const docs = Array.from({ length: 60 }, (_, i) => doc(i + 1, text(3 + rand(8)), text(20 + rand(400))));
    const parts = [docs.slice(0, 25), docs.slice(25, 31), docs.slice(31)];
    parts.forEach((part, i) => writeSegment(part, join(dir, `p${i}.idx`)));
    const readers = parts.map((_, i) => new SegmentReader(join(dir, `p${i}.idx`)));
    // One input with nothing dead: its streams are copied whole, at whatever bit the merged stream has reached.
    const dead: (Uint8Array | null)[] = readers.map((r, i) =>
      i === 1 ? null : Uint8Array.from({ length: r.docCount }, () => (rand(5) === 0 ? 1 : 0)),
    );
    mergeSegments(
      readers.map((reader, i) => ({ reader, dead: dead[i] ?? null })),
      join(dir, 'm.idx'),
    );
    const live = docs.filter((_, i) => {
      const k = i < 25 ? 0 : i < 31 ? 1 : 2;
      const local = i - [0, 25, 31][k]!;
      return !dead[k]?.[local];
    });
    writeSegment(live, join(dir, 'direct.idx'));
    const merged = new SegmentReader(join(dir, 'm.idx'));
    const direct = new SegmentReader(join(dir, 'direct.idx'));
    expect(merged.termCount).toBe(direct.termCount);
    for (let rank = 0; rank < merged.termCount; rank++) {
      expect(merged.termName(rank)).toBe(direct.termName(rank));
      expect(merged.docListWithPositions(rank)).toEqual(direct.docListWithPositions(rank));
    }
    expect(merged.bytes).toBe(direct.bytes);
    for (const r of [...readers, merged, direct]) r.close();
  });

  it('reads a damaged dictionary only when a search needs it, and reports it as damage then', () => {
    const reader = new SegmentReader(segmentWithDamagedDictionary());
    // An import's bookkeeping reads the per-article columns alone.
    expect([...reader.articleIds]).toEqual(DOCS.map((d) => d.articleId));
    expect(() => reader.find('普京')).toThrow(SegmentDamage);
    reader.close();
  });

  it('stops a merge at a damaged dictionary and reports it as damage', () => {
    const reader = new SegmentReader(segmentWithDamagedDictionary());
    expect(() => mergeSegments([{ reader, dead: null }], join(tempDir(), 'm.idx'))).toThrow(SegmentDamage);
    reader.close();
  });

  it('refuses a truncated segment file', () => {
    const dir = tempDir();
    writeSegment(DOCS, join(dir, 'a.idx'));
    truncateSync(join(dir, 'a.idx'), statSync(join(dir, 'a.idx')).size - 10);
    expect(() => new SegmentReader(join(dir, 'a.idx'))).toThrow(/truncated/);
  });
});

// segment-v2.idx, segment-v3.idx and segment-v4.idx were written from DOCS (in one segment) by the Folios
// before formats 3, 4 and 5.
const OLD_SEGMENTS = [
  { version: 2, file: resolve(__dirname, '../../fixtures/index/segment-v2.idx') },
  { version: 3, file: resolve(__dirname, '../../fixtures/index/segment-v3.idx') },
  { version: 4, file: resolve(__dirname, '../../fixtures/index/segment-v4.idx') },
];

/** The ranks of a segment's terms other than its unigram lists (which segments before format 5 do not have). */
const withoutUnigrams = (r: SegmentReader): number[] =>
  Array.from({ length: r.termCount }, (_, rank) => rank).filter((rank) => !r.termName(rank).startsWith(UNIGRAM_PREFIX));

/** Every article's place in the results of a query: present, and its title and body scores. */
function scoresOf(set: SegmentSet, query: string): number[][] {
  const { hits } = evaluate(set, parseQuery(query).root as NonNullable<ReturnType<typeof parseQuery>['root']>);
  return [...hits.present.keys()].filter((id) => hits.present[id] === 1).map((id) => [id, hits.title[id]!, hits.body[id]!]);
}

/** Every CJK character of DOCS, as a one-character query. */
const CHARACTERS = [...new Set([...normalize(DOCS_TEXT)].filter((ch) => /\p{Script=Han}/u.test(ch)))];

describe('one-character queries', () => {
  it('score the same from unigram lists as from bigrams and run ends, astral characters and titles included', () => {
    const dir = tempDir();
    const docs = [
      doc(11, '𠀀国', '𠀀国𠀀，国国。𪚥'),
      doc(12, '中𪚥文', '国中𪚥文𠀀'),
      doc(13, 'News', 'no Chinese here'),
      doc(14, '国', '中华人民共和国'),
    ];
    writeSegment(docs, join(dir, 'now.idx'));
    // The same documents in format 4: merged with an older segment whose documents are all dead.
    const older = new SegmentReader(OLD_SEGMENTS[2]!.file);
    const now = new SegmentReader(join(dir, 'now.idx'));
    mergeSegments(
      [
        { reader: now, dead: null },
        { reader: older, dead: new Uint8Array(older.docCount).fill(1) },
      ],
      join(dir, 'v4.idx'),
    );
    older.close();
    now.close();
    const sets = ['now.idx', 'v4.idx'].map((file) => {
      const set = new SegmentSet(dir);
      set.load([{ id: 1, file, dead: null }]);
      return set;
    });
    expect(sets.map((set) => set.segments[0]?.reader.version)).toEqual([5, 4]);
    for (const ch of ['国', '𠀀', '𪚥', '中', '文', '和', '京']) expect(scoresOf(sets[0]!, ch), ch).toEqual(scoresOf(sets[1]!, ch));
    expect(hitsOf(sets[0]!, '𠀀')).toEqual([11, 12]);
    expect(hitsOf(sets[0]!, '国')).toEqual([11, 12, 14]);
  });
});

describe.each(OLD_SEGMENTS)('index segments written in format $version', ({ version, file }) => {
  it('reads the same terms and postings a segment of the current format holds besides its unigram lists', () => {
    const dir = tempDir();
    writeSegment(DOCS, join(dir, 'now.idx'));
    const old = new SegmentReader(file);
    const now = new SegmentReader(join(dir, 'now.idx'));
    expect([old.version, now.version]).toEqual([version, 5]);
    const shared = withoutUnigrams(now);
    expect(shared.length).toBe(old.termCount);
    expect(shared.length).toBeLessThan(now.termCount);
    expect([...now.articleIds]).toEqual([...old.articleIds]);
    shared.forEach((rank, oldRank) => {
      expect(now.termName(rank)).toBe(old.termName(oldRank));
      expect(now.df(rank)).toBe(old.df(oldRank));
      const positional = now.range('positions', rank, rank + 1);
      expect(positional.end > positional.start ? now.docListWithPositions(rank) : now.docList(rank)).toEqual(
        positional.end > positional.start ? old.docListWithPositions(oldRank) : old.docList(oldRank),
      );
    });
    old.close();
    now.close();
  });

  it('answers every one-character query as the unigram lists of the current format do, same scores', () => {
    const old = new SegmentSet(dirname(file));
    old.load([{ id: 1, file: basename(file), dead: null }]);
    const now = build(tempDir());
    expect(now.segments[0]?.reader.version).toBe(5);
    expect(CHARACTERS.length).toBeGreaterThan(40);
    for (const ch of CHARACTERS) expect(scoresOf(now, ch), ch).toEqual(scoresOf(old, ch));
  });

  it('answers queries, and a merge rewrites it in the current format', () => {
    const dir = tempDir();
    copyFileSync(file, join(dir, 'a.idx'));
    writeSegment([doc(6, '普京再访', '普京普京，习近平。')], join(dir, 'b.idx'));
    const set = new SegmentSet(dir);
    set.load([
      { id: 1, file: 'a.idx', dead: null },
      { id: 2, file: 'b.idx', dead: null },
    ]);
    const queries = ['习近平', '平', '"new york"', 'putin', '普京 -习近平'];
    const before = queries.map((q) => hitsOf(set, q));
    expect(before).toEqual([[1, 3, 6], [1, 3, 4, 6], [5], [2], []]);

    const snapshot = set.segments.map((s) => s.dead.slice());
    mergeSegments(
      set.segments.map((s, i) => ({ reader: s.reader, dead: snapshot[i] ?? null })),
      join(dir, 'm.idx'),
    );
    // Merged with a newer segment: format 4, with no unigram list (it would miss the older segment's documents).
    const merged = new SegmentReader(join(dir, 'm.idx'));
    expect(merged.version).toBe(4);
    expect(withoutUnigrams(merged).length).toBe(merged.termCount);
    merged.close();
    set.replace([1, 2], { id: 3, file: 'm.idx', dead: null }, snapshot);
    expect(queries.map((q) => hitsOf(set, q))).toEqual(before);
  });
});

import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/main/search/evaluate';
import { SegmentDamage } from '../../../src/main/search/index/segment-checks';
import { HEADER_BYTES, layoutOf, readHeader } from '../../../src/main/search/index/segment-format';
import { SegmentPrefetch } from '../../../src/main/search/index/segment-prefetch';
import { SegmentSet } from '../../../src/main/search/index/segment-set';
import { writeSegment } from '../../../src/main/search/index/segment-writer';
import { normalize } from '../../../src/main/search/normalize';
import { parseQuery } from '../../../src/main/search/query-parser';
import { tokenizeDocument } from '../../../src/main/search/tokenize';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

/** Writes one article per segment file; returns the manifest records with their checks. */
function writeSegments(dir: string, articles: [number, string][]) {
  return articles.map(([articleId, body]) => {
    const file = `seg-${String(articleId).padStart(6, '0')}.idx`;
    const { checks } = writeSegment([{ articleId, tokens: tokenizeDocument('', normalize(body)) }], join(dir, file));
    return { id: articleId, file, dead: null, checks };
  });
}

function readAhead(dir: string): SegmentPrefetch {
  const prefetch = new SegmentPrefetch(dir);
  while (prefetch.step());
  return prefetch;
}

function found(set: SegmentSet, query: string): number[] {
  const { hits } = evaluate(set, parseQuery(query).root!);
  return [...hits.present.keys()].filter((id) => hits.present[id] === 1);
}

describe('segments read ahead of the manifest (the search worker, while the library opens)', () => {
  it('are the ones the index uses once the manifest lists them, checked, and files it does not list are let go', () => {
    const dir = tempDir();
    const records = writeSegments(dir, [
      [1, '习近平访问莫斯科'],
      [2, '普京会见习近平'],
      [3, '一个崩溃的导入留下的段'],
    ]);
    const prefetch = readAhead(dir);
    // Gone from disk after it was read ahead: only the reader read ahead can still answer from it.
    rmSync(join(dir, records[0]!.file));
    const set = new SegmentSet(dir, prefetch.open);
    set.load(records.slice(0, 2));
    prefetch.close();
    expect(found(set, '习近平').sort()).toEqual([1, 2]);
    expect(found(set, '崩溃')).toEqual([]);
    set.close();
  });

  it('are read afresh when the file changed after it was read ahead', () => {
    const dir = tempDir();
    writeSegments(dir, [[1, '旧的内容']]);
    const prefetch = readAhead(dir);
    const [changed] = writeSegments(dir, [[1, '新的文章讲经济']]);
    const set = new SegmentSet(dir, prefetch.open);
    set.load([changed!]);
    expect(found(set, '经济')).toEqual([1]);
    expect(found(set, '旧的')).toEqual([]);
    set.close();
  });

  it('still report a damaged segment as damage, as an open without reading ahead does', () => {
    const dir = tempDir();
    const [record] = writeSegments(dir, [[1, '习近平访问莫斯科，会谈持续两天。']]);
    const path = join(dir, record!.file);
    const bytes = readFileSync(path);
    // The first article id: read by every open, and still a segment that reads as whole.
    const at = layoutOf(readHeader(bytes.subarray(0, HEADER_BYTES))).columns;
    bytes[at] = (bytes[at] as number) ^ 0x04;
    writeFileSync(path, bytes);
    const set = new SegmentSet(dir, readAhead(dir).open);
    expect(() => set.load([record!])).toThrow(SegmentDamage);
    expect(() => new SegmentSet(dir).load([record!])).toThrow(SegmentDamage);
  });
});

// The ranking keeps its best k hits in a heap; what it keeps must be what sorting every hit gives.
import { describe, expect, it } from 'vitest';
import { TopK } from '../../../src/main/search/top-k';
import { seeded } from '../../helpers/seeded-random';

describe('TopK', () => {
  it('keeps the k best ids, best first, as sorting them all would', () => {
    const random = seeded(15);
    for (const [n, k] of [
      [0, 5],
      [3, 5],
      [200, 1],
      [1000, 50],
      [1000, 0],
      [1000, 600],
    ] as const) {
      // Few distinct scores and dates, some undated (-Infinity): ties fall to the date, then to the id.
      const items = Array.from({ length: n }, (_, id) => ({
        id,
        score: Math.floor(random() * 5),
        date: random() < 0.2 ? -Infinity : Math.floor(random() * 4),
      }));
      const top = new TopK(k);
      const shuffled = [...items];
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j] as (typeof items)[number], shuffled[i] as (typeof items)[number]];
      }
      for (const item of shuffled) top.push(item.id, item.score, item.date);
      const expected = [...items]
        .sort((a, b) => b.score - a.score || (b.date === a.date ? 0 : b.date > a.date ? 1 : -1) || b.id - a.id)
        .slice(0, k)
        .map((item) => item.id);
      expect(top.sorted()).toEqual(expected);
    }
  });

  it('admits exactly the items that pushing would keep', () => {
    const random = seeded(16);
    const top = new TopK(20);
    for (let id = 0; id < 500; id++) {
      const score = Math.floor(random() * 30);
      const date = Math.floor(random() * 3);
      const admitted = top.admits(id, score, date);
      top.push(id, score, date);
      expect(top.sorted().includes(id)).toBe(admitted);
    }
  });

  it('takes a k far beyond the items pushed (a deep page) without making room for k', () => {
    const top = new TopK(2 ** 31);
    for (const id of [3, 1, 2]) top.push(id, id, 0);
    expect(top.sorted()).toEqual([3, 2, 1]);
  });
});

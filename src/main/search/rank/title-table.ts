// Every article's headline, kept by the search side: ranking asks thousands of
// times per query whether a headline holds the query as a phrase (and where), and
// suggestions list headlines. Titles are normalised when first asked for.
import { normalize } from '../normalize';

/** Titles normalised between two looks at whether a search waits (~0.1 ms of work). */
const STOP_CHECK_EVERY = 128;

export class TitleTable {
  private titles: string[] = [];
  private normalized: (string | undefined)[] = [];

  load(articles: { ids: readonly number[]; titles: readonly string[] }): void {
    this.titles = [];
    this.normalized = [];
    articles.ids.forEach((id, i) => (this.titles[id] = articles.titles[i] as string));
  }

  title(id: number): string {
    return this.titles[id] ?? '';
  }

  /**
   * Normalises every title now (warm-up), so the first search does not pay for it. Stops as soon
   * as stop() says a search waits (which normalises only the titles it ranks); says whether it finished.
   */
  normalizeAll(stop: () => boolean = () => false): boolean {
    for (let id = 0; id < this.titles.length; id++) {
      if (id % STOP_CHECK_EVERY === 0 && stop()) return false;
      if (this.titles[id] !== undefined) this.normalizedTitle(id);
    }
    return true;
  }

  normalizedTitle(id: number): string {
    let n = this.normalized[id];
    if (n === undefined) {
      n = normalize(this.title(id));
      this.normalized[id] = n;
    }
    return n;
  }
}

// Every article's headline, kept by the search side: ranking asks thousands of
// times per query whether a headline holds the query as a phrase (and where), and
// suggestions list headlines. Titles are normalised when first asked for.
import { normalize } from '../normalize';

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

  /** Normalises every title now (warm-up), so the first search does not pay for it. */
  normalizeAll(): void {
    this.titles.forEach((_, id) => this.normalizedTitle(id));
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

// Every article's id, source and date in typed arrays, newest first: lists,
// counts and search filters read these instead of querying the database, and
// combine them with the read/starred flags kept in the same shape.
import type { LibraryView } from '../../shared/model';
import type { CatalogColumns } from '../store/library-db';

const READ = 1;
const STARRED = 2;

export interface CatalogUserState {
  flags: Uint8Array;
  withdrawn: number[];
}

/** A built catalog as plain arrays, for the search worker to take over instead of building its own. */
export interface CatalogCopy {
  order: Int32Array<ArrayBuffer>;
  present: Uint8Array<ArrayBuffer>;
  stored: Uint8Array<ArrayBuffer>;
  sourceOf: Int32Array<ArrayBuffer>;
  dateOf: Float64Array<ArrayBuffer>;
  flags: Uint8Array<ArrayBuffer>;
  hiddenSources: number[];
  withdrawn: number[];
  datedCount: number;
}

/** The copy's array buffers, to be moved to the other thread rather than copied again. */
export function catalogBuffers(copy: CatalogCopy): ArrayBuffer[] {
  return [copy.order, copy.present, copy.stored, copy.sourceOf, copy.dateOf, copy.flags].map((a) => a.buffer);
}

export class Catalog {
  /** Article ids, newest first (ties: higher id first). */
  private order = new Int32Array(0);
  private present = new Uint8Array(0);
  /** present, before withdrawals: what library.db holds. */
  private stored = new Uint8Array(0);
  private sourceOf = new Int32Array(0);
  private dateOf = new Float64Array(0);
  private flags = new Uint8Array(0);
  /** Sources left out of the All and Unread views (still listed on their own). */
  private hiddenSources = new Set<number>();
  /** Articles set aside until quit (a removal that can still be undone): in no view, count or search. */
  private readonly withdrawn = new Set<number>();

  /** Dated articles come first in order; the undated ones after them, in both directions. */
  private datedCount = 0;

  rebuild(articles: CatalogColumns): void {
    const { ids, sources } = articles;
    const max = ids.reduce((m, id) => Math.max(m, id), 0);
    this.present = new Uint8Array(max + 1);
    this.sourceOf = new Int32Array(max + 1);
    this.dateOf = new Float64Array(max + 1);
    const flags = new Uint8Array(max + 1);
    flags.set(this.flags.subarray(0, Math.min(this.flags.length, flags.length)));
    this.flags = flags;
    let dated = 0;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i] as number;
      const isDated = articles.dated[i] !== 0;
      this.present[id] = 1;
      this.sourceOf[id] = sources[i] as number;
      // An undated article is older than every date, so date sorts and comparisons put it last.
      this.dateOf[id] = isDated ? (articles.dates[i] as number) : -Infinity;
      if (isDated) dated++;
    }
    this.datedCount = dated;
    this.stored = this.present.slice();
    for (const id of this.withdrawn) if (id < this.present.length) this.present[id] = 0;
    const dates = this.dateOf;
    // (-Infinity minus -Infinity is NaN, which falls through to the id.)
    this.order = ids.slice().sort((a, b) => (dates[b] as number) - (dates[a] as number) || b - a);
  }

  setHiddenSources(ids: Set<number>): void {
    this.hiddenSources = ids;
  }

  /** Takes articles out of every view until restore() (or for good, once they are removed). */
  withdraw(ids: readonly number[]): void {
    for (const id of ids) {
      this.withdrawn.add(id);
      if (id < this.present.length) this.present[id] = 0;
    }
  }

  restore(ids: readonly number[]): void {
    for (const id of ids) {
      this.withdrawn.delete(id);
      if (this.stored[id] === 1) this.present[id] = 1;
    }
  }

  get size(): number {
    return this.order.length;
  }

  /** One more than the largest article id. */
  get universe(): number {
    return this.present.length;
  }

  has(id: number): boolean {
    return id < this.present.length && this.present[id] === 1;
  }

  source(id: number): number {
    return this.sourceOf[id] as number;
  }

  /** Epoch ms; -Infinity for an undated article. */
  date(id: number): number {
    return this.dateOf[id] as number;
  }

  isDated(id: number): boolean {
    return Number.isFinite(this.dateOf[id]);
  }

  isRead(id: number): boolean {
    return ((this.flags[id] ?? 0) & READ) !== 0;
  }

  isStarred(id: number): boolean {
    return ((this.flags[id] ?? 0) & STARRED) !== 0;
  }

  setFlags(id: number, read: boolean, starred: boolean): void {
    if (id >= this.flags.length) {
      const grown = new Uint8Array(id + 1);
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[id] = (read ? READ : 0) | (starred ? STARRED : 0);
  }

  /** Copies of every array, so the copy can be moved to another thread while this catalog goes on. */
  copy(): CatalogCopy {
    return {
      order: this.order.slice(),
      present: this.present.slice(),
      stored: this.stored.slice(),
      sourceOf: this.sourceOf.slice(),
      dateOf: this.dateOf.slice(),
      flags: this.flags.slice(),
      hiddenSources: [...this.hiddenSources],
      withdrawn: [...this.withdrawn],
      datedCount: this.datedCount,
    };
  }

  static fromCopy(copy: CatalogCopy): Catalog {
    const catalog = new Catalog();
    catalog.order = copy.order;
    catalog.present = copy.present;
    catalog.stored = copy.stored;
    catalog.sourceOf = copy.sourceOf;
    catalog.dateOf = copy.dateOf;
    catalog.flags = copy.flags;
    catalog.hiddenSources = new Set(copy.hiddenSources);
    for (const id of copy.withdrawn) catalog.withdrawn.add(id);
    catalog.datedCount = copy.datedCount;
    return catalog;
  }

  /** What only this process knows (reading flags, articles set aside), for a search worker's own catalog. */
  userState(): CatalogUserState {
    return { flags: this.flags.slice(), withdrawn: [...this.withdrawn] };
  }

  applyUserState(state: CatalogUserState): void {
    const copy = new Uint8Array(Math.max(state.flags.length, this.flags.length));
    copy.set(state.flags);
    this.flags = copy;
    this.withdraw(state.withdrawn);
  }

  inView(id: number, view: LibraryView): boolean {
    if (!this.has(id)) return false;
    switch (view.kind) {
      case 'all':
        return !this.hiddenSources.has(this.sourceOf[id] as number);
      case 'unread':
        return !this.isRead(id) && !this.hiddenSources.has(this.sourceOf[id] as number);
      case 'starred':
        return this.isStarred(id);
      case 'source':
        return this.sourceOf[id] === view.sourceId;
    }
  }

  /** The k-th article in the order asked for: dated newest or oldest first, the undated after them either way. */
  private nth(k: number, newestFirst: boolean): number {
    const dated = this.datedCount;
    if (newestFirst || k >= dated) return this.order[k] as number;
    return this.order[dated - 1 - k] as number;
  }

  /** A page of the view, newest or oldest first (undated articles last); unreadOnly leaves out what is read ("Hide read"). */
  page(view: LibraryView, newestFirst: boolean, offset: number, limit: number, unreadOnly = false): { total: number; ids: number[] } {
    const ids: number[] = [];
    let total = 0;
    const n = this.order.length;
    for (let k = 0; k < n; k++) {
      const id = this.nth(k, newestFirst);
      if (!this.inView(id, view) || (unreadOnly && this.isRead(id))) continue;
      if (total >= offset && ids.length < limit) ids.push(id);
      total++;
    }
    return { total, ids };
  }

  /** The view's articles in list order (newest or oldest first), e.g. to mark them all read. */
  idsInView(view: LibraryView, newestFirst: boolean): number[] {
    return this.page(view, newestFirst, 0, this.order.length).ids;
  }

  /** total: every article; inAll and unread: the All and Unread views (hidden sources left out). */
  counts(): { total: number; inAll: number; unread: number; starred: number; bySource: Map<number, { count: number; unread: number }> } {
    let unread = 0;
    let starred = 0;
    const bySource = new Map<number, { count: number; unread: number }>();
    let total = 0;
    let inAll = 0;
    for (const id of this.order) {
      if (this.present[id] !== 1) continue;
      total++;
      const read = this.isRead(id);
      if (this.isStarred(id)) starred++;
      if (!this.hiddenSources.has(this.sourceOf[id] as number)) {
        inAll++;
        if (!read) unread++;
      }
      const s = bySource.get(this.sourceOf[id] as number) ?? { count: 0, unread: 0 };
      s.count++;
      if (!read) s.unread++;
      bySource.set(this.sourceOf[id] as number, s);
    }
    return { total, inAll, unread, starred, bySource };
  }
}

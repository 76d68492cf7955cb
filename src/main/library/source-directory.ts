// Sources as the user sees them: import names each source; the user may rename one, hide it
// from the All and Unread views, or merge it into another. Those choices live in state.db keyed
// by the imported name, so they survive re-imports; this module resolves them against the
// sources library.db has now (a merge into a source that no longer exists is ignored).
import type { SourcePref } from '../store/state-db';

export interface SourceEntry {
  id: number;
  /** The name import gave it (what state.db keys the choices by). */
  name: string;
  /** What the library pane shows. */
  displayName: string;
  hidden: boolean;
  /** The source its articles are listed under: itself, or the source it was merged into. */
  canonicalId: number;
}

export class SourceDirectory {
  private readonly byId = new Map<number, SourceEntry>();
  private readonly idByName = new Map<string, number>();

  constructor(sources: readonly { id: number; name: string }[], prefs: readonly SourcePref[]) {
    const prefOf = new Map(prefs.map((p) => [p.name, p]));
    for (const s of sources) this.idByName.set(s.name, s.id);
    for (const s of sources) {
      const pref = prefOf.get(s.name);
      this.byId.set(s.id, {
        id: s.id,
        name: s.name,
        displayName: pref?.displayName ?? s.name,
        hidden: pref?.hidden ?? false,
        canonicalId: s.id,
      });
    }
    for (const entry of this.byId.values()) entry.canonicalId = this.follow(entry.name, prefOf);
  }

  /** Follows merges to the end; a chain that loops (or leads nowhere) stops where it is. */
  private follow(name: string, prefOf: Map<string, SourcePref>): number {
    const seen = new Set<string>();
    let current = name;
    for (;;) {
      seen.add(current);
      const next = prefOf.get(current)?.mergedInto ?? null;
      if (next === null || seen.has(next) || !this.idByName.has(next)) return this.idByName.get(current) as number;
      current = next;
    }
  }

  entry(id: number): SourceEntry | undefined {
    return this.byId.get(id);
  }

  canonicalId(id: number): number {
    return this.byId.get(id)?.canonicalId ?? id;
  }

  /** The name shown for an article of this source (merged sources show the name they were merged into). */
  displayName(id: number): string {
    const entry = this.byId.get(id);
    return entry ? (this.byId.get(entry.canonicalId)?.displayName ?? entry.displayName) : '';
  }

  /** Sources that stand on their own (not merged into another), in library-pane order. */
  listed(): SourceEntry[] {
    return [...this.byId.values()]
      .filter((e) => e.canonicalId === e.id)
      .sort((a, b) => a.displayName.localeCompare(b.displayName) || a.id - b.id);
  }

  hiddenIds(): Set<number> {
    return new Set([...this.byId.values()].filter((e) => e.hidden && e.canonicalId === e.id).map((e) => e.id));
  }
}

// The search worker opens the index's segments while the main thread still loads
// library.db, which holds the manifest that says which segments are live and
// their checksums (issue 15: at 100k articles opening the segments took 40 % of
// the wait for the first search, on a core that was idle meanwhile). Segment files
// are not rewritten under the same name while the library is open, so one read
// ahead is the one the manifest lists; it is checked against the manifest's
// checksums when adopted, and read afresh if it does not match them.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SegmentReader } from './segment-reader';
import type { SegmentOpener } from './segment-set';

const SEGMENT_FILE = /^seg-\d+\.idx$/;

export class SegmentPrefetch {
  private readonly ready = new Map<string, SegmentReader>();
  private waiting: string[];

  constructor(indexDir: string) {
    let names: string[] = [];
    try {
      names = readdirSync(indexDir).filter((name) => SEGMENT_FILE.test(name));
    } catch {
      // No index folder yet (a new library): nothing to read ahead.
    }
    this.waiting = names.map((name) => join(indexDir, name));
  }

  /** Reads the segments one per turn of the event loop, so a message that comes meanwhile is not held up. */
  start(): void {
    const next = (): void => {
      if (this.step()) setImmediate(next);
    };
    setImmediate(next);
  }

  /** Opens the next waiting segment; false when none is left. */
  step(): boolean {
    const path = this.waiting.shift();
    if (path === undefined) return false;
    try {
      const reader = new SegmentReader(path);
      this.ready.set(path, reader);
      reader.readDictionary();
    } catch {
      // Gone, or not whole yet: the open that needs it reads it afresh and reports what it finds.
    }
    return this.waiting.length > 0;
  }

  /** The opener for the library: a segment read ahead if there is one, checked; else opened now. */
  readonly open: SegmentOpener = (path, checks) => {
    this.waiting = this.waiting.filter((p) => p !== path);
    const reader = this.ready.get(path);
    this.ready.delete(path);
    if (reader) {
      let adopted = false;
      try {
        adopted = reader.adoptChecks(checks);
      } finally {
        if (!adopted) reader.close();
      }
      if (adopted) return reader;
    }
    return new SegmentReader(path, checks);
  };

  /** Stops reading ahead and closes what the manifest did not ask for. */
  close(): void {
    this.waiting = [];
    for (const reader of this.ready.values()) reader.close();
    this.ready.clear();
  }
}

// Damage found in a library's files, kept as notices the app shows (with a
// Repair button) and the CLI prints, and turned into the errors callers see: a
// person reads "damaged … repair", never a stack trace.
import type { LibraryNotice } from '../../shared/model';
import { FolioError } from '../folio-error';
import { BlobDamage, packName } from '../store/blob-packs';
import type { BlobLocation } from '../store/blob-packs';

export class DamageReports {
  constructor(
    private readonly dir: string,
    /** What opening found (fallbacks, a lost reading state). */
    private found: LibraryNotice[],
  ) {}

  get notices(): readonly LibraryNotice[] {
    return this.found;
  }

  /** Notes damage found in use, once per file. */
  private note(file: string, message: string): void {
    if (!this.found.some((n) => n.kind === 'damage' && n.file === file)) this.found.push({ kind: 'damage', file, message, savedAt: null });
  }

  /** Damage another reader of the same files found (the app's search worker). */
  adopt(notices: readonly LibraryNotice[]): void {
    for (const n of notices) if (n.kind === 'damage' && n.file) this.note(n.file, n.message);
  }

  /** A stored article could not be read back (error: from reading or decoding it). */
  storedText(at: BlobLocation, error: unknown): FolioError {
    const detail = error instanceof BlobDamage ? error.message : `its bytes cannot be decoded (${(error as Error).message})`;
    const file = `packs/${packName(at.pack)}`;
    this.note(file, `${file} is damaged: ${detail}. Repair the library (folio repair) to read its articles again from their files.`);
    return new FolioError(
      'library-unreadable',
      `An article's stored text is damaged: ${detail}. Repair the library (folio repair) to read it again from its file.`,
    );
  }

  index(detail: string): FolioError {
    this.note('index', `The search index is damaged: ${detail}. Repair the library (folio repair) to rebuild it.`);
    return new FolioError(
      'library-unreadable',
      `The search index of ${this.dir} is damaged: ${detail}. Repair the library (folio repair) to rebuild it from the stored articles.`,
    );
  }

  /** The damage noted so far was repaired. */
  clear(): void {
    this.found = [];
  }
}

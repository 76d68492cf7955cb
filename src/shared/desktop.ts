// What the desktop app around the library tells the page: where the library is, the
// sample library, moving the library, and the About box.

/** A folder the user chose in the dialog or dropped on the window, with the token that lets the page import it. */
export interface ChosenFolder {
  token: string;
  path: string;
}

export interface AppInfo {
  version: string;
  /** The folder of the library shown now. */
  libraryDir: string;
  /** True while the built-in sample library is open (read-only) in place of the user's own. */
  sample: boolean;
  /** The sample library ships with the app (false in a build without it). */
  sampleAvailable: boolean;
  /** The log file (Help › Show Logs opens its folder); null where the host keeps no log. */
  logFile: string | null;
}

export interface LicenceEntry {
  name: string;
  version: string;
  licence: string;
  /** The package's licence file, verbatim; empty when the package ships none. */
  text: string;
}

export interface AboutInfo {
  name: string;
  version: string;
  /** Runtime versions (electron, chrome, node) where known. */
  runtime: Record<string, string>;
  licences: LicenceEntry[];
}

export type LibraryMovePhase = 'copying' | 'verifying' | 'removing-old';

export interface LibraryMoveProgress {
  phase: LibraryMovePhase;
  doneBytes: number;
  totalBytes: number;
}

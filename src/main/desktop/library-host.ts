// The library the desktop app shows, and the switches between libraries: the user's own
// (wherever Settings put it), the built-in sample (read-only, removable), and moving the
// user's library to another folder. Everything the page asks of "the library" is passed to
// whichever is open now. Plain Node: the Electron shell and the e2e harness both use it.
import { existsSync, readdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { CHANNELS, SHELL_CHANNELS } from '../../shared/contract';
import type { Channel, FolioEvent, Responses } from '../../shared/contract';
import type { AppInfo } from '../../shared/desktop';
import { FolioError } from '../folio-error';
import type { ServiceApi, ShellApi } from '../handlers';
import type { LibraryService } from '../service';
import type { AppConfigFile } from './app-config';
import type { LogFile } from './log-file';
import { copyAndVerify } from './move-library';
import type { MoveProgress } from './move-library';

export interface HostOptions {
  version: string;
  /** Where the app keeps its own files (the default library, the sample's working copy). */
  userDataDir: string;
  config: AppConfigFile;
  log: LogFile | null;
  /** The sample library's article files (resources/sample-library). */
  sampleArticles: string;
  /** Opens a library folder as the app does (worker, image URLs); `quiet` services emit no events. */
  openService(dir: string, options: { readOnly: boolean; quiet: boolean }): Promise<LibraryService>;
  emit(event: FolioEvent): void;
}

export type HostApi = Pick<ShellApi, 'getAppInfo' | 'moveLibrary' | 'openSampleLibrary' | 'closeSampleLibrary'>;

/** The reader's own settings apply whichever library is shown: they always go to the user's library. */
const OWN_LIBRARY_CHANNELS: readonly Channel[] = ['getSettings', 'updateSettings'];

/** The folder a moved library goes into, inside the folder the user chose. */
export const MOVED_LIBRARY_NAME = 'Folio Library';

function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export class LibraryHost implements HostApi {
  private own: LibraryService | null = null;
  private sample: LibraryService | null = null;
  private busy: string | null = null;
  /** Every channel the library service answers, passed to the library open now. */
  readonly service: ServiceApi;

  private constructor(private readonly options: HostOptions) {
    this.service = this.forwarder();
  }

  static async open(options: HostOptions): Promise<LibraryHost> {
    const host = new LibraryHost(options);
    // A sample left behind by a crash is a copy of shipped files: nothing to keep.
    await rm(host.sampleDir, { recursive: true, force: true });
    host.own = await options.openService(host.libraryDir, { readOnly: false, quiet: false });
    options.log?.info('library-opened', { dir: host.libraryDir, articles: (await host.own.getStats()).articles });
    return host;
  }

  /** The user's own library folder (shown in Settings). */
  get libraryDir(): string {
    return this.options.config.get().libraryDir ?? join(this.options.userDataDir, 'library');
  }

  private get sampleDir(): string {
    return join(this.options.userDataDir, 'sample-library');
  }

  /** The library the page sees now. */
  current(): LibraryService {
    return this.sample ?? this.ownLibrary();
  }

  private ownLibrary(): LibraryService {
    if (this.busy !== null || this.own === null) throw new FolioError('library-busy', this.busy ?? 'The library is not open.');
    return this.own;
  }

  /** The folder of the library shown now (the image protocol serves only from it). */
  currentDir(): string {
    return this.sample ? this.sampleDir : this.libraryDir;
  }

  /** The stored file of an image id in the library shown now; null while it is switching or for an unknown id. */
  imageFile(imageId: string): { path: string; mime: string } | null {
    return this.busy === null ? ((this.sample ?? this.own)?.imageFile(imageId) ?? null) : null;
  }

  /** The host's channels as plain functions, for a shell to offer beside its own. */
  api(): HostApi {
    return {
      getAppInfo: () => this.getAppInfo(),
      moveLibrary: (request) => this.moveLibrary(request),
      openSampleLibrary: () => this.openSampleLibrary(),
      closeSampleLibrary: () => this.closeSampleLibrary(),
    };
  }

  /** Imports go to the user's own library, never the sample: choosing a folder leaves the sample. */
  async startImport(request: { paths: string[] }): Promise<Responses['startImport']> {
    if (this.sample) await this.closeSampleLibrary();
    const started = await this.ownLibrary().startImport(request);
    this.options.log?.info('import-started', { folders: request.paths.length });
    return started;
  }

  /**
   * Imports the main process starts itself (a folder given to a second launch or opened with
   * Folio): they wait for a running import to end instead of being refused.
   */
  async importWhenIdle(paths: string[]): Promise<void> {
    if (this.sample) await this.closeSampleLibrary();
    await this.ownLibrary().whenIdle();
    await this.startImport({ paths });
  }

  async getAppInfo(): Promise<AppInfo> {
    return {
      version: this.options.version,
      libraryDir: this.libraryDir,
      sample: this.sample !== null,
      sampleAvailable: existsSync(this.options.sampleArticles),
      logFile: this.options.log?.file ?? null,
    };
  }

  async openSampleLibrary(): Promise<AppInfo> {
    if (this.sample) return this.getAppInfo();
    if (!existsSync(this.options.sampleArticles)) throw new FolioError('not-found', 'This copy of Folio has no sample library.');
    this.ownLibrary(); // refused while the library is being moved
    await rm(this.sampleDir, { recursive: true, force: true });
    // Built fresh from the shipped articles. Its articles are fixed (imports go to the user's
    // library, removing is refused), but reading marks work as anywhere, kept until it closes.
    const sample = await this.options.openService(this.sampleDir, { readOnly: false, quiet: true });
    try {
      await sample.importFolders([this.options.sampleArticles]);
    } finally {
      await sample.close();
    }
    this.sample = await this.options.openService(this.sampleDir, { readOnly: false, quiet: false });
    this.options.log?.info('sample-opened', { articles: (await this.sample.getStats()).articles });
    this.options.emit({ type: 'library-switched' });
    return this.getAppInfo();
  }

  async closeSampleLibrary(): Promise<AppInfo> {
    const sample = this.sample;
    if (sample) {
      this.sample = null;
      await sample.close();
      await rm(this.sampleDir, { recursive: true, force: true });
      this.options.log?.info('sample-closed');
      this.options.emit({ type: 'library-switched' });
    }
    return this.getAppInfo();
  }

  /** Copy, verify, switch, then remove the old folder: at every step one complete library exists. */
  async moveLibrary({ path }: { path: string }): Promise<Responses['moveLibrary']> {
    if (this.sample) throw new FolioError('library-busy', 'Close the sample library before moving your library.');
    const own = this.ownLibrary();
    if (own.importing) throw new FolioError('import-running', 'The library cannot be moved while an import is running.');
    const from = resolve(this.libraryDir);
    const to = join(resolve(path), MOVED_LIBRARY_NAME);
    if (isWithin(from, to) || isWithin(to, from)) throw new FolioError('invalid-request', 'Choose a folder outside the library folder.');
    if (existsSync(to) && readdirSync(to).length > 0) throw new FolioError('invalid-request', `${to} already exists and is not empty.`);

    this.busy = 'The library is being moved.';
    const emitProgress: MoveProgress = (progress) => this.options.emit({ type: 'library-move-progress', progress });
    const previousSetting = this.options.config.get().libraryDir;
    try {
      await own.close();
      this.own = null;
      try {
        await copyAndVerify(from, to, emitProgress);
        this.options.config.update({ libraryDir: to });
        this.own = await this.options.openService(to, { readOnly: false, quiet: false });
      } catch (error) {
        // The original is untouched: go back to it and drop the partial copy.
        this.options.log?.error('library-move-failed', error, { from, to });
        this.options.config.update({ libraryDir: previousSetting });
        await rm(to, { recursive: true, force: true });
        this.own = await this.options.openService(from, { readOnly: false, quiet: false });
        throw error;
      }
      this.options.log?.info('library-moved', { from, to });
      emitProgress({ phase: 'removing-old', doneBytes: 0, totalBytes: 0 });
      await rm(from, { recursive: true, force: true }).catch((error: unknown) =>
        this.options.log?.error('old-library-not-removed', error, { from }),
      );
    } finally {
      this.busy = null;
    }
    this.options.emit({ type: 'library-switched' });
    return { libraryDir: to };
  }

  async close(): Promise<void> {
    await this.closeSampleLibrary();
    await this.own?.close();
    this.own = null;
  }

  private forwarder(): ServiceApi {
    const api: Partial<Record<Channel, (request: unknown) => Promise<unknown>>> = {};
    for (const channel of CHANNELS) {
      if ((SHELL_CHANNELS as readonly Channel[]).includes(channel)) continue;
      const own = OWN_LIBRARY_CHANNELS.includes(channel);
      api[channel] = async (request) => {
        const target = (own ? this.ownLibrary() : this.current()) as unknown as Record<Channel, (request: unknown) => Promise<unknown>>;
        return target[channel].call(target, request);
      };
    }
    api.startImport = (request) => this.startImport(request as { paths: string[] });
    for (const channel of ['removeArticles', 'removeSource'] as const) {
      api[channel] = async (request) => {
        if (this.sample)
          throw new FolioError('invalid-request', 'The sample library’s articles cannot be removed: close the sample instead.');
        const target = this.current() as unknown as Record<Channel, (request: unknown) => Promise<unknown>>;
        return target[channel].call(target, request);
      };
    }
    return api as unknown as ServiceApi;
  }
}

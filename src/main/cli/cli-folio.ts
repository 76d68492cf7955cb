// The library as the CLI reaches it: through the same handler table the app's
// IPC serves, so a command asks exactly what the app would ask and every
// request is validated the same way.
import { SHELL_CHANNELS } from '../../shared/contract';
import type { Channel, FolioEvent, Requests, Responses } from '../../shared/contract';
import type { ImageJobReport, ImageScope, ImportReport, LibraryNotice } from '../../shared/model';
import { FolderGrants } from '../folder-grants';
import { FolioError } from '../folio-error';
import { createHandlers } from '../handlers';
import { checkImportRoots } from '../import/job/import-job';
import type { ShellApi } from '../handlers';
import type { LocalHosts } from '../images/address-policy';
import { LibraryService } from '../service';

export interface CliFolio {
  /** One request, its answer unwrapped: a failure is thrown as the FolioError it was. */
  call<K extends Channel>(channel: K, request: Requests[K]): Promise<Responses[K]>;
  /** What the library found wrong when it opened (fallbacks, damage), as the app's notices say it. */
  notices(): readonly LibraryNotice[];
  /** Starts an import and resolves with its report, as the app learns it: from the import-finished event. It downloads no images. */
  importFolders(paths: string[]): Promise<ImportReport>;
  /** Imports again every folder the library was imported from, as importFolders does; the report says what it found. */
  refreshFolders(): Promise<ImportReport>;
  /** Starts an image download (proxy: over the library's setting) and resolves with its report, from the image-finished event. */
  downloadImages(scope: ImageScope, proxy: string | null): Promise<ImageJobReport>;
  close(): Promise<void>;
}

export interface CliFolioOptions {
  dir: string;
  readOnly: boolean;
  workerFile: string | null;
  /** Whether image downloads may reach this machine or the local network (--allow-local-hosts). */
  localHosts: LocalHosts;
  onEvent(event: FolioEvent): void;
}

/** The desktop app's own channels (dialogs, the browser, the library's place) mean nothing on the command line. */
const refuse = (channel: string) => () =>
  Promise.reject(new FolioError('invalid-request', `${channel} is the desktop app's, not the CLI's.`));
const noShell = Object.fromEntries(SHELL_CHANNELS.map((channel) => [channel, refuse(channel)])) as unknown as ShellApi;

export async function openCliFolio(options: CliFolioOptions): Promise<CliFolio> {
  const listeners = new Set<(event: FolioEvent) => void>([options.onEvent]);
  const service = await LibraryService.open({
    dir: options.dir,
    workerFile: options.workerFile,
    readOnly: options.readOnly,
    localHosts: options.localHosts,
    // The CLI shows no images; ids are enough to find them.
    imageUrl: (id) => `folio-image://image/${id}`,
    emit: (event) => {
      for (const listener of listeners) listener(event);
    },
  });
  // Folders named on the command line are the CLI's folder dialog: granted, then imported by token as the app does.
  const grants = new FolderGrants();
  const handlers = createHandlers(service, noShell, grants);
  const call = async <K extends Channel>(channel: K, request: Requests[K]): Promise<Responses[K]> => {
    const answer = await handlers[channel](request);
    if (!answer.ok) throw new FolioError(answer.error.code, answer.error.message);
    return answer.value;
  };
  /** Starts a job through its channel and resolves with the report its finished event carries. */
  const job = async <R extends { jobId: string }>(reportOf: (event: FolioEvent) => R | null, start: () => Promise<string>): Promise<R> => {
    const reports = new Map<string, R>();
    let arrived = (): void => undefined;
    // Listening before the job starts, so its finished event cannot be missed.
    const listener = (event: FolioEvent): void => {
      const report = reportOf(event);
      if (!report) return;
      reports.set(report.jobId, report);
      arrived();
    };
    listeners.add(listener);
    try {
      const jobId = await start();
      while (!reports.has(jobId)) await new Promise<void>((resolve) => (arrived = resolve));
      return reports.get(jobId) as R;
    } finally {
      listeners.delete(listener);
    }
  };
  return {
    call,
    notices: () => service.libraryNotices(),
    importFolders: (paths) =>
      job(
        (event) => (event.type === 'import-finished' ? event.report : null),
        async () => {
          // A missing folder is named as such (a grant would only leave it out).
          const problem = checkImportRoots(paths);
          if (problem) throw new FolioError('folder-missing', problem);
          const folders = grants.grant(paths).map((f) => f.token);
          return (await call('startImport', { folders, downloadImages: false })).jobId;
        },
      ),
    refreshFolders: () =>
      job(
        (event) => (event.type === 'import-finished' ? event.report : null),
        async () => {
          const { jobId } = await call('refreshFolders', { downloadImages: false });
          if (jobId === null)
            throw new FolioError('folder-missing', 'This library knows no folder to import again. Name the folders to import.');
          return jobId;
        },
      ),
    downloadImages: (scope, proxy) =>
      job(
        (event) => (event.type === 'image-finished' ? event.report : null),
        async () => (await call('startImageJob', { scope, ...(proxy === null ? {} : { proxy }) })).jobId,
      ),
    close: () => service.close(),
  };
}

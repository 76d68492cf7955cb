// The handler table: one function per contract channel, each validating its raw
// argument against the shared schema before it reaches the service. Electron's
// IPC binding and the e2e bridge both serve exactly this table.
import type { z } from 'zod';
import { CHANNELS, SHELL_CHANNELS } from '../shared/contract';
import type { Channel, Responses, ServiceChannel, ShellChannel } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { requestSchemas } from '../shared/requests';
import { FolderGrants } from './folder-grants';
import { toErrorShape } from './folio-error';

export type ValidRequest<K extends Channel> = z.output<(typeof requestSchemas)[K]>;

/** Channels whose folders cross the boundary as tokens: the page sends tokens, the service and shell get paths. */
type FolderChannel = 'pickFolders' | 'startImport' | 'moveLibrary';
type Api<K extends Channel> = { [C in K]: (request: ValidRequest<C>) => Promise<Responses[C]> };

/** What the library service answers: every channel except the shell's own. */
export type ServiceApi = Api<Exclude<ServiceChannel, FolderChannel>> & {
  startImport(request: { paths: string[]; downloadImages?: boolean }): Promise<Responses['startImport']>;
};

/** What the app around the library does: system dialogs, the system browser, the library's place, the sample. */
export type ShellApi = Api<Exclude<ShellChannel, FolderChannel>> & {
  /** The folders chosen in the system dialog ([] when cancelled). */
  pickFolders(request: ValidRequest<'pickFolders'>): Promise<string[]>;
  moveLibrary(request: { path: string }): Promise<Responses['moveLibrary']>;
};

export type HandlerTable = { [K in Channel]: (raw: unknown) => Promise<Envelope<Responses[K]>> };

function handler<K extends Channel>(channel: K, call: (request: ValidRequest<K>) => Promise<Responses[K]>) {
  return async (raw: unknown): Promise<Envelope<Responses[K]>> => {
    const parsed = requestSchemas[channel].safeParse(raw ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return { ok: false, error: { code: 'invalid-request', message: `${channel}: ${issue?.message ?? 'invalid request'}${where}` } };
    }
    try {
      return { ok: true, value: await call(parsed.data as ValidRequest<K>) };
    } catch (error) {
      return { ok: false, error: toErrorShape(error) };
    }
  };
}

/**
 * `grants` holds the folders the user chose or dropped; the shell passes the one it also gives
 * dropped folders to, so a token from either works for startImport and moveLibrary.
 */
export function createHandlers(service: ServiceApi, shell: ShellApi, grants = new FolderGrants()): HandlerTable {
  const folderCalls: { [K in FolderChannel]: (request: ValidRequest<K>) => Promise<Responses[K]> } = {
    pickFolders: async (request) => ({ folders: grants.grant(await shell.pickFolders(request)) }),
    startImport: (request) => service.startImport({ paths: grants.folders(request.folders), downloadImages: request.downloadImages }),
    moveLibrary: (request) => shell.moveLibrary({ path: grants.folders([request.folder])[0]! }),
  };
  const table: Partial<Record<Channel, (raw: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const channel of CHANNELS) {
    // ServiceApi and ShellApi are typed from the contract, so each channel's method exists on its target.
    const target = (SHELL_CHANNELS as readonly Channel[]).includes(channel) ? shell : service;
    const folderCall = (folderCalls as unknown as Partial<Record<Channel, (request: unknown) => Promise<never>>>)[channel];
    const methods = target as unknown as Record<Channel, (request: unknown) => Promise<never>>;
    table[channel] = handler(channel, (request) => (folderCall ? folderCall(request) : methods[channel].call(target, request)));
  }
  return table as HandlerTable;
}

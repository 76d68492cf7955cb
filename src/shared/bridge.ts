// Builds window.folio from the channel list on top of a transport. The preload
// passes ipcRenderer; the e2e fixture passes a Playwright binding. The function
// must stay self-contained (no imports at run time): the e2e fixture injects its
// source text into the page as an init script.
import type { Channel, FolioBridge, FolioEvent } from './contract';
import type { Envelope } from './errors';

export type Invoke = (channel: Channel, request: unknown) => Promise<Envelope<unknown>>;
export type Subscribe = (listener: (event: FolioEvent) => void) => () => void;
export type DropFolders = FolioBridge['dropFolders'];

export function createFolioBridge(
  channels: readonly Channel[],
  invoke: Invoke,
  subscribe: Subscribe,
  dropFolders: DropFolders,
): FolioBridge {
  const bridge: Record<string, unknown> = {};
  for (const channel of channels) {
    bridge[channel] = (request: unknown) => invoke(channel, request ?? {});
  }
  bridge.onEvent = (listener: (event: FolioEvent) => void) => subscribe(listener);
  bridge.dropFolders = (files: readonly Blob[]) => dropFolders(Array.from(files));
  return Object.freeze(bridge) as FolioBridge;
}

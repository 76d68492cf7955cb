// The handler table: one function per contract channel, each validating its raw
// argument against the shared schema before it reaches the service. Electron's
// IPC binding and the e2e bridge both serve exactly this table.
import type { z } from 'zod';
import { CHANNELS, SHELL_CHANNELS } from '../shared/contract';
import type { Channel, Responses, ServiceChannel, ShellChannel } from '../shared/contract';
import type { Envelope } from '../shared/errors';
import { requestSchemas } from '../shared/requests';
import { toErrorShape } from './folio-error';

export type ValidRequest<K extends Channel> = z.output<(typeof requestSchemas)[K]>;

/** What the library service answers: every channel except the shell's own. */
export type ServiceApi = { [K in ServiceChannel]: (request: ValidRequest<K>) => Promise<Responses[K]> };

/** What only the desktop shell can do (system dialogs, the system browser). */
export type ShellApi = { [K in ShellChannel]: (request: ValidRequest<K>) => Promise<Responses[K]> };

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

export function createHandlers(service: ServiceApi, shell: ShellApi): HandlerTable {
  const table: Partial<Record<Channel, (raw: unknown) => Promise<Envelope<unknown>>>> = {};
  for (const channel of CHANNELS) {
    // ServiceApi and ShellApi are typed from the contract, so each channel's method exists on its target.
    const target = (SHELL_CHANNELS as readonly Channel[]).includes(channel) ? shell : service;
    const method = (target as unknown as Record<Channel, (request: unknown) => Promise<never>>)[channel];
    table[channel] = handler(channel, (request) => method.call(target, request));
  }
  return table as HandlerTable;
}

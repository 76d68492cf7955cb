import type { keyOf } from '../../../src/renderer/src/keyboard/key-of';

/** The fields of a KeyboardEvent that shortcuts read. */
export type Press = Parameters<typeof keyOf>[0];

/** A key press as the browser reports it: `key` is what the key types (already shifted). */
export const press = (key: string, mods: Partial<Omit<Press, 'key'>> = {}): Press => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
});

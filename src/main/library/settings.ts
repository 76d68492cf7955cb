// Settings are stored as strings in state.db; unknown or damaged values fall back to defaults.
import type { z } from 'zod';
import { DEFAULT_SETTINGS } from '../../shared/default-settings';
import type { Settings } from '../../shared/model';
import { settingsSchema } from '../../shared/requests';
import type { StateDb } from '../store/state-db';

/** A stored string as the value writeSettings stored it from (String(value)). */
function decode(stored: string | undefined): unknown {
  if (stored === 'true' || stored === 'false') return stored === 'true';
  const n = Number(stored);
  return stored !== undefined && stored.trim() !== '' && Number.isFinite(n) ? n : stored;
}

export function readSettings(state: StateDb): Settings {
  const stored = state.settings();
  // Each value is checked by the schema that checks an updateSettings request; what fails it falls back to its default.
  // A value is first taken as stored, so a text setting that looks like a number or a flag (a User-Agent of "123")
  // stays text; only what fails as stored is decoded (numbers and flags were stored as strings).
  const settings = Object.entries(settingsSchema.shape).map(([key, shape]) => {
    const schema: z.ZodType = shape;
    const raw = stored.get(key);
    const asStored = schema.safeParse(raw);
    return [key, asStored.success ? asStored.data : schema.catch(DEFAULT_SETTINGS[key as keyof Settings]).parse(decode(raw))];
  });
  return Object.fromEntries(settings) as Settings;
}

export function writeSettings(state: StateDb, changes: Partial<Settings>): void {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) state.putSetting(key, String(value));
}

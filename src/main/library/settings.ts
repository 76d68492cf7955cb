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
  const settings = Object.entries(settingsSchema.shape).map(([key, schema]) => {
    const fallback = DEFAULT_SETTINGS[key as keyof Settings];
    return [key, (schema as z.ZodType).catch(fallback).parse(decode(stored.get(key)))];
  });
  return Object.fromEntries(settings) as Settings;
}

export function writeSettings(state: StateDb, changes: Partial<Settings>): void {
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) state.putSetting(key, String(value));
}

import type { Migration } from '../migration';
import { initial } from './0010-initial';
import { sourcePrefs } from './0030-source-prefs';
import { savedSearches } from './0040-saved-searches';

/** Every state.db migration, oldest first. */
export const stateMigrations: readonly Migration[] = [initial, sourcePrefs, savedSearches];

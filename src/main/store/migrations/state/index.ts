import type { Migration } from '../migration';
import { initial } from './0010-initial';
import { savedSearches } from './0040-saved-searches';

/** Every state.db migration, oldest first. */
export const stateMigrations: readonly Migration[] = [initial, savedSearches];

import type { Migration } from '../migration';
import { initial } from './0010-initial';

/** Every library.db migration, oldest first. */
export const libraryMigrations: readonly Migration[] = [initial];

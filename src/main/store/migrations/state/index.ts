import type { Migration } from '../migration';
import { initial } from './0010-initial';

/** Every state.db migration, oldest first. */
export const stateMigrations: readonly Migration[] = [initial];

import type { Migration } from '../migration';
import { initial } from './0010-initial';
import { filesByArticle } from './0020-files-by-article';
import { checksums } from './0030-checksums';
import { remoteImages } from './0050-remote-images';
import { articleLang } from './0060-article-lang';

/** Every library.db migration, oldest first. */
export const libraryMigrations: readonly Migration[] = [initial, filesByArticle, checksums, remoteImages, articleLang];

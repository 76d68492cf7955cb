// What the rest of the service needs from store/: the shapes of stored rows, the
// encoding of an article's body, the content digest, and the desktop app's few needs. Re-exported here so that
// store/ is reached only through library/ (a lint rule holds every other folder to it).
export type { ArticleImageRow, ArticleRow, FileRow, HitRow, NewArticle, ShownImageRow } from '../store/library-rows';
// Downloaded remote images (src/main/images/).
export type { RemoteRef, StoredImage } from '../store/image-db';
export { encodeArticleBody } from '../store/article-body';
export { digest } from '../store/digest';
// For the desktop app's own files (its config) and its packaged sql.js.
export { previousCopy, replaceKeepingGoodCopy } from '../store/atomic-file';
export { sqlJs, sqlWasmFile, useSqlWasmFile } from '../store/sql-js';
// Saved searches as stored in state.db.
export type { SavedSearchRow } from '../store/saved-search-rows';

// What the rest of the service needs from store/: the shapes of stored rows, the
// encoding of an article's body, and the content digest. Re-exported here so that
// store/ is reached only through library/ (a lint rule holds every other folder to it).
export type { ArticleImageRow, ArticleRow, FileRow, NewArticle } from '../store/library-rows';
export { encodeArticleBody } from '../store/article-body';
export { digest } from '../store/digest';

import type { Migration } from '../migration';

// Each article's language (BCP 47: zh-Hans, zh-Hant, en, ja, ko), so the reading pane can pick
// the right CJK font and punctuation. Existing rows stay NULL: the language is worked out from the
// text when such an article is shown, and stored the next time its file is re-imported with changes.
export const articleLang: Migration = {
  version: 60,
  name: 'article-lang',
  up(db) {
    db.run('ALTER TABLE articles ADD COLUMN lang TEXT');
  },
};

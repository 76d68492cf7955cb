import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';
import { ArticleRow, ARTICLE_ROW_HEIGHT } from './article-row';
import { VirtualRows } from './virtual-rows';

const renderArticleRow = (index: number) => <ArticleRow index={index} />;

export function ArticleList() {
  const { t } = useI18n();
  const total = useFolio((s) => s.list.total);
  const known = useFolio((s) => s.list.known);
  const cursor = useFolio((s) => s.listCursor);
  const viewKind = useFolio((s) => s.view.kind);
  const ensureListRange = useFolio((s) => s.ensureListRange);
  const openAt = useFolio((s) => s.openAt);

  if (known && total === 0) {
    const empty = viewKind === 'unread' ? t('noUnread') : viewKind === 'starred' ? t('noStarred') : t('noArticles');
    return <p className="list-empty">{empty}</p>;
  }
  return (
    <VirtualRows
      count={total}
      rowHeight={ARTICLE_ROW_HEIGHT}
      cursor={cursor}
      label={t('listPane')}
      idPrefix="article"
      onRange={ensureListRange}
      onActivate={openAt}
      renderRow={renderArticleRow}
    />
  );
}

import { useCallback, useRef } from 'react';
import { useI18n } from '../i18n/use-i18n';
import { rowAt } from '../state/paged-rows';
import { useFolio } from '../state/store';
import { ArticleRow, ARTICLE_ROW_HEIGHT } from './article-row';
import { VirtualRows } from './virtual-rows';

const renderArticleRow = (index: number) => <ArticleRow index={index} />;

export function ArticleList() {
  const { t, formatDate } = useI18n();
  const total = useFolio((s) => s.list.total);
  const known = useFolio((s) => s.list.known);
  // Read so row labels follow the rows as pages arrive and flags change.
  const list = useFolio((s) => s.list);
  const cursor = useFolio((s) => s.listCursor);
  const viewKind = useFolio((s) => s.view.kind);
  const ensureListRange = useFolio((s) => s.ensureListRange);
  const openAt = useFolio((s) => s.openAt);
  const markOnScroll = useFolio((s) => s.settings.markReadOnScroll);
  const markedUpTo = useRef(0);

  const rowLabel = useCallback(
    (index: number) => {
      const row = rowAt(list, index);
      if (!row) return undefined;
      const state = [row.read ? '' : t('unread'), row.starred ? t('starred') : ''].filter(Boolean);
      const date = row.date === null || row.dateKind === 'undated' ? t('undated') : formatDate(row.date, 'short', row.dateKind);
      return [row.title, row.source, date, ...state].join(', ');
    },
    [list, t, formatDate],
  );

  // Rows that left the top of the list were seen: with the setting on, they are marked read.
  const scrolledPast = useCallback((first: number) => {
    if (first <= markedUpTo.current) return;
    const s = useFolio.getState();
    const ids: number[] = [];
    for (let i = markedUpTo.current; i < first; i++) {
      const row = rowAt(s.list, i);
      if (row && !row.read) ids.push(row.id);
    }
    markedUpTo.current = first;
    if (ids.length > 0) void s.setArticleState(ids, { read: true });
  }, []);

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
      rowLabel={rowLabel}
      onScrolledPast={markOnScroll ? scrolledPast : undefined}
    />
  );
}

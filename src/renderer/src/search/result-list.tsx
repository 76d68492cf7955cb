import { useI18n } from '../i18n/use-i18n';
import { VirtualRows } from '../list/virtual-rows';
import { useFolio } from '../state/store';
import { EmptyResults } from './empty-results';
import { ResultRow, RESULT_ROW_HEIGHT } from './result-row';

const renderResultRow = (index: number) => <ResultRow index={index} />;

export function ResultList() {
  const { t } = useI18n();
  const total = useFolio((s) => s.results.total);
  const cursor = useFolio((s) => s.hitCursor);
  const ensureHitRange = useFolio((s) => s.ensureHitRange);
  const openAt = useFolio((s) => s.openAt);

  if (total === 0) return <EmptyResults />;
  return (
    <VirtualRows
      count={total}
      rowHeight={RESULT_ROW_HEIGHT}
      cursor={cursor}
      label={t('searchResults')}
      idPrefix="hit"
      onRange={ensureHitRange}
      onActivate={openAt}
      renderRow={renderResultRow}
    />
  );
}

import { useI18n } from '../i18n/use-i18n';
import { selectedSource } from '../state/selectors';
import { useFolio } from '../state/store';

/** The name of the library-pane selection a search is narrowed to; '' for All articles (nothing narrows it). */
export function useViewName(): string {
  const { t } = useI18n();
  const viewKind = useFolio((s) => s.view.kind);
  const sourceName = useFolio((s) => selectedSource(s)?.name);
  if (viewKind === 'source') return sourceName ?? '';
  return viewKind === 'unread' ? t('viewUnread') : viewKind === 'starred' ? t('viewStarred') : '';
}

import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

/** The star at the end of a row: shows the state, and toggles it without opening the article. */
export function StarToggle({ id, starred }: { id: number; starred: boolean }) {
  const { t } = useI18n();
  const setArticleState = useFolio((s) => s.setArticleState);
  return (
    <button
      type="button"
      className={starred ? 'row-star on' : 'row-star'}
      aria-pressed={starred}
      aria-label={starred ? t('unstar') : t('star')}
      title={t('toggleStarTitle')}
      tabIndex={-1}
      onClick={(event) => {
        event.stopPropagation();
        void setArticleState([id], { starred: !starred });
      }}
    >
      <Icon name="star" filled={starred} />
    </button>
  );
}

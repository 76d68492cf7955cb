import { Icon } from '../common/icons';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

/**
 * The star at the end of a row: shows the state, and toggles it without opening the article.
 * Not a button: a control inside a list option is a nested control screen readers cannot reach;
 * the row's own label says "starred", and S stars from the keyboard.
 */
export function StarToggle({ id, starred }: { id: number; starred: boolean }) {
  const { t } = useI18n();
  const setArticleState = useFolio((s) => s.setArticleState);
  return (
    <span
      className={starred ? 'row-star on' : 'row-star'}
      aria-hidden="true"
      data-starred={starred}
      title={t('toggleStarTitle')}
      onClick={(event) => {
        event.stopPropagation();
        void setArticleState([id], { starred: !starred });
      }}
    >
      <Icon name="star" filled={starred} />
    </span>
  );
}

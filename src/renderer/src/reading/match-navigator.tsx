import { IconButton } from '../common/icon-button';
import { useI18n } from '../i18n/use-i18n';
import { useFolio } from '../state/store';

/** "3 / 12" with previous/next, for an article opened from search results. */
export function MatchNavigator() {
  const { t } = useI18n();
  const count = useFolio((s) => s.matchHits.length);
  const current = useFolio((s) => s.currentMatch);
  const stepMatch = useFolio((s) => s.stepMatch);
  if (count === 0) return null;
  return (
    <div className="match-navigator" role="group" aria-label={t('matchesLabel')}>
      <IconButton label={t('previousMatch')} icon="up" onClick={() => stepMatch(-1)} />
      <span className="match-position" aria-live="polite">
        {t('matchPosition', { current: current + 1, count })}
      </span>
      <IconButton label={t('nextMatch')} icon="down" onClick={() => stepMatch(1)} />
    </div>
  );
}

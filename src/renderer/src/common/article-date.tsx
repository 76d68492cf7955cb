import { useI18n } from '../i18n/use-i18n';

/** A localised date; a guessed one (file mtime) is marked ≈ and says so on hover. */
export function ArticleDate({ iso, guessed, style }: { iso: string; guessed: boolean; style: 'short' | 'long' }) {
  const { formatDate, t } = useI18n();
  return (
    <time dateTime={iso} className={guessed ? 'date guessed' : 'date'} title={guessed ? t('dateGuessed') : undefined}>
      {guessed ? '≈ ' : ''}
      {formatDate(iso, style)}
    </time>
  );
}

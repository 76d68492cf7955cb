import type { ArticleImage } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { splitCredit } from '../reading/image-credit';
import { useFolio } from '../state/store';

/** The image's caption (its figcaption, else its title or alt text) and, for a downloaded one, where it came from. */
export function ViewerCaption({ image }: { image: ArticleImage }) {
  const { t } = useI18n();
  const openLink = useFolio((s) => s.openLink);
  const caption = image.caption || image.title || image.alt;
  const source = image.sourceUrl;
  if (!caption && !source) return null;
  const { text, credit } = splitCredit(caption);
  return (
    <div className="viewer-caption">
      {caption && (
        <p>
          {text}
          {credit && <span className="viewer-credit">{credit}</span>}
        </p>
      )}
      {source && (
        <a
          className="viewer-source"
          href={source}
          title={t('openOriginalTitle', { url: source })}
          onClick={(event) => {
            event.preventDefault();
            void openLink(source);
          }}
        >
          {source}
        </a>
      )}
    </div>
  );
}

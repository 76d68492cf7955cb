import { useEffect, useLayoutEffect, useRef } from 'react';
import type { KeyboardEvent, MouseEvent } from 'react';
import type { ArticleDetail } from '../../../shared/model';
import { useI18n } from '../i18n/use-i18n';
import { isDownloadingImagesOf } from '../state/selectors';
import { useFolio } from '../state/store';
import { collectMatchHits, sanitizeArticle } from './sanitize-article';

const SAFE_LINK = /^(?:https?:|mailto:)/i;

function viewerIndexOf(target: EventTarget): number | null {
  const img = target instanceof Element ? target.closest('img[data-viewer-index]') : null;
  return img ? Number(img.getAttribute('data-viewer-index')) : null;
}

/**
 * The article's HTML, inserted as a sanitised DOM fragment that React does not manage, so the
 * match marks can be restyled and scrolled to without re-rendering the whole body.
 */
export function ArticleBody({ article }: { article: ArticleDetail }) {
  const ref = useRef<HTMLDivElement>(null);
  const { t } = useI18n();
  const downloading = useFolio((s) => isDownloadingImagesOf(s.imageJob, article.id));
  const startImageJob = useFolio((s) => s.startImageJob);
  const setMatchHits = useFolio((s) => s.setMatchHits);
  const matchHits = useFolio((s) => s.matchHits);
  const currentMatch = useFolio((s) => s.currentMatch);
  const openViewer = useFolio((s) => s.openViewer);
  const openLink = useFolio((s) => s.openLink);
  const highlighted = useFolio((s) => s.highlight !== '');
  const { html, images, imageFailures, title } = article;

  useLayoutEffect(() => {
    const body = ref.current;
    if (!body) return;
    const labels = {
      remote: t('imageNotDownloaded'),
      missing: t('imageNotFound'),
      download: t('downloadArticleImages'),
      downloading: t('downloadingImages'),
      failed: (reason: string) => t('imageFailed', { reason }),
    };
    body.replaceChildren(
      sanitizeArticle(html, {
        images,
        missing: { labels, failures: imageFailures, downloading },
        articleTitle: title,
        openImageLabel: (n) => t('openImage', { n }),
      }),
    );
    setMatchHits(collectMatchHits(body));
  }, [html, images, imageFailures, title, downloading, t, setMatchHits]);

  // The query changed or was cleared: its marks go at once, without fetching the article again.
  useEffect(() => {
    const body = ref.current;
    if (!body || highlighted) return;
    for (const mark of Array.from(body.querySelectorAll('mark.folio-hit'))) mark.replaceWith(...Array.from(mark.childNodes));
    body.normalize();
  }, [highlighted, html]);

  useEffect(() => {
    const body = ref.current;
    const hit = matchHits[currentMatch];
    if (!body || hit === undefined) return;
    for (const mark of Array.from(body.querySelectorAll('mark.current'))) mark.classList.remove('current');
    const marks = Array.from(body.querySelectorAll(`mark[data-hit="${hit}"]`));
    for (const mark of marks) mark.classList.add('current');
    marks[0]?.scrollIntoView({ block: 'center' });
  }, [matchHits, currentMatch]);

  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const index = viewerIndexOf(event.target);
    if (index !== null) return openViewer(index);
    if (event.target instanceof Element && event.target.closest('[data-folio-download]')) {
      void startImageJob({ kind: 'article', id: article.id });
      return;
    }
    const link = event.target instanceof Element ? event.target.closest('a') : null;
    if (!link) return;
    // Every link leaves through the system browser, and only when clicked; the app never navigates.
    event.preventDefault();
    const href = link.getAttribute('href');
    if (href && SAFE_LINK.test(href)) void openLink(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = event.key === 'Enter' ? viewerIndexOf(event.target) : null;
    if (index === null) return;
    event.preventDefault();
    openViewer(index);
  };

  return <div ref={ref} className="article-body" onClick={onClick} onAuxClick={(event) => event.preventDefault()} onKeyDown={onKeyDown} />;
}

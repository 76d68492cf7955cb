import { useEffect, useState } from 'react';
import { fitPanes } from './common/pane-fit';
import { PaneResizer } from './common/pane-resizer';
import { usePaneWidths } from './common/use-pane-widths';
import { SampleBanner } from './desktop/sample-banner';
import { ImageJobBar } from './images/image-job-bar';
import { ImportProgressBar } from './import/import-progress';
import { LibraryPane } from './library/library-pane';
import { ListPane } from './list/list-pane';
import { ReadingPane } from './reading/reading-pane';
import { DamageBanner } from './repair/damage-banner';
import { useFolio } from './state/store';

interface MainLayoutProps {
  onOpenSettings(): void;
  onOpenHelp(): void;
}

function useWindowWidth(): number {
  const [width, setWidth] = useState(window.innerWidth);
  useEffect(() => {
    const update = () => setWidth(window.innerWidth);
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  return width;
}

/** Three resizable panes: library, article list, reading pane — collapsed as the window requires; damage found, a running import and an image download show above them. */
export function MainLayout({ onOpenSettings, onOpenHelp }: MainLayoutProps) {
  const [widths, resize] = usePaneWidths();
  const windowWidth = useWindowWidth();
  const libraryMode = useFolio((s) => s.libraryMode);
  const listHidden = useFolio((s) => s.listHidden);
  const articleOpen = useFolio((s) => s.article !== null);
  const fontSize = useFolio((s) => s.settings.fontSize);
  const fit = fitPanes({ windowWidth, libraryMode, listHidden, articleOpen, widths, fontSize });
  const crowdedOut = !fit.listShown && !(listHidden && articleOpen);
  const listPeek = useFolio((s) => s.listPeek);
  const articleId = useFolio((s) => s.article?.id);
  const setListCrowdedOut = useFolio((s) => s.setListCrowdedOut);
  const closeListPeek = useFolio((s) => s.closeListPeek);
  const setLibraryShown = useFolio((s) => s.setLibraryShown);
  useEffect(() => setListCrowdedOut(crowdedOut), [crowdedOut, setListCrowdedOut]);
  useEffect(() => setLibraryShown(fit.library), [fit.library, setLibraryShown]);
  // The peeked list steps aside again once the next article is open.
  useEffect(() => closeListPeek(), [articleId, closeListPeek]);
  const columns = [
    fit.library !== 'hidden' ? `${fit.libraryWidth}px` : '',
    fit.library === 'full' ? 'auto' : '',
    fit.listShown ? `${fit.listWidth}px auto` : '',
    'minmax(0, 1fr)',
  ].filter(Boolean);

  return (
    <div className="main-layout">
      <DamageBanner />
      <SampleBanner />
      <ImportProgressBar />
      <ImageJobBar />
      <div className="panes" style={{ gridTemplateColumns: columns.join(' ') }}>
        {fit.library !== 'hidden' && (
          <LibraryPane onOpenSettings={onOpenSettings} onOpenHelp={onOpenHelp} compact={fit.library === 'icons'} />
        )}
        {fit.library === 'full' && <PaneResizer pane="library" width={widths.library} onResize={resize} />}
        {fit.listShown && (
          <>
            <ListPane />
            <PaneResizer pane="list" width={fit.listWidth} onResize={resize} />
          </>
        )}
        <ReadingPane listShown={fit.listShown || listPeek} />
        {!fit.listShown && listPeek && (
          <div className="list-peek" style={{ left: fit.libraryWidth, width: Math.min(fit.listWidth, windowWidth - fit.libraryWidth) }}>
            <ListPane />
          </div>
        )}
      </div>
    </div>
  );
}

import { PaneResizer } from './common/pane-resizer';
import { usePaneWidths } from './common/use-pane-widths';
import { SampleBanner } from './desktop/sample-banner';
import { ImportProgressBar } from './import/import-progress';
import { LibraryPane } from './library/library-pane';
import { ListPane } from './list/list-pane';
import { ReadingPane } from './reading/reading-pane';

interface MainLayoutProps {
  onOpenSettings(): void;
  onOpenHelp(): void;
}

/** Three resizable panes: library, article list, reading pane; a running import shows above them. */
export function MainLayout({ onOpenSettings, onOpenHelp }: MainLayoutProps) {
  const [widths, resize] = usePaneWidths();
  return (
    <div className="main-layout">
      <SampleBanner />
      <ImportProgressBar />
      <div className="panes" style={{ gridTemplateColumns: `${widths.library}px auto ${widths.list}px auto minmax(0, 1fr)` }}>
        <LibraryPane onOpenSettings={onOpenSettings} onOpenHelp={onOpenHelp} />
        <PaneResizer pane="library" width={widths.library} onResize={resize} />
        <ListPane />
        <PaneResizer pane="list" width={widths.list} onResize={resize} />
        <ReadingPane />
      </div>
    </div>
  );
}

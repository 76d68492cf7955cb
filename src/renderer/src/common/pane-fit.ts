// Which panes fit the window, and how wide: the reading column keeps at least ~30 characters a
// line, so as the window narrows the list gives up width first, then the library pane collapses
// to icons, then the list steps aside while an article is open, then the library pane hides.
import type { LibraryPaneMode } from '../state/store-types';
import { PANE_LIMITS } from './use-pane-widths';
import type { PaneWidths } from './use-pane-widths';

export const ICON_PANE_WIDTH = 52;
/** Characters a line the reading column keeps (one CJK character is one em). */
export const MIN_READING_CHARS = 30;
/** The reading column's side padding, both sides together, at narrow widths. */
const READER_PADDING = 48;
/** An empty reading pane ("select an article") needs only room for its hint. */
const EMPTY_READER = 280;

export interface PaneFitInput {
  windowWidth: number;
  libraryMode: LibraryPaneMode;
  listHidden: boolean;
  articleOpen: boolean;
  widths: PaneWidths;
  fontSize: number;
}

export interface PaneFit {
  library: LibraryPaneMode;
  libraryWidth: number;
  listShown: boolean;
  listWidth: number;
}

const libraryWidthOf = (mode: LibraryPaneMode, full: number): number => (mode === 'full' ? full : mode === 'icons' ? ICON_PANE_WIDTH : 0);

export function fitPanes(input: PaneFitInput): PaneFit {
  const reader = input.articleOpen ? MIN_READING_CHARS * input.fontSize + READER_PADDING : EMPTY_READER;
  let library = input.libraryMode;
  let listShown = !(input.listHidden && input.articleOpen);
  let listWidth = input.widths.list;
  const used = () => libraryWidthOf(library, input.widths.library) + (listShown ? listWidth : 0) + reader;
  const room = input.windowWidth;
  if (used() > room && listShown) listWidth = Math.max(PANE_LIMITS.list[0], room - libraryWidthOf(library, input.widths.library) - reader);
  if (used() > room && library === 'full') library = 'icons';
  if (used() > room && listShown && input.articleOpen) listShown = false;
  if (used() > room && library === 'icons') library = 'hidden';
  return { library, libraryWidth: libraryWidthOf(library, input.widths.library), listShown, listWidth };
}

// Panes that give way as the window narrows, so the article keeps at least 30 characters a line.
import { describe, expect, it } from 'vitest';
import { fitPanes, ICON_PANE_WIDTH, MIN_READING_CHARS } from '../../../src/renderer/src/common/pane-fit';
import type { PaneFitInput } from '../../../src/renderer/src/common/pane-fit';

const base: PaneFitInput = {
  windowWidth: 1440,
  libraryMode: 'full',
  listHidden: false,
  articleOpen: true,
  widths: { library: 230, list: 380 },
  fontSize: 18,
};
const readerWidth = (input: PaneFitInput) => {
  const fit = fitPanes(input);
  return input.windowWidth - fit.libraryWidth - (fit.listShown ? fit.listWidth : 0);
};

describe('fitPanes', () => {
  it('keeps all three panes as the user set them in a wide window', () => {
    expect(fitPanes(base)).toEqual({ library: 'full', libraryWidth: 230, listShown: true, listWidth: 380 });
  });

  it('narrows the list, then shows the library as icons, then hides the list while reading, then the library', () => {
    expect(fitPanes({ ...base, windowWidth: 1150 })).toMatchObject({ library: 'full', listShown: true, listWidth: 1150 - 230 - 588 });
    expect(fitPanes({ ...base, windowWidth: 1024 })).toMatchObject({
      library: 'icons',
      libraryWidth: ICON_PANE_WIDTH,
      listShown: true,
      listWidth: 260,
    });
    expect(fitPanes({ ...base, windowWidth: 720 })).toMatchObject({ library: 'icons', listShown: false });
    expect(fitPanes({ ...base, windowWidth: 620 })).toMatchObject({ library: 'hidden', listShown: false });
  });

  it('always leaves the reading column 30 characters a line, at any text size', () => {
    for (const fontSize of [14, 18, 22]) {
      for (const windowWidth of [720, 900, 1024, 1280, 1440]) {
        const input = { ...base, windowWidth, fontSize };
        expect(readerWidth(input), `${windowWidth}px at ${fontSize}px`).toBeGreaterThanOrEqual(MIN_READING_CHARS * fontSize);
      }
    }
  });

  it('keeps the list beside an empty reading pane, and honours the user hiding panes', () => {
    expect(fitPanes({ ...base, windowWidth: 720, articleOpen: false })).toMatchObject({ listShown: true });
    expect(fitPanes({ ...base, listHidden: true })).toMatchObject({ listShown: false });
    expect(fitPanes({ ...base, listHidden: true, articleOpen: false })).toMatchObject({ listShown: true });
    expect(fitPanes({ ...base, libraryMode: 'hidden' })).toMatchObject({ library: 'hidden', libraryWidth: 0 });
  });
});

// The shortcut table as the user meets it: which key press does what, what still works while
// typing in the search box, and when a key keeps its usual meaning (scrolling, pressing a button).
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../src/renderer/src/keyboard/key-of';
import { SHORTCUTS } from '../../../src/renderer/src/keyboard/shortcuts';
import type { Shortcut, ShortcutContext } from '../../../src/renderer/src/keyboard/shortcuts';
import type { FolioState } from '../../../src/renderer/src/state/store-types';
import { press } from './key-press';
import type { Press } from './key-press';

const shortcutFor = (event: Press): Shortcut | undefined => SHORTCUTS.find((s) => s.keys.includes(keyOf(event)));

/** The store as far as the shortcuts use it; every action is recorded. */
function context(
  state: { query?: string; searchedQuery?: string; article?: { url: string | null } | null } = {},
  where: Partial<ShortcutContext> = {},
) {
  const calls: string[] = [];
  const record =
    (name: string) =>
    (...args: unknown[]): void => {
      calls.push([name, ...args.map((a) => JSON.stringify(a))].join(' '));
    };
  const fake = {
    query: '',
    searchedQuery: '',
    article: null,
    ...state,
    requestSearchFocus: record('requestSearchFocus'),
    moveCursor: record('moveCursor'),
    stepArticle: record('stepArticle'),
    goToUnread: async (direction: string) => record('goToUnread')(direction),
    stepSource: record('stepSource'),
    markAllRead: async () => record('markAllRead')(),
    toggleHideRead: record('toggleHideRead'),
    cycleLibraryMode: record('cycleLibraryMode'),
    toggleList: record('toggleList'),
    settings: { fontSize: 18 },
    updateSettings: async (patch: unknown) => record('updateSettings')(patch),
    openAtCursor: record('openAtCursor'),
    stepMatch: record('stepMatch'),
    toggleRead: record('toggleRead'),
    toggleStar: record('toggleStar'),
    openLink: async (url: string) => record('openLink')(url),
    selectView: record('selectView'),
    setQuery: record('setQuery'),
  };
  const ctx: ShortcutContext = {
    state: fake as unknown as FolioState,
    inReader: false,
    onActivatable: false,
    openSettings: record('openSettings'),
    openHelp: record('openHelp'),
    ...where,
  };
  return { ctx, calls };
}

/** Runs the shortcut for a key press; returns what it reported and the actions it took. */
function run(event: Press, state?: Parameters<typeof context>[0], where?: Partial<ShortcutContext>) {
  const shortcut = shortcutFor(event);
  if (!shortcut) throw new Error(`no shortcut for ${keyOf(event)}`);
  const { ctx, calls } = context(state, where);
  const result = shortcut.run(ctx, keyOf(event));
  return { handled: result !== false, calls };
}

describe('the shortcut table', () => {
  it('binds each key to one shortcut only', () => {
    const keys = SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps typed characters for the text field: only Ctrl/Cmd combinations and function keys work while typing', () => {
    for (const shortcut of SHORTCUTS) {
      for (const key of shortcut.whileTyping ?? []) {
        expect(shortcut.keys).toContain(key);
        expect(key).toMatch(/^(?:Mod\+.|(?:Shift\+)?F\d+)$/);
      }
    }
  });

  it('gives every shortcut a label to show in the help dialog', () => {
    for (const shortcut of SHORTCUTS) expect(shortcut.labels.length).toBeGreaterThan(0);
  });

  it('finds the shortcut the help dialog promises for each key press', () => {
    const cases: [Press, string][] = [
      [press('/'), 'shortcutFocusSearch'],
      [press('f', { ctrlKey: true }), 'shortcutFocusSearch'],
      [press('f', { metaKey: true }), 'shortcutFocusSearch'],
      [press('j'), 'shortcutNext'],
      [press('ArrowDown'), 'shortcutNext'],
      [press('k'), 'shortcutPrevious'],
      [press('ArrowUp'), 'shortcutPrevious'],
      [press('Enter'), 'shortcutOpen'],
      [press('F3'), 'shortcutNextMatch'],
      [press('F3', { shiftKey: true }), 'shortcutNextMatch'],
      [press('m'), 'shortcutToggleRead'],
      [press('s'), 'shortcutToggleStar'],
      [press('v'), 'shortcutOpenOriginal'],
      [press('o'), 'shortcutOpenOriginal'],
      [press('n'), 'shortcutNextUnread'],
      [press('N', { shiftKey: true }), 'shortcutNextUnread'],
      [press(' '), 'shortcutPage'],
      [press(' ', { shiftKey: true }), 'shortcutPage'],
      [press('['), 'shortcutSources'],
      [press(']'), 'shortcutSources'],
      [press('A', { shiftKey: true }), 'shortcutMarkAllRead'],
      [press('h'), 'shortcutHideRead'],
      [press('b'), 'shortcutLibraryPane'],
      [press('f'), 'shortcutFocus'],
      [press('=', { ctrlKey: true }), 'shortcutTextSize'],
      [press('-', { ctrlKey: true }), 'shortcutTextSize'],
      [press('2'), 'shortcutViews'],
      [press('Escape'), 'shortcutEscape'],
      [press(',', { ctrlKey: true }), 'shortcutSettings'],
      [press('?', { shiftKey: true }), 'shortcutHelp'],
    ];
    for (const [event, description] of cases) expect(shortcutFor(event)?.description, keyOf(event)).toBe(description);
  });

  it('leaves browser and system combinations alone', () => {
    for (const event of [press('j', { ctrlKey: true }), press('s', { metaKey: true }), press('F5'), press('Tab')]) {
      expect(shortcutFor(event), keyOf(event)).toBeUndefined();
    }
  });
});

describe('running a shortcut', () => {
  it('opens the next and previous article with J/K and the arrow keys', () => {
    expect(run(press('j')).calls).toEqual(['stepArticle 1']);
    expect(run(press('k')).calls).toEqual(['stepArticle -1']);
    expect(run(press('ArrowDown')).calls).toEqual(['stepArticle 1']);
  });

  it('goes to the next unread with N and back with Shift+N; [ and ] change the source', () => {
    expect(run(press('n')).calls).toEqual(['goToUnread "next"']);
    expect(run(press('N', { shiftKey: true })).calls).toEqual(['goToUnread "previous"']);
    expect(run(press(']')).calls).toEqual(['stepSource 1']);
    expect(run(press('[')).calls).toEqual(['stepSource -1']);
  });

  it('leaves Space alone with no article open or on a button, so it keeps its usual meaning there', () => {
    expect(run(press(' '))).toEqual({ handled: false, calls: [] });
    expect(run(press(' '), { article: { url: null } }, { onActivatable: true })).toEqual({ handled: false, calls: [] });
  });

  it('changes the text size with Ctrl+= and Ctrl+-, within its limits', () => {
    expect(run(press('=', { ctrlKey: true })).calls).toEqual(['updateSettings {"fontSize":19}']);
    expect(run(press('-', { ctrlKey: true })).calls).toEqual(['updateSettings {"fontSize":17}']);
  });

  it('lets the arrow keys scroll the article inside the reading pane, while J/K still move', () => {
    expect(run(press('ArrowDown'), {}, { inReader: true })).toEqual({ handled: false, calls: [] });
    expect(run(press('ArrowUp'), {}, { inReader: true })).toEqual({ handled: false, calls: [] });
    expect(run(press('j'), {}, { inReader: true }).calls).toEqual(['stepArticle 1']);
  });

  it('opens the selected article with Enter in the list, and steps through matches with Enter in the reader', () => {
    expect(run(press('Enter')).calls).toEqual(['openAtCursor']);
    expect(run(press('Enter', { shiftKey: true }))).toEqual({ handled: false, calls: [] });
    expect(run(press('Enter'), {}, { inReader: true }).calls).toEqual(['stepMatch 1']);
    expect(run(press('Enter', { shiftKey: true }), {}, { inReader: true }).calls).toEqual(['stepMatch -1']);
  });

  it('lets Enter press a focused button or link', () => {
    expect(run(press('Enter'), {}, { onActivatable: true })).toEqual({ handled: false, calls: [] });
    expect(run(press('Enter'), {}, { onActivatable: true, inReader: true })).toEqual({ handled: false, calls: [] });
  });

  it('steps forward and back through matches with F3 and Shift+F3', () => {
    expect(run(press('F3')).calls).toEqual(['stepMatch 1']);
    expect(run(press('F3', { shiftKey: true })).calls).toEqual(['stepMatch -1']);
  });

  it('switches to All, Unread and Starred with 1, 2 and 3', () => {
    expect(run(press('1')).calls).toEqual(['selectView {"kind":"all"}']);
    expect(run(press('2')).calls).toEqual(['selectView {"kind":"unread"}']);
    expect(run(press('3')).calls).toEqual(['selectView {"kind":"starred"}']);
  });

  it('opens the original only for an open article that has one', () => {
    expect(run(press('v'), { article: { url: 'https://www.bbc.com/zhongwen/1' } }).calls).toEqual([
      'openLink "https://www.bbc.com/zhongwen/1"',
    ]);
    expect(run(press('v'), { article: { url: null } })).toEqual({ handled: false, calls: [] });
    expect(run(press('v'), { article: null })).toEqual({ handled: false, calls: [] });
  });

  it('clears the search with Escape, and otherwise leaves Escape to whatever else uses it', () => {
    expect(run(press('Escape'), { query: '习近平' }).calls).toEqual(['setQuery ""']);
    expect(run(press('Escape'), { query: '', searchedQuery: 'putin' }).calls).toEqual(['setQuery ""']);
    expect(run(press('Escape'))).toEqual({ handled: false, calls: [] });
  });

  it('opens the settings and the shortcut help', () => {
    expect(run(press(',', { ctrlKey: true })).calls).toEqual(['openSettings']);
    expect(run(press('?', { shiftKey: true })).calls).toEqual(['openHelp']);
  });
});

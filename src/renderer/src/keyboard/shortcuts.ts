// Every keyboard shortcut, once: the global handler runs them and the help dialog lists them.
import { LIMITS } from '../../../shared/limits';
import type { MessageKey } from '../i18n/messages-en';
import { pageReader } from '../reading/page-reader';
import { isSearching } from '../state/selectors';
import type { FolioState } from '../state/store-types';

export interface ShortcutContext {
  state: FolioState;
  /** The key was pressed inside the reading pane (arrows scroll it, Enter steps through matches). */
  inReader: boolean;
  /** Enter on a button or link must press it, not open an article. */
  onActivatable: boolean;
  openSettings(): void;
  openHelp(): void;
}

export interface Shortcut {
  keys: string[];
  /** Keys still active while typing in a text field. */
  whileTyping?: string[];
  /** How the keys are shown to the user. */
  labels: string[];
  description: MessageKey;
  /** Returns false when the key should keep its usual meaning after all. */
  run(context: ShortcutContext, key: string): boolean | void;
}

const VIEW_KEYS = { '1': { kind: 'all' }, '2': { kind: 'unread' }, '3': { kind: 'starred' } } as const;

export const SHORTCUTS: Shortcut[] = [
  {
    keys: ['/', 'Mod+f'],
    whileTyping: ['Mod+f'],
    labels: ['/', 'Ctrl+F'],
    description: 'shortcutFocusSearch',
    run: ({ state }) => state.requestSearchFocus(),
  },
  {
    keys: ['j', 'ArrowDown'],
    labels: ['J', '↓'],
    description: 'shortcutNext',
    run: ({ state, inReader }, key) => (inReader && key === 'ArrowDown' ? false : state.stepArticle(1)),
  },
  {
    keys: ['k', 'ArrowUp'],
    labels: ['K', '↑'],
    description: 'shortcutPrevious',
    run: ({ state, inReader }, key) => (inReader && key === 'ArrowUp' ? false : state.stepArticle(-1)),
  },
  {
    keys: ['n', 'N'],
    labels: ['N', 'Shift+N'],
    description: 'shortcutNextUnread',
    run: ({ state }, key) => void state.goToUnread(key === 'n' ? 'next' : 'previous'),
  },
  {
    keys: ['Space', 'Shift+Space'],
    labels: ['Space', 'Shift+Space'],
    description: 'shortcutPage',
    run: ({ state, onActivatable }, key) => {
      if (onActivatable || !state.article) return false;
      const direction = key === 'Space' ? 1 : -1;
      if (pageReader(direction) === 'end' && direction > 0) state.stepArticle(1);
    },
  },
  {
    keys: ['[', ']'],
    labels: ['[', ']'],
    description: 'shortcutSources',
    run: ({ state }, key) => state.stepSource(key === ']' ? 1 : -1),
  },
  {
    keys: ['Enter', 'Shift+Enter'],
    labels: ['Enter'],
    description: 'shortcutOpen',
    run: ({ state, inReader, onActivatable }, key) => {
      if (onActivatable) return false;
      if (inReader) return state.stepMatch(key === 'Enter' ? 1 : -1);
      if (key === 'Enter') return state.openAtCursor();
      return false;
    },
  },
  {
    keys: ['F3', 'Shift+F3'],
    whileTyping: ['F3', 'Shift+F3'],
    labels: ['F3', 'Shift+F3', 'Enter', 'Shift+Enter'],
    description: 'shortcutNextMatch',
    run: ({ state }, key) => state.stepMatch(key === 'F3' ? 1 : -1),
  },
  { keys: ['m'], labels: ['M'], description: 'shortcutToggleRead', run: ({ state }) => state.toggleRead() },
  { keys: ['s'], labels: ['S'], description: 'shortcutToggleStar', run: ({ state }) => state.toggleStar() },
  {
    keys: ['o', 'v'],
    labels: ['O', 'V'],
    description: 'shortcutOpenOriginal',
    run: ({ state }) => {
      const url = state.article?.url;
      return url ? void state.openLink(url) : false;
    },
  },
  { keys: ['A'], labels: ['Shift+A'], description: 'shortcutMarkAllRead', run: ({ state }) => void state.markAllRead() },
  {
    keys: ['h'],
    labels: ['H'],
    description: 'shortcutHideRead',
    run: ({ state }) => (isSearching(state) ? false : state.toggleHideRead()),
  },
  { keys: ['b'], labels: ['B'], description: 'shortcutLibraryPane', run: ({ state }) => state.cycleLibraryMode() },
  { keys: ['f'], labels: ['F'], description: 'shortcutFocus', run: ({ state }) => state.toggleList() },
  {
    keys: ['Mod+=', 'Mod++', 'Mod+-'],
    whileTyping: ['Mod+=', 'Mod++', 'Mod+-'],
    labels: ['Ctrl+=', 'Ctrl+−'],
    description: 'shortcutTextSize',
    run: ({ state }, key) => {
      const size = state.settings.fontSize + (key === 'Mod+-' ? -1 : 1);
      if (size >= LIMITS.fontSizeMin && size <= LIMITS.fontSizeMax) void state.updateSettings({ fontSize: size });
    },
  },
  {
    keys: ['1', '2', '3'],
    labels: ['1', '2', '3'],
    description: 'shortcutViews',
    run: ({ state }, key) => state.selectView(VIEW_KEYS[key as keyof typeof VIEW_KEYS]),
  },
  {
    keys: ['Escape'],
    labels: ['Esc'],
    description: 'shortcutEscape',
    run: ({ state }) => (state.query !== '' || isSearching(state) ? state.setQuery('') : false),
  },
  {
    keys: ['Mod+,'],
    whileTyping: ['Mod+,'],
    labels: ['Ctrl+,'],
    description: 'shortcutSettings',
    run: ({ openSettings }) => openSettings(),
  },
  { keys: ['?'], labels: ['?'], description: 'shortcutHelp', run: ({ openHelp }) => openHelp() },
];

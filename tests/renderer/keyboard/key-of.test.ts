// Key presses as shortcut names, from the fields a browser KeyboardEvent carries.
// isTextField and isActivatable need DOM elements, so they are left to the e2e suite.
import { describe, expect, it } from 'vitest';
import { keyOf } from '../../../src/renderer/src/keyboard/key-of';
import { press } from './key-press';

describe('keyOf', () => {
  it('names a plain key by what it types', () => {
    expect(keyOf(press('j'))).toBe('j');
    expect(keyOf(press('/'))).toBe('/');
    expect(keyOf(press('1'))).toBe('1');
    expect(keyOf(press('Enter'))).toBe('Enter');
    expect(keyOf(press('Escape'))).toBe('Escape');
  });

  it('does not name Shift for a character Shift already produced', () => {
    expect(keyOf(press('?', { shiftKey: true }))).toBe('?');
    expect(keyOf(press('J', { shiftKey: true }))).toBe('J');
  });

  it('names Shift with keys that type nothing, and with Space', () => {
    expect(keyOf(press(' '))).toBe('Space');
    expect(keyOf(press(' ', { shiftKey: true }))).toBe('Shift+Space');
    expect(keyOf(press('Enter', { shiftKey: true }))).toBe('Shift+Enter');
    expect(keyOf(press('F3', { shiftKey: true }))).toBe('Shift+F3');
  });

  it('treats Ctrl and Cmd alike, and ignores the case of the letter held with them', () => {
    expect(keyOf(press('f', { ctrlKey: true }))).toBe('Mod+f');
    expect(keyOf(press('f', { metaKey: true }))).toBe('Mod+f');
    expect(keyOf(press('F', { ctrlKey: true }))).toBe('Mod+f');
    expect(keyOf(press(',', { metaKey: true }))).toBe('Mod+,');
  });

  it('keeps Ctrl with a key apart from the key alone', () => {
    expect(keyOf(press('j', { ctrlKey: true }))).not.toBe(keyOf(press('j')));
    expect(keyOf(press('Enter', { ctrlKey: true, shiftKey: true }))).toBe('Mod+Shift+Enter');
  });
});

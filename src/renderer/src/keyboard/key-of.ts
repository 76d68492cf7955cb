/**
 * A keydown as a shortcut name: 'j', '?', 'Enter', 'Shift+Enter', 'Shift+F3', 'Mod+f'.
 * Mod is Ctrl or Cmd; Shift is named only for non-printing keys (a shifted letter is already 'J').
 */
export function keyOf(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>): string {
  const mod = event.ctrlKey || event.metaKey ? 'Mod+' : '';
  // Space is named, so Shift+Space (page up) can be told from Space.
  const key = event.key === ' ' ? 'Space' : event.key;
  const printable = key.length === 1;
  const shift = event.shiftKey && !printable ? 'Shift+' : '';
  return mod + shift + (mod && printable ? key.toLowerCase() : key);
}

/** Where typed characters go: shortcuts made of plain letters must leave these alone. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'range'].includes(target.type);
}

/** Elements where Enter already means something (press the button, follow the link). */
export function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary, [role="button"]') !== null;
}

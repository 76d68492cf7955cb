import { describe, expect, it } from 'vitest';
import { terminalJson, terminalSafe } from '../../../src/main/cli/terminal-text';

describe('terminalSafe', () => {
  it('keeps tab, newline and every printable character, and drops every other C0, DEL and C1 control', () => {
    const kept: number[] = [];
    for (let c = 0; c <= 0xa0; c++) if (terminalSafe(String.fromCharCode(c)) !== '') kept.push(c);
    const printable = Array.from({ length: 0x7f - 0x20 }, (_, k) => 0x20 + k);
    expect(kept).toEqual([0x09, 0x0a, ...printable, 0xa0]);
  });

  it('leaves CJK, emoji and the text around a sequence as they are', () => {
    expect(terminalSafe('普京 \u001b]52;c;aGk=\u0007說 🙂')).toBe('普京 ]52;c;aGk=說 🙂');
  });

  it('writes JSON with every control character escaped, which parses back to the same text', () => {
    const text = Array.from({ length: 0xa1 }, (_, c) => String.fromCharCode(c)).join('');
    const printed = terminalJson({ text }, 2);
    expect(terminalSafe(printed)).toBe(printed);
    expect((JSON.parse(printed) as { text: string }).text).toBe(text);
  });
});

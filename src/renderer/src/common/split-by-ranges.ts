import type { Range } from '../../../shared/model';

export interface TextPart {
  text: string;
  hit: boolean;
}

/**
 * Cuts text into plain and highlighted parts. Ranges come from the service and may be
 * unsorted, overlapping or out of bounds; none of that may throw or duplicate text.
 */
export function splitByRanges(text: string, ranges: readonly Range[]): TextPart[] {
  const sorted = ranges
    .map(([start, end]): Range => [Math.max(0, start), Math.min(text.length, end)])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  const parts: TextPart[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    const last = parts[parts.length - 1];
    if (from > at) parts.push({ text: text.slice(at, from), hit: false });
    // Touching ranges read as one highlighted run, not several marks side by side.
    if (from === at && last?.hit) last.text += text.slice(from, end);
    else parts.push({ text: text.slice(from, end), hit: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}

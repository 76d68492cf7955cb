import { Fragment } from 'react';
import type { Range } from '../../../shared/model';
import { splitByRanges } from './split-by-ranges';

/** Text with <mark>s built as React nodes (never innerHTML: snippets are untrusted text). */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly Range[] }) {
  return (
    <>
      {splitByRanges(text, ranges).map((part, i) =>
        part.hit ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

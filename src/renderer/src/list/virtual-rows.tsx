import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { ReactNode } from 'react';

interface VirtualRowsProps {
  count: number;
  rowHeight: number;
  cursor: number;
  label: string;
  /** Prefix for row element ids (aria-activedescendant). */
  idPrefix: string;
  onRange(first: number, last: number): void;
  onActivate(index: number): void;
  renderRow(index: number): ReactNode;
  /** What a screen reader announces for a row (title, source, date, state); else its text. */
  rowLabel?(index: number): string | undefined;
  /** The list was scrolled so that rows before `first` left the top of the view. */
  onScrolledPast?(first: number): void;
}

/**
 * A listbox that renders only the rows in view, so 100k rows scroll like 100. Rows have one
 * fixed height: no measuring while scrolling, and the cursor can be scrolled to exactly.
 */
export function VirtualRows({
  count,
  rowHeight,
  cursor,
  label,
  idPrefix,
  onRange,
  onActivate,
  renderRow,
  rowLabel,
  onScrolledPast,
}: VirtualRowsProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is read during render by design; rows re-render on scroll.
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;

  useEffect(() => {
    if (count > 0) onRange(first, last);
  }, [count, first, last, onRange]);

  useEffect(() => {
    if (cursor < count) virtualizer.scrollToIndex(cursor, { align: 'auto' });
  }, [cursor, count, virtualizer]);

  return (
    <div
      ref={scrollRef}
      className="virtual-rows"
      role="listbox"
      aria-label={label}
      tabIndex={0}
      onScroll={onScrolledPast ? (event) => onScrolledPast(Math.floor(event.currentTarget.scrollTop / rowHeight)) : undefined}
      aria-activedescendant={count > 0 ? `${idPrefix}-${cursor}` : undefined}
    >
      <div className="virtual-rows-inner" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => (
          <div
            key={item.key}
            id={`${idPrefix}-${item.index}`}
            role="option"
            aria-selected={item.index === cursor}
            aria-posinset={item.index + 1}
            aria-setsize={count}
            aria-label={rowLabel?.(item.index)}
            className={item.index === cursor ? 'virtual-row cursor' : 'virtual-row'}
            style={{ height: rowHeight, transform: `translateY(${item.start}px)` }}
            onClick={() => onActivate(item.index)}
          >
            {renderRow(item.index)}
          </div>
        ))}
      </div>
    </div>
  );
}

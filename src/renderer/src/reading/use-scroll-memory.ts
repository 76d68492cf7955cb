import { useCallback, useEffect, useRef } from 'react';
import { useFolio } from '../state/store';
import { noteScroll } from '../state/session-sync';

/**
 * The reading pane's scroll position, as a fraction of the article: reported for the session
 * as the user scrolls, and put back once when the article reopens after a restart.
 */
export function useScrollMemory(articleId: number | null): (element: HTMLDivElement | null) => void {
  const element = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    const scroller = element.current;
    const pending = useFolio.getState().pendingScroll;
    if (!scroller || pending === null) return;
    // Images without sizes may still grow the article; the fraction is applied once its layout is there.
    const frame = requestAnimationFrame(() => {
      scroller.scrollTop = pending * Math.max(0, scroller.scrollHeight - scroller.clientHeight);
      useFolio.getState().setPendingScroll(null);
    });
    return () => cancelAnimationFrame(frame);
  }, [articleId]);

  return useCallback((node: HTMLDivElement | null) => {
    element.current = node;
    if (!node) return;
    node.onscroll = () => {
      const max = node.scrollHeight - node.clientHeight;
      noteScroll(max > 0 ? node.scrollTop / max : 0);
    };
  }, []);
}

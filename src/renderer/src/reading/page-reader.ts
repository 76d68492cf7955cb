// Space and Shift+Space in the reader: a page down or up, keeping a couple of lines of overlap
// so the eye finds its place; 'end' when there was nowhere further to go.
const OVERLAP = 0.88;

export function pageReader(direction: 1 | -1): 'moved' | 'end' {
  const scroller = document.querySelector<HTMLElement>('.reading-scroll');
  if (!scroller) return 'end';
  const max = scroller.scrollHeight - scroller.clientHeight;
  const at = scroller.scrollTop;
  // A pixel of slack: fractional scroll positions never quite reach the end.
  if ((direction > 0 && at >= max - 1) || (direction < 0 && at <= 0)) return 'end';
  scroller.scrollTo({ top: Math.max(0, Math.min(max, at + direction * scroller.clientHeight * OVERLAP)) });
  return 'moved';
}

// Lengths of an element's text (domutils' textContent) measured where the text
// lies, in the tree's text nodes: choosing a page's article measures every
// candidate element, the largest holding nearly the whole page, and joining each
// one's text into a string to measure it was a tenth of the parse's allocation.
import { hasChildren, isText } from 'domhandler';
import type { ChildNode } from 'domhandler';
import { isWhitespaceUnit } from '../../../shared/whitespace';

/** Calls visit with the data of every text node under node, in document order: the pieces textContent joins. */
function forEachText(node: ChildNode, visit: (data: string) => void): void {
  const stack: ChildNode[] = [node];
  for (let next = stack.pop(); next; next = stack.pop()) {
    if (isText(next)) visit(next.data);
    else if (hasChildren(next)) for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i] as ChildNode);
  }
}

/** textContent(node) without its whitespace: its length. */
export function visibleLength(node: ChildNode): number {
  let length = 0;
  forEachText(node, (data) => {
    for (let i = 0; i < data.length; i++) if (!isWhitespaceUnit(data.charCodeAt(i))) length++;
  });
  return length;
}

/** collapseWhitespace(textContent(node)) (html-text.ts): its length. */
export function collapsedLength(node: ChildNode): number {
  let length = 0;
  let started = false;
  let gap = false;
  forEachText(node, (data) => {
    for (let i = 0; i < data.length; i++) {
      if (isWhitespaceUnit(data.charCodeAt(i))) {
        gap = started;
      } else {
        if (gap) length++;
        length++;
        started = true;
        gap = false;
      }
    }
  });
  return length;
}

// Index and archive pages of a site are lists of links to the articles, not
// articles: a page whose text is mostly link text is skipped.
import { Parser } from 'htmlparser2';

const MIN_LINKS = 5;
const MAX_OWN_TEXT_SHARE = 0.2;

function countOccurrences(haystack: string, needle: string, enough: number): number {
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1 && count < enough; at = haystack.indexOf(needle, at + 1)) count++;
  return count;
}

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

/** True for sanitised HTML with at least 5 links whose text is more than 80 % of all text. */
export function isListPage(html: string): boolean {
  // Most articles have few links: skip the parse for them.
  if (countOccurrences(html, '<a', MIN_LINKS) < MIN_LINKS) return false;
  let links = 0;
  let linkDepth = 0;
  let linkText = 0;
  let allText = 0;
  const parser = new Parser({
    onopentag(name) {
      if (name !== 'a') return;
      links++;
      linkDepth++;
    },
    onclosetag(name) {
      if (name === 'a' && linkDepth > 0) linkDepth--;
    },
    ontext(text) {
      const length = visibleLength(text);
      allText += length;
      if (linkDepth > 0) linkText += length;
    },
  });
  parser.write(html);
  parser.end();
  return links >= MIN_LINKS && allText > 0 && linkText / allText > 1 - MAX_OWN_TEXT_SHARE;
}

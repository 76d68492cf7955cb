// Pages that are lists of links are not articles: a site's index and archive pages,
// a list page holding a heading and one "more" link, a scraper's log of one URL per
// line. What counts is how much of the text is links or bare URLs, and how much the
// page says in its own words besides its headings.
import { Parser } from 'htmlparser2';

/** A page with this many links or URLs and little else is a list of them. */
const MIN_ITEMS = 5;
const MAX_OWN_TEXT_SHARE = 0.2;
/** Fewer visible characters than this besides headings and links is no article, whatever the count of links. */
const MIN_OWN_TEXT = 20;
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BARE_URL = /\bhttps?:\/\/[^\s<>"]+/gi;

function visibleLength(text: string): number {
  return text.replace(/\s+/g, '').length;
}

interface LinkMeasure {
  /** Links plus bare URLs. */
  items: number;
  /** Visible characters in links and bare URLs. */
  linkText: number;
  headingText: number;
  allText: number;
}

function measure(html: string): LinkMeasure {
  const m: LinkMeasure = { items: 0, linkText: 0, headingText: 0, allText: 0 };
  let linkDepth = 0;
  let headingDepth = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'a') {
          m.items++;
          linkDepth++;
        } else if (HEADINGS.has(name)) headingDepth++;
      },
      onclosetag(name) {
        if (name === 'a' && linkDepth > 0) linkDepth--;
        else if (HEADINGS.has(name) && headingDepth > 0) headingDepth--;
      },
      ontext(text) {
        const length = visibleLength(text);
        m.allText += length;
        if (linkDepth > 0) m.linkText += length;
        else if (headingDepth > 0) m.headingText += length;
        else {
          for (const url of text.match(BARE_URL) ?? []) {
            m.items++;
            m.linkText += url.length;
          }
        }
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return m;
}

/**
 * True for sanitised HTML that is a list of links: five or more links (or bare URLs) making
 * more than 80 % of the text, or any link with almost nothing said besides headings.
 * With onlyByShare, only the first rule applies: a feed item whose body is its "read more"
 * link, or a photo with its source link, is still an article.
 */
export function isLinkList(html: string, options: { onlyByShare: boolean } = { onlyByShare: false }): boolean {
  // Most articles have few links and no bare URLs: skip the parse for them.
  if (!html.includes('<a') && !/https?:\/\//i.test(html)) return false;
  const m = measure(html);
  if (m.items === 0 || m.allText === 0) return false;
  if (m.items >= MIN_ITEMS && m.linkText / m.allText > 1 - MAX_OWN_TEXT_SHARE) return true;
  return !options.onlyByShare && m.allText - m.linkText - m.headingText < MIN_OWN_TEXT;
}

/** A title that is only a URL (a scraper's log, a saved link) says nothing about an article. */
export function isBareUrl(text: string): boolean {
  return /^\s*<?https?:\/\/\S+>?\s*$/i.test(text);
}

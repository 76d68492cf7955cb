// Pages that are lists of links are not articles: a site's index and archive pages,
// a list page holding a heading and one "more" link, a scraper's log of one URL per
// line. What counts is how much of the text is links or bare URLs, and how much the
// page says in its own words besides its headings.

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

/** Counts links, bare URLs and text as html-text.ts's parser walks sanitised HTML (for the text, at the same time). */
export class LinkMeasure {
  /** Links plus bare URLs. */
  items = 0;
  /** Visible characters in links and bare URLs. */
  linkText = 0;
  headingText = 0;
  allText = 0;
  private linkDepth = 0;
  private headingDepth = 0;

  open(name: string): void {
    if (name === 'a') {
      this.items++;
      this.linkDepth++;
    } else if (HEADINGS.has(name)) this.headingDepth++;
  }

  close(name: string): void {
    if (name === 'a' && this.linkDepth > 0) this.linkDepth--;
    else if (HEADINGS.has(name) && this.headingDepth > 0) this.headingDepth--;
  }

  text(text: string): void {
    const length = visibleLength(text);
    this.allText += length;
    if (this.linkDepth > 0) this.linkText += length;
    else if (this.headingDepth > 0) this.headingText += length;
    else {
      for (const url of text.match(BARE_URL) ?? []) {
        this.items++;
        this.linkText += url.length;
      }
    }
  }

  /**
   * True for sanitised HTML that is a list of links: five or more links (or bare URLs) making
   * more than 80 % of the text, or any link with almost nothing said besides headings.
   * With onlyByShare, only the first rule applies: a feed item whose body is its "read more"
   * link, or a photo with its source link, is still an article.
   */
  isLinkList(options: { onlyByShare: boolean }): boolean {
    if (this.items === 0 || this.allText === 0) return false;
    if (this.items >= MIN_ITEMS && this.linkText / this.allText > 1 - MAX_OWN_TEXT_SHARE) return true;
    return !options.onlyByShare && this.allText - this.linkText - this.headingText < MIN_OWN_TEXT;
  }
}

/** A title that is only a URL (a scraper's log, a saved link) says nothing about an article. */
export function isBareUrl(text: string): boolean {
  return /^\s*<?https?:\/\/\S+>?\s*$/i.test(text);
}

// Site chrome inside raw page HTML: navigation, share buttons, "submitted on"
// lines, related-article boxes. Recognised by element and by the class/id names
// content-management systems give them, cheaply enough to test every element.

const CHROME_ELEMENTS = new Set(['nav', 'aside', 'footer', 'menu']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'complementary', 'contentinfo', 'search', 'menu', 'menubar']);
/** Whole words (split on spaces, `-` and `_`) in a class or id that mark chrome. */
const CHROME_WORDS =
  /(?:^|[\s_-])(?:share|shares|sharing|sharer|social|submitted|byline|breadcrumbs?|nav|navbar|navigation|menu|sidebar|related|comments?|footer|advert\w*|ads?|adsbygoogle|promo|newsletter|subscribe|subscription|pager|pagination|toolbar|cookies?|popup|modal|sponsored|disqus|print|tags)(?=$|[\s_-])/i;

/** Names that may wrap the article itself ("layout-with-sidebar main-content"): never dropped on a word match. */
const CONTENT_WORDS = /article|body|content|main|entry|story|text/i;
/** The document's own structure is never chrome, whatever its classes say. */
const STRUCTURE_ELEMENTS = new Set(['html', 'body', 'main', 'article']);

export function isClutter(tagName: string, attribs: Readonly<Record<string, string>>): boolean {
  if (CHROME_ELEMENTS.has(tagName)) return true;
  if (STRUCTURE_ELEMENTS.has(tagName)) return false;
  const role = attribs['role'];
  if (role && CHROME_ROLES.has(role.toLowerCase())) return true;
  const names = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`;
  return names.length > 1 && CHROME_WORDS.test(names) && !CONTENT_WORDS.test(names);
}

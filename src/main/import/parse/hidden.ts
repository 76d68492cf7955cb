// What the reader of the page never saw is not part of the article: elements the page
// hides (the `hidden` attribute, aria-hidden, inline display:none or visibility:hidden,
// or a class the page's own stylesheet hides), and an image's file name standing alone
// as a heading or caption (a site's template printing `wechatimg2682.jpeg` above
// every article, hidden on the site and shown by any reader that ignores its styles).

const INLINE_HIDDEN = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;
const STYLE_BLOCK = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const RULE = /([^{}]+)\{([^{}]*)\}/g;
/** `.name` or `tag.name` (one class, nothing else): the only selectors simple enough to apply without a browser. */
const SIMPLE_CLASS_SELECTOR = /^[a-z0-9]*\.(-?[_a-z][\w-]*)$/i;
const IMAGE_FILE_NAME = /^[^\s/\\]{1,200}\.(?:jpe?g|png|gif|webp)$/i;

/** Class names the page's own <style> blocks hide outright. */
export function hiddenClassesOf(source: string): ReadonlySet<string> {
  const hidden = new Set<string>();
  if (!/<style/i.test(source)) return hidden;
  for (const [, css] of source.matchAll(STYLE_BLOCK)) {
    // Comments and @media blocks: a class hidden only on small screens is shown to most readers.
    const plain = (css ?? '').replace(/\/\*[\s\S]*?\*\//g, '').replace(/@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}/gi, '');
    for (const [, selectors, declarations] of plain.matchAll(RULE)) {
      if (!INLINE_HIDDEN.test(declarations ?? '')) continue;
      for (const selector of (selectors ?? '').split(',')) {
        const match = SIMPLE_CLASS_SELECTOR.exec(selector.trim());
        if (match?.[1]) hidden.add(match[1]);
      }
    }
  }
  return hidden;
}

/** True for an element the page does not show (attributes as written in the source). */
export function isHiddenElement(attribs: Readonly<Record<string, string>>, hiddenClasses: ReadonlySet<string>): boolean {
  if (attribs['hidden'] !== undefined) return true;
  if (attribs['aria-hidden']?.trim().toLowerCase() === 'true') return true;
  const style = attribs['style'];
  if (style && INLINE_HIDDEN.test(style)) return true;
  if (hiddenClasses.size === 0) return false;
  const classes = attribs['class'];
  return classes !== undefined && classes.split(/\s+/).some((name) => hiddenClasses.has(name));
}

/** `wechatimg2682.jpeg`, `IMG_0042.JPG`: the whole text of an element is an image's file name. */
export function isImageFileName(text: string): boolean {
  // Every element's text is asked about: most end in neither g (jpg, jpeg, png), f (gif) nor p (webp).
  const last = text.charCodeAt(text.length - 1) | 0x20;
  return (last === 0x67 || last === 0x66 || last === 0x70) && IMAGE_FILE_NAME.test(text);
}

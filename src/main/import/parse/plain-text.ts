// Plain-text articles: the first non-empty line is the title, blank lines
// separate paragraphs, and single line breaks inside a paragraph are kept.
// A text of one line is both the title and the body.

export interface PlainTextArticle {
  title: string | null;
  html: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

export function plainTextToHtml(text: string): PlainTextArticle {
  const match = /^[ \t]*(\S[^\n]*)\n?/m.exec(text);
  if (!match) return { title: null, html: '' };
  const title = (match[1] ?? '').trim();
  const rest = text.slice(match.index + match[0].length);
  const paragraphs = rest
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => escapeHtml(line.trim()))
          .join('<br>')}</p>`,
    );
  // A note of one line is all title and all text: it is still an article, not an empty one.
  if (paragraphs.length === 0) return { title, html: `<p>${escapeHtml(title)}</p>` };
  return { title, html: paragraphs.join('\n') };
}

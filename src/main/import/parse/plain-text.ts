// Plain-text articles: the first non-empty line is the title, blank lines
// separate paragraphs, and single line breaks inside a paragraph are kept.

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
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => escapeHtml(line.trim())).join('<br>')}</p>`);
  return { title, html: paragraphs.join('\n') };
}

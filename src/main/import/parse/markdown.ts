// Markdown bodies. Raw HTML inside Markdown is allowed here because the
// result is always sanitised afterwards.
import MarkdownItCallable from 'markdown-it';
import type { MarkdownIt } from 'markdown-it';

let renderer: MarkdownIt | null = null;

export function renderMarkdown(source: string): string {
  renderer ??= new MarkdownItCallable({ html: true, linkify: false, typographer: false });
  return renderer.render(source);
}

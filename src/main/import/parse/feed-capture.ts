// The feed-capture header written by feed-archiving scripts:
//   <!--1679391902000-->          (optional, may be malformed)
//   [title](https://…)
//   ------
// Only the first lines are looked at, so a 9 MB one-line body costs nothing here.

export interface FeedCapture {
  /** Publication time from the comment, or null when it is missing or not a number. */
  epochMs: number | null;
  title: string;
  link: string;
  /** Everything after the `------` line. */
  body: string;
}

const COMMENT_LINE = /^<!--(.*)-->$/;
const RULE_LINE = /^-{3,}$/;
const EPOCH = /^\s*(\d{9,14})\s*$/;
/** Leading blank lines tolerated before the header. */
const MAX_LEADING_BLANKS = 3;
/** A header line longer than this is body text, not a header (a long percent-encoded URL stays far below). */
const MAX_HEADER_LINE = 20_000;

/** Reads lines one at a time from the start of text without splitting the whole string. */
class LineReader {
  private position = 0;
  constructor(private readonly text: string) {}

  next(): string | null {
    if (this.position > this.text.length) return null;
    const end = this.text.indexOf('\n', this.position);
    const stop = end === -1 ? this.text.length : end;
    const line = this.text.slice(this.position, stop);
    this.position = stop + 1;
    return line.trim();
  }

  rest(): string {
    return this.text.slice(Math.min(this.position, this.text.length));
  }
}

function epochFromComment(comment: string): number | null {
  const digits = EPOCH.exec(comment);
  if (!digits) return null;
  const value = Number(digits[1]);
  // Ten-digit values are seconds; feed archivers mostly write milliseconds.
  return value < 1e11 ? value * 1000 : value;
}

/** `[title](link)`: the title may itself contain brackets, so split at the last `](`. */
function parseLinkLine(line: string): { title: string; link: string } | null {
  if (!line.startsWith('[') || !line.endsWith(')')) return null;
  const split = line.lastIndexOf('](');
  if (split < 1) return null;
  const title = line
    .slice(1, split)
    .replace(/\\([[\]()\\])/g, '$1')
    .trim();
  return { title, link: line.slice(split + 2, -1).trim() };
}

export function parseFeedCapture(text: string): FeedCapture | null {
  const lines = new LineReader(text);
  let line = lines.next();
  for (let blanks = 0; line === '' && blanks < MAX_LEADING_BLANKS; blanks++) line = lines.next();
  if (line === null || line.length > MAX_HEADER_LINE) return null;
  let epochMs: number | null = null;
  const comment = COMMENT_LINE.exec(line);
  if (comment) {
    epochMs = epochFromComment(comment[1] ?? '');
    line = lines.next();
    if (line === null || line.length > MAX_HEADER_LINE) return null;
  }
  const link = parseLinkLine(line);
  if (!link) return null;
  const rule = lines.next();
  if (rule === null || !RULE_LINE.test(rule)) return null;
  return { epochMs, title: link.title, link: link.link, body: lines.rest() };
}

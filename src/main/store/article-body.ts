// An article's stored body: its plain text (for snippets and verification) and
// its sanitised HTML (for reading), compressed together — the HTML repeats the
// text, so one stream stores both for little more than the HTML alone. The hash
// of the uncompressed content is the blob's address.
//
// Deflate rather than brotli: brotli was 6–7 % smaller here, but every search
// opens the bodies of its 50 hits for snippets, and inflating one takes less
// than half the time (about 20 µs against 45 µs for a typical article); deflate
// is also faster to write at import.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { digest } from './digest';

export interface ArticleBody {
  text: string;
  html: string;
}

const LEVEL = 6;

export function encodeArticleBody(body: ArticleBody): { hash: string; bytes: Uint8Array } {
  const text = Buffer.from(body.text, 'utf8');
  const html = Buffer.from(body.html, 'utf8');
  const head = Buffer.alloc(4);
  head.writeUInt32LE(text.length, 0);
  const raw = Buffer.concat([head, text, html]);
  return { hash: digest(raw), bytes: deflateRawSync(raw, { level: LEVEL }) };
}

export function decodeArticleBody(bytes: Uint8Array): ArticleBody {
  const raw = inflateRawSync(bytes);
  const textLength = raw.readUInt32LE(0);
  return {
    text: raw.toString('utf8', 4, 4 + textLength),
    html: raw.toString('utf8', 4 + textLength),
  };
}

/** Only the text, for snippets: skips decoding the HTML into a string. */
export function decodeArticleText(bytes: Uint8Array): string {
  const raw = inflateRawSync(bytes);
  return raw.toString('utf8', 4, 4 + raw.readUInt32LE(0));
}

// An article's stored body: its plain text (for snippets and verification) and
// its sanitised HTML (for reading). Two deflate streams in one blob: the text,
// then the HTML compressed with the text's UTF-8 as its preset dictionary — the
// HTML repeats the text, so it costs little more than its markup, while a snippet
// inflates the text alone. The hash of the uncompressed content (both in UTF-8)
// is the blob's address.
//
// The text is stored in UTF-16 where that is the shorter spelling, as it is for
// Chinese (two bytes a character against three). On the realistic corpus's texts:
// 8 % smaller deflated, deflated in 17 % less time at import, and inflated and
// decoded in half the time for every snippet (a third of a search's time was
// inflating). Text mostly in Latin letters stays UTF-8.
//
// Layout: a 32-bit little-endian head — bit 31 set when the text is UTF-16LE,
// bits 0–30 the deflated text's length — then the deflated text, then the
// deflated HTML. Blobs written before UTF-16 have bit 31 clear.
//
// Deflate rather than brotli: brotli was 6–7 % smaller here, but every search
// opens the bodies of its 50 hits for snippets, and inflating is several times
// faster; deflate is also faster to write at import.
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { utf8Text } from '../files/utf8-text';
import { digest } from './digest';

export interface ArticleBody {
  text: string;
  html: string;
}

/**
 * Level 2. On the realistic bench corpus, level 4 took 30 % less CPU than level 6 (compressing
 * bodies was a tenth of an import's CPU) for bodies 2.6 % larger, and levels above 6 gained nothing;
 * with texts in UTF-16, level 2 takes another 12 % less for the text and 20 % less for the HTML
 * than level 4, for 1.3 % and 4 % more bytes (under 1 % of a library).
 */
const LEVEL = 2;
/** Deflate looks back at most 32 KB, so only that much of the text can serve as the dictionary. */
const DICTIONARY_BYTES = 32 * 1024;

/** Bit 31 of the head: the text is UTF-16LE. */
const UTF16 = 0x8000_0000;
const LENGTH = 0x7fff_ffff;

const dictionaryOf = (text: Uint8Array): Uint8Array => text.subarray(Math.max(0, text.length - DICTIONARY_BYTES));

export function encodeArticleBody(body: ArticleBody): { hash: string; bytes: Uint8Array } {
  const text = Buffer.from(body.text, 'utf8');
  const html = Buffer.from(body.html, 'utf8');
  const wide = text.length > 2 * body.text.length;
  const textPart = deflateRawSync(wide ? Buffer.from(body.text, 'utf16le') : text, { level: LEVEL });
  const htmlPart = deflateRawSync(html, { level: LEVEL, dictionary: dictionaryOf(text) });
  const head = Buffer.alloc(4);
  head.writeUInt32LE((wide ? UTF16 : 0) + textPart.length, 0);
  return { hash: digest(Buffer.concat([text, Buffer.from([0]), html])), bytes: Buffer.concat([head, textPart, htmlPart]) };
}

/**
 * Inflated, a text is about twice its deflated size (1.8 on average over the bench's hits): room
 * for four times lets one output chunk hold it, where Node's default 16 KB chunks split an eighth
 * of the texts a search opens and concatenated them (−8 % CPU per snippet's inflate).
 */
const INFLATE_ROOM = 4;
const MIN_CHUNK = 16 * 1024;

/** The stored text, its UTF-8 when that is what was stored, and where the HTML stream starts. */
function storedText(bytes: Uint8Array): { text: string; utf8: Buffer | null; end: number } {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0);
  const end = 4 + (head & LENGTH);
  const deflated = bytes.subarray(4, end);
  const inflated = inflateRawSync(deflated, { chunkSize: Math.max(MIN_CHUNK, INFLATE_ROOM * deflated.length) });
  if (head & UTF16) return { text: inflated.toString('utf16le'), utf8: null, end };
  return { text: utf8Text(inflated), utf8: inflated, end };
}

export function decodeArticleBody(bytes: Uint8Array): ArticleBody {
  const { text, utf8, end } = storedText(bytes);
  const html = inflateRawSync(bytes.subarray(end), { dictionary: dictionaryOf(utf8 ?? Buffer.from(text, 'utf8')) });
  return { text, html: utf8Text(html) };
}

/** Only the text, for snippets: the HTML stream is not even inflated. */
export function decodeArticleText(bytes: Uint8Array): string {
  return storedText(bytes).text;
}

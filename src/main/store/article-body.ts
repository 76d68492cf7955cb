// An article's stored body: its plain text (for snippets and verification) and
// its sanitised HTML (for reading). Two deflate streams in one blob: the text,
// then the HTML compressed with the text as its preset dictionary — the HTML
// repeats the text, so it costs little more than its markup, while a snippet
// inflates the text alone. The hash of the uncompressed content is the blob's
// address.
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
 * Level 4: on the realistic bench corpus 30 % less CPU than level 6 (compressing bodies was a
 * tenth of an import's CPU) for bodies 2.6 % larger; levels above 6 gained nothing.
 */
const LEVEL = 4;
/** Deflate looks back at most 32 KB, so only that much of the text can serve as the dictionary. */
const DICTIONARY_BYTES = 32 * 1024;

const dictionaryOf = (text: Uint8Array): Uint8Array => text.subarray(Math.max(0, text.length - DICTIONARY_BYTES));

export function encodeArticleBody(body: ArticleBody): { hash: string; bytes: Uint8Array } {
  const text = Buffer.from(body.text, 'utf8');
  const html = Buffer.from(body.html, 'utf8');
  const textPart = deflateRawSync(text, { level: LEVEL });
  const htmlPart = deflateRawSync(html, { level: LEVEL, dictionary: dictionaryOf(text) });
  const head = Buffer.alloc(4);
  head.writeUInt32LE(textPart.length, 0);
  return { hash: digest(Buffer.concat([text, Buffer.from([0]), html])), bytes: Buffer.concat([head, textPart, htmlPart]) };
}

/**
 * Inflated, a text is about twice its deflated size (1.8 on average over the bench's hits): room
 * for four times lets one output chunk hold it, where Node's default 16 KB chunks split an eighth
 * of the texts a search opens and concatenated them (−8 % CPU per snippet's inflate).
 */
const INFLATE_ROOM = 4;
const MIN_CHUNK = 16 * 1024;

function textBytes(bytes: Uint8Array): { text: Buffer; end: number } {
  const end = 4 + Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0);
  const deflated = bytes.subarray(4, end);
  return { text: inflateRawSync(deflated, { chunkSize: Math.max(MIN_CHUNK, INFLATE_ROOM * deflated.length) }), end };
}

export function decodeArticleBody(bytes: Uint8Array): ArticleBody {
  const { text, end } = textBytes(bytes);
  const html = inflateRawSync(bytes.subarray(end), { dictionary: dictionaryOf(text) });
  return { text: utf8Text(text), html: utf8Text(html) };
}

/** Only the text, for snippets: the HTML stream is not even inflated. */
export function decodeArticleText(bytes: Uint8Array): string {
  return utf8Text(textBytes(bytes).text);
}

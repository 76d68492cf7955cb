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
import { isAscii, transcode } from 'node:buffer';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
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
 * UTF-8 → string by way of UTF-16: ICU's transcoder plus a UTF-16 copy took 7 µs where V8's UTF-8
 * decoder took 55 µs for the same 14 KB of CJK text (a search decodes a text per snippet). Plain
 * ASCII (English articles) is copied as it is, twice as fast again. A Node built without ICU has
 * no transcode; it decodes the plain way.
 */
const viaUtf16 = ((): boolean => {
  try {
    return transcode(Buffer.from('é中😀', 'utf8'), 'utf8', 'utf16le').toString('utf16le') === 'é中😀';
  } catch {
    return false;
  }
})();

function utf8Text(bytes: Buffer): string {
  if (isAscii(bytes)) return bytes.toString('latin1');
  return viaUtf16 ? transcode(bytes, 'utf8', 'utf16le').toString('utf16le') : bytes.toString('utf8');
}

function textBytes(bytes: Uint8Array): { text: Buffer; end: number } {
  const end = 4 + Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0);
  return { text: inflateRawSync(bytes.subarray(4, end)), end };
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

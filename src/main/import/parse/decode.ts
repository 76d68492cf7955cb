// Bytes → text, or a clear reason why not. Order matters: a byte-order mark is
// certain, valid UTF-8 is nearly certain, and only then are the legacy Chinese
// encodings guessed — with a plausibility check, because a wrong guess would
// show the reader mojibake.
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { utf8Text } from '../../files/utf8-text';
import { decodeLegacyCjk } from './legacy-cjk';

export type DecodeResult =
  | { kind: 'text'; text: string; encoding: string }
  | { kind: 'skip'; reason: 'binary file' | 'empty' }
  | { kind: 'fail'; reason: 'encoding not recognised'; detail: string };

const utf8Lenient = new TextDecoder('utf-8');
const utf16le = new TextDecoder('utf-16le');

/** Signatures of binary formats that sometimes end up with an article extension. */
const MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, docx, epub
  [0x1f, 0x8b], // gzip
  [0x7f, 0x45, 0x4c, 0x46], // ELF
  [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], // SQLite
  [0x00, 0x61, 0x73, 0x6d], // WebAssembly
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

type Bom = 'utf-8-bom' | 'utf-16le' | 'utf-16be';

function byteOrderMark(bytes: Uint8Array): Bom | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8-bom';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  return null;
}

/** C0 control bytes that never appear in text (tab, newlines, form feed and escape excluded). */
function isControlByte(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b;
}

function countControlBytes(bytes: Uint8Array): number {
  let count = 0;
  for (let i = 0; i < bytes.length; i++) if (isControlByte(bytes[i] as number)) count++;
  return count;
}

/**
 * True when bytes (a whole file or its first few KB) are not text: a known binary
 * signature, or more than a few stray control bytes (text saved with a couple of
 * NULs still counts as text).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  return !byteOrderMark(bytes) && isBinary(bytes, countControlBytes(bytes));
}

function isBinary(bytes: Uint8Array, controls: number): boolean {
  if (MAGIC.some((magic) => startsWith(bytes, magic))) return true;
  return controls >= 3 && controls > bytes.length * 0.01;
}

/** Removes control bytes (stray NULs and the like) before decoding. */
function withoutControlBytes(bytes: Uint8Array): Uint8Array {
  const kept = new Uint8Array(bytes.length);
  let n = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (!isControlByte(b)) kept[n++] = b;
  }
  return kept.subarray(0, n);
}

// Stray control characters (NULs from broken writers) are noise in text; tab, newlines and escape are kept.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/g;

function decodeWithBom(bytes: Uint8Array, bom: Bom): string {
  if (bom === 'utf-8-bom') return utf8Lenient.decode(bytes.subarray(3));
  const body = bytes.subarray(2);
  if (bom === 'utf-16le') return utf16le.decode(body);
  return iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'utf16-be');
}

function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

export function decodeArticleBytes(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { kind: 'skip', reason: 'empty' };
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = decodeWithBom(bytes, bom).replace(CONTROL_CHARS, '');
    return isBlank(text) ? { kind: 'skip', reason: 'empty' } : { kind: 'text', text, encoding: bom };
  }
  const controls = countControlBytes(bytes);
  if (isBinary(bytes, controls)) return { kind: 'skip', reason: 'binary file' };
  const clean = controls > 0 ? withoutControlBytes(bytes) : bytes;
  const decoded = decodeUtf8(clean) ?? decodeLegacyCjk(clean);
  if (!decoded) {
    return { kind: 'fail', reason: 'encoding not recognised', detail: 'neither UTF-8, nor convincingly GB18030 or Big5' };
  }
  return isBlank(decoded.text) ? { kind: 'skip', reason: 'empty' } : { kind: 'text', ...decoded };
}

/**
 * Validated first, then decoded the way stored article text is (by way of UTF-16): a fraction of
 * a fatal TextDecoder's time on Chinese text, and a file in a legacy encoding costs no exception.
 * A byte-order mark left behind by stray control bytes before it is dropped, as TextDecoder did.
 */
function decodeUtf8(bytes: Uint8Array): { text: string; encoding: string } | null {
  if (!isUtf8(bytes)) return null;
  const text = utf8Text(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding: 'utf-8' };
}

// Every encoding archives are saved in is detected, and a file that cannot be
// decoded with confidence is reported rather than shown as mojibake.
import fs from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { decodeArticleBytes } from '../../../src/main/import/parse/decode';
import { fixture, makeTempDir, parseArticle, parseFile } from './fixture-files';

const KEYWORDS_SIMPLIFIED = '关键词：普京、习近平、克里姆林宫。';
const KEYWORDS_TRADITIONAL = '關鍵詞：普京、習近平、克里姆林宮。';

describe('encoding fixtures', () => {
  it.each([
    ['encodings/big5.txt', 'big5', '編碼測試：繁體中文文章以 Big5 保存', KEYWORDS_TRADITIONAL],
    ['encodings/gb18030.txt', 'gb18030', '编码测试：简体中文文章用 GB18030 保存', KEYWORDS_SIMPLIFIED],
    ['encodings/utf16le-bom.txt', 'utf-16le', '编码测试：简体中文文章用 UTF-16LE 保存', KEYWORDS_SIMPLIFIED],
    ['encodings/utf8-bom.md', 'utf-8-bom', '编码测试：简体中文文章用 UTF-8（带 BOM） 保存', KEYWORDS_SIMPLIFIED],
  ])('%s is read as %s', (relative, encoding, title, keywords) => {
    const article = parseArticle(fixture(relative));
    expect(article.encoding).toBe(encoding);
    expect(article.title).toBe(title);
    expect(article.text).toContain(keywords);
    expect(article.text).not.toMatch(/[\uFFFD\uE000-\uF8FF]/);
    expect(new Date(article.date).toISOString()).toBe('2023-03-21T09:45:02.000Z');
  });
});

describe('generated encodings', () => {
  let dir = '';
  afterEach(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** The body of a real capture, re-saved in another encoding. */
  function resave(source: string, name: string, encode: (text: string) => Uint8Array): string {
    dir = makeTempDir();
    const target = path.join(dir, name);
    fs.writeFileSync(target, encode(fs.readFileSync(fixture(source), 'utf8')));
    return target;
  }

  it('reads a long Simplified Chinese article saved as GBK', () => {
    const file = resave('feed-capture/000_d6c3dc65d2877456.txt', 'gbk.txt', (text) => iconv.encode(text, 'gbk'));
    const article = parseArticle(file);
    expect(article.encoding).toBe('gb18030');
    expect(article.title).toBe('习近平访俄甚过当年毛泽东拜会斯大林');
    expect(article.text).toContain('克里姆林宫低调回应称，普京2024年后是否再选总统，尚没有考虑。');
  });

  it('reads a Traditional Chinese article saved as Big5', () => {
    const file = resave('feed-capture/001_a81f3c2e9b7d4410.txt', 'big5.txt', (text) => iconv.encode(text, 'big5'));
    const article = parseArticle(file);
    expect(article.encoding).toBe('big5');
    expect(article.title).toBe('台北書展開幕 [更新] 讀者排隊入場');
    expect(article.text).toContain('許多讀者一早便在會場外排隊，希望買到限量版圖書。');
  });

  it('reads a Traditional Chinese article saved as GB18030 (GB18030 covers both scripts)', () => {
    const file = resave('feed-capture/001_a81f3c2e9b7d4410.txt', 'gb.txt', (text) => iconv.encode(text, 'gb18030'));
    const article = parseArticle(file);
    expect(article.encoding).toBe('gb18030');
    expect(article.title).toBe('台北書展開幕 [更新] 讀者排隊入場');
  });

  it('reads UTF-16 big-endian with a byte-order mark', () => {
    const file = resave('jekyll/2022-03-06-firefox-update.md', 'be.md', (text) => iconv.encode(text, 'utf16-be', { addBOM: true }));
    const article = parseArticle(file);
    expect(article.encoding).toBe('utf-16be');
    expect(article.title).toBe('浏览器释出紧急更新修复两个 "0day" 漏洞');
  });

  it('reports a Windows-1252 file instead of guessing a Chinese encoding', () => {
    dir = makeTempDir();
    const file = path.join(dir, 'french.txt');
    fs.writeFileSync(file, iconv.encode('Café crème — « déjà vu » à l’été.\n\nUn été très chaud à Montréal.', 'windows-1252'));
    expect(parseFile(file)).toEqual({ kind: 'fail', reason: 'encoding not recognised', detail: expect.any(String) });
  });
});

describe('decodeArticleBytes', () => {
  it('reads plain ASCII as UTF-8', () => {
    expect(decodeArticleBytes(new TextEncoder().encode('hello\n'))).toEqual({ kind: 'text', text: 'hello\n', encoding: 'utf-8' });
  });

  it('reads UTF-8 Chinese, and drops a byte-order mark that stray control bytes kept from the start', () => {
    const text = '中文標題\n正文，第二行。\n';
    expect(decodeArticleBytes(new TextEncoder().encode(text))).toEqual({ kind: 'text', text, encoding: 'utf-8' });
    const late = Uint8Array.of(0x00, 0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text));
    expect(decodeArticleBytes(late)).toEqual({ kind: 'text', text, encoding: 'utf-8' });
  });

  it('skips empty and whitespace-only content', () => {
    expect(decodeArticleBytes(new Uint8Array())).toEqual({ kind: 'skip', reason: 'empty' });
    expect(decodeArticleBytes(new TextEncoder().encode(' \n\t\n'))).toEqual({ kind: 'skip', reason: 'empty' });
    expect(decodeArticleBytes(Uint8Array.of(0xef, 0xbb, 0xbf, 0x0a))).toEqual({ kind: 'skip', reason: 'empty' });
  });

  it('treats image bytes with an article extension as binary', () => {
    expect(decodeArticleBytes(fs.readFileSync(fixture('images/book-fair.png')))).toEqual({ kind: 'skip', reason: 'binary file' });
  });
});

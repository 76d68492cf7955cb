// The non-text bulk of saved web pages, generated: inline SVG icons, minified
// scripts and stylesheets, JSON blobs, lazy-image placeholders and class soup.
// None of it is article text; an importer must drop all of it.
import type { Random } from '../random';

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** A short identifier like minifiers and CSS-in-JS leave behind (`kq`, `e7b`). */
export function shortId(random: Random, min = 1, max = 3): string {
  let out = LETTERS[random.int(0, 25)] as string;
  for (let i = random.int(min, max) - 1; i > 0; i--) out += random.chance(0.3) ? String(random.int(0, 9)) : LETTERS[random.int(0, 25)];
  return out;
}

/** Medium-style atomic class names: `pw-post-body-paragraph mk ml gv mm b …`. */
export function classSoup(random: Random, lead: string, count: number): string {
  const names = lead ? [lead] : [];
  for (let i = 0; i < count; i++) names.push(shortId(random, 1, 2));
  return names.join(' ');
}

const num = (random: Random, max: number): string => (random.next() * max).toFixed(random.chance(0.5) ? 2 : 1);

/** An inline SVG icon: an outline path of `commands` segments, as icon fonts and share bars inline them. */
export function svgIcon(random: Random, commands: number, attrs = ''): string {
  let d = `M${num(random, 24)} ${num(random, 24)}`;
  for (let i = 0; i < commands; i++) {
    const op = random.pick(['L', 'C', 'c', 'l', 'H', 'V', 's', 'a']);
    if (op === 'C' || op === 'c')
      d += `${op}${num(random, 24)} ${num(random, 24)} ${num(random, 24)} ${num(random, 24)} ${num(random, 24)} ${num(random, 24)}`;
    else if (op === 's') d += `s${num(random, 9)} ${num(random, 9)} ${num(random, 9)} ${num(random, 9)}`;
    else if (op === 'a') d += `a${num(random, 9)} ${num(random, 9)} 0 0 1 ${num(random, 9)} ${num(random, 9)}`;
    else if (op === 'H' || op === 'V') d += `${op}${num(random, 24)}`;
    else d += `${op}${num(random, 24)} ${num(random, 24)}`;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false"${attrs}>` +
    `<path d="${d}z"></path></svg>`
  );
}

const JS_WORDS = [
  'function',
  'return',
  'var',
  'this',
  'typeof',
  'undefined',
  'document',
  'window',
  'addEventListener',
  'length',
  'push',
  'prototype',
  'call',
  'apply',
  'querySelector',
  'getAttribute',
  'setTimeout',
  'Promise',
  'then',
  'catch',
  'JSON.parse',
  'location.href',
  'navigator.userAgent',
  'createElement',
  'appendChild',
  'innerHTML',
  'className',
  'dataset',
];

/** Minified-looking JavaScript of about `bytes` bytes (analytics loaders, emoji polyfills, theme bundles). */
export function minifiedScript(random: Random, bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const a = shortId(random);
    const b = shortId(random);
    const piece = random.pick([
      `!function(${a},${b}){var ${shortId(random)}=${a}.${random.pick(JS_WORDS)}||{};`,
      `${a}.${random.pick(JS_WORDS)}(function(){return ${b}[${random.int(0, 99)}]});`,
      `if(${random.pick(JS_WORDS)}(${a})==="${shortId(random, 3, 8)}"){${b}=${random.int(0, 9999)}}`,
      `var ${a}=${random.pick(JS_WORDS)}("${shortId(random, 2, 6)}-${shortId(random, 2, 6)}"),` +
        `${b}=[${random.int(0, 99)},${random.int(0, 99)}];`,
      `}(window,document);`,
      `${a}.${random.pick(JS_WORDS)}=${b}&&${b}.${random.pick(JS_WORDS)}?${random.int(0, 9)}:${random.int(10, 99)};`,
    ]);
    parts.push(piece);
    size += piece.length;
  }
  return parts.join('');
}

const CSS_PROPS = [
  'margin:0',
  'padding:0 16px',
  'color:#222',
  'color:rgba(0,0,0,.8)',
  'font-size:15px',
  'line-height:1.75',
  'display:flex',
  'display:none',
  'position:relative',
  'border:1px solid #e5e5e5',
  'background:#fff',
  'max-width:100%',
  'overflow:hidden',
  'letter-spacing:.5px',
  'font-weight:700',
  'text-align:justify',
  'box-sizing:border-box',
  'transition:all .2s ease-in-out',
];

function cssVariable(random: Random): string {
  const value = random.chance(0.5) ? `#${random.hex(6)}` : `${random.int(1, 64)}px`;
  return `body{--wp--preset--${random.pick(['color', 'font-size', 'spacing', 'gradient'])}--${shortId(random, 3, 8)}:${value}}`;
}

function cssRule(random: Random): string {
  const descendant = random.chance(0.3) ? ` ${random.pick(['a', 'p', 'img', 'li', 'span'])}` : '';
  const props = Array.from({ length: random.int(1, 5) }, () => random.pick(CSS_PROPS)).join(';');
  return `${random.pick(['.', '#', '.'])}${shortId(random, 2, 6)}-${shortId(random, 2, 8)}${descendant}{${props}}`;
}

/** A stylesheet of about `bytes` bytes: theme rules, CSS variables, media queries. */
export function styleSheet(random: Random, bytes: number): string {
  const rules: string[] = [];
  let size = 0;
  while (size < bytes) {
    const selector = random.chance(0.2) ? cssVariable(random) : cssRule(random);
    const rule = random.chance(0.05) ? `@media (max-width:${random.int(480, 1200)}px){${selector}}` : selector;
    rules.push(rule);
    size += rule.length;
  }
  return rules.join('');
}

/** Inline style of the kind WeChat's editor puts on every paragraph and span. */
export function inlineStyle(random: Random): string {
  const props = [
    `margin: 0px 0px ${random.int(0, 24)}px`,
    'padding: 0px',
    'outline: 0px',
    'max-width: 100%',
    'box-sizing: border-box !important',
    'overflow-wrap: break-word !important',
    `color: rgb(${random.int(0, 90)}, ${random.int(0, 90)}, ${random.int(0, 90)})`,
    `font-size: ${random.int(14, 17)}px`,
    `letter-spacing: ${random.pick(['0.544px', '1px', '0.5px', '2px'])}`,
    `line-height: ${random.pick(['1.6', '1.75', '2', '28px'])}`,
    'text-align: justify',
    'visibility: visible',
    'font-family: mp-quote, -apple-system-font, BlinkMacSystemFont, &quot;Helvetica Neue&quot;, &quot;PingFang SC&quot;, sans-serif',
  ];
  return props.filter(() => random.chance(0.22)).join('; ') + ';';
}

/** JSON-LD or a framework's state blob: structured noise with the article's title and URL in it. */
export function jsonBlob(random: Random, bytes: number, title: string, url: string): string {
  const fields: string[] = [`"@context":"https://schema.org"`, `"headline":${JSON.stringify(title)}`, `"url":${JSON.stringify(url)}`];
  let size = fields.join(',').length;
  while (size < bytes) {
    const key = `${shortId(random, 2, 6)}${random.chance(0.5) ? `:${random.hex(8)}` : ''}`;
    const value = random.pick([
      () => String(random.int(0, 1e6)),
      () => JSON.stringify(`${shortId(random, 3, 9)}-${random.hex(12)}`),
      () => (random.chance(0.5) ? 'true' : 'null'),
      () => `{"__typename":"${random.pick(['Post', 'User', 'ImageMetadata', 'Collection'])}","id":"${random.hex(12)}"}`,
    ])();
    const field = `${JSON.stringify(key)}:${value}`;
    fields.push(field);
    size += field.length + 1;
  }
  return `{${fields.join(',')}}`;
}

/** The transparent placeholder lazy-loading pages put in src while the real address waits in data-src. */
export const LAZY_PLACEHOLDER = "data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20viewBox='0%200%201%201'%3E%3C/svg%3E";

export const escapeAttr = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

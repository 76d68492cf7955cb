import { brotliCompressSync, brotliDecompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
const text = readFileSync('/work/shared/fixtures/feed-capture/000_d6c3dc65d2877456.txt');
for (const lgwin of [22, 18, 16, 14]) {
  const c = brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_LGWIN]: lgwin, [constants.BROTLI_PARAM_SIZE_HINT]: text.length } });
  for (let i = 0; i < 200; i++) brotliDecompressSync(c);
  const t = performance.now(); for (let i = 0; i < 2000; i++) brotliDecompressSync(c); const us = (performance.now() - t) / 2000 * 1000;
  console.log('lgwin', lgwin, 'size', c.length, 'decode µs', us.toFixed(1));
}

// What the built `folio` command will not do: pass an article's escape sequences
// to the terminal, or run a query whose cost has no bound.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../../src/shared/limits';
import { feedCapture, writeFiles } from '../../helpers/article-files';
import { folio, json } from '../../helpers/folio-cli';

// OSC 52 (write the clipboard), OSC 8 (a link), CSI (clear the screen, colours), 8-bit CSI, BEL, CR.
const TITLE = 'Clip \u001b]52;c;ZXZpbA==\u0007 board \u001b[2J\u009b31m end';
const BODY = 'Link \u001b]8;;https://evil.example/\u001b\\\\here\u001b]8;;\u001b\\\\ and \u001b[31mred\u001b[0m over\rwritten 普京';
const FILE_NAME = 'bad\u001b]52;c;aGk=\u0007na\rme.bin';
/** Anything a terminal could obey: C0 except tab and newline, DEL, C1. */
// eslint-disable-next-line no-control-regex -- looking for control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// One library for the whole file: each run of the CLI starts Node afresh, so the runs are kept few.
let folder = '';
let library = '';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'folio-escapes-'));
  library = mkdtempSync(join(tmpdir(), 'folio-escapes-lib-'));
  writeFiles(folder, {
    'escape.txt': feedCapture(TITLE, 'https://example.org/escape', BODY),
    // Not an article: it is listed in the import report under its (hostile) name.
    [FILE_NAME]: new Uint8Array([0, 1, 2, 3, 0xff, 0xfe]),
  });
  expect(folio('import', folder, '--library', library, '--json').code).toBe(0);
});
afterAll(() => {
  for (const dir of [folder, library]) rmSync(dir, { recursive: true, force: true });
});

describe('folio prints no control characters', () => {
  it('strips them from titles, text and file names in every text output, and from error messages', () => {
    const runs = {
      import: folio('import', folder, '--library', library),
      search: folio('search', '普京', '--library', library),
      list: folio('list', '--library', library),
      show: folio('show', '1', '--library', library),
      missingFolder: folio('import', join(folder, 'gone\u001b[2Jaway'), '--library', library),
    };
    for (const [name, run] of Object.entries(runs)) {
      expect(run.out + run.err, name).not.toMatch(CONTROL);
    }
    // What is left is the readable text, so nothing a person needs is lost.
    expect(runs.import.out).toContain('bad]52;c;aGk=name.bin: not an article file type');
    expect(runs.list.out).toContain('example.org · Clip ]52;c;ZXZpbA== board [2J31m end');
    expect(runs.search.out).toContain('Clip ]52;c;ZXZpbA== board [2J31m end');
    expect(runs.show.out).toContain('Link ]8;;https://evil.example/');
    expect(runs.show.out).toContain('[31mred[0m');
    expect(runs.missingFolder.code).toBe(1);
    expect(runs.missingFolder.err).toContain('gone[2Jaway');
  });

  it('leaves them to JSON escaping with --json, so scripts get the data as stored', () => {
    const run = folio('search', '普京', '--library', library, '--json');
    expect(run.out).not.toMatch(CONTROL);
    const { hits } = json<{ hits: { title: string }[] }>(run);
    expect(hits[0]?.title).toContain('\u001b]52;c;ZXZpbA==');
    // JSON.stringify would print this one raw: it is escaped, and still the same character.
    expect(run.out).toContain('\\u009b31m');
    expect(hits[0]?.title).toContain('\u009b31m');
    const lines = folio('list', '--all', '--json', '--library', library).out;
    expect(lines).not.toMatch(CONTROL);
    expect((JSON.parse(lines) as { title: string }).title).toBe(TITLE.replace('\u0007', ''));
    const shown = json<{ text: string }>(folio('show', '1', '--library', library, '--json'));
    expect(shown.text).toContain('\u001b[31mred');
  });
});

describe('folio search bounds what a query may cost', () => {
  it(`refuses a query over ${LIMITS.queryLength} characters or ${LIMITS.queryTerms} words, saying which limit`, () => {
    const long = folio('search', 'x'.repeat(LIMITS.queryLength + 1), '--library', library);
    expect(long.code).toBe(2);
    expect(long.err).toContain(`at most ${LIMITS.queryLength}`);
    const words = Array.from({ length: LIMITS.queryTerms + 1 }, (_, i) => `"w${i}"`).join(' OR ');
    expect(words.length).toBeLessThanOrEqual(LIMITS.queryLength);
    const many = folio('search', words, '--library', library);
    expect(many.code).toBe(2);
    expect(many.err).toContain(`The query has ${LIMITS.queryTerms + 1} words or phrases; a query has at most ${LIMITS.queryTerms}`);
  });

  it('runs a query at the limits', () => {
    const words = ['普京', ...Array.from({ length: LIMITS.queryTerms - 1 }, (_, i) => `w${i}`)].join(' OR ');
    const atLimit = `${words} ${' '.repeat(LIMITS.queryLength - words.length - 1)}`;
    expect(atLimit).toHaveLength(LIMITS.queryLength);
    expect(json<{ total: number }>(folio('search', atLimit, '--library', library, '--json')).total).toBe(1);
  });
});

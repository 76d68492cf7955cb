// Each file the import cannot use is reported with the reason that is true of it:
// a disk error is not a permission problem, a huge file is "too large", a missing
// image is not "outside the folder", and a one-line note is an article.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileProblem } from '../../../src/main/import/job/file-errors';
import { prepareFile } from '../../../src/main/import/prepare-file';
import { makeTempDir, parseArticle, writeTree } from './fixture-files';

const PNG = fs.readFileSync(path.resolve('tests/fixtures/images/book-fair.png'));
let dir = '';
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function systemError(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

const task = (file: string, root = dir) => ({ path: file, root, sitePlace: null, size: 0, mtimeMs: 0, knownHash: null });

describe('file problems', () => {
  it('tells a disk error from a permission problem', () => {
    expect(fileProblem(systemError('EIO', 'EIO: i/o error, read'))).toEqual({
      kind: 'fail',
      reason: 'could not be read',
      detail: 'EIO: i/o error, read',
    });
    expect(fileProblem(systemError('EACCES', 'EACCES: permission denied'))).toEqual({
      kind: 'fail',
      reason: 'unreadable (permission denied)',
    });
    expect(fileProblem(systemError('ENOENT', 'ENOENT'))).toEqual({ kind: 'fail', reason: 'vanished during import' });
  });

  it('calls a file too large to read "too large", not "permission denied"', () => {
    expect(fileProblem(systemError('ERR_FS_FILE_TOO_LARGE', 'File size (3221225472) is greater than 2 GiB'))).toEqual({
      kind: 'skip',
      reason: 'too large',
    });
  });

  it('reports a folder where a file was expected with the system words, not as permission denied', () => {
    const folder = path.join(dir, 'was-a-file.txt');
    fs.mkdirSync(folder);
    expect(prepareFile(task(folder))).toMatchObject({
      kind: 'fail',
      reason: 'could not be read',
      detail: expect.stringContaining('EISDIR'),
    });
  });
});

describe('images', () => {
  it('says an image is missing when it is missing, and outside when it is outside', () => {
    const root = path.join(dir, 'root');
    writeTree(dir, { 'elsewhere/photo.png': PNG, 'root/images/here.png': PNG });
    fs.symlinkSync(path.join(dir, 'elsewhere/photo.png'), path.join(root, 'images/linked.png'));
    writeTree(root, {
      'a.md':
        '# Photos\n\nThree photos.\n\n![](images/gone.png)\n![](../elsewhere/photo.png)\n![](images/linked.png)\n![](images/here.png)\n',
    });
    const prepared = prepareFile(task(path.join(root, 'a.md'), root));
    if (prepared.kind !== 'article') throw new Error(JSON.stringify(prepared));
    expect(prepared.images.map((i) => i.problem ?? (i.local ? 'copied' : 'remote'))).toEqual([
      'image not found: images/gone.png',
      'image outside the imported folder: ../elsewhere/photo.png',
      // A link inside the folder that leads out is outside too.
      'image outside the imported folder: images/linked.png',
      'copied',
    ]);
  });
});

describe('plain text', () => {
  it('imports a one-line note as an article whose title is its text', () => {
    writeTree(dir, { 'note.txt': 'Buy the paper on Friday\n' });
    const article = parseArticle(path.join(dir, 'note.txt'));
    expect(article).toMatchObject({ format: 'plain-text', title: 'Buy the paper on Friday', text: 'Buy the paper on Friday' });
  });
});

// The import report lists skipped and failed files by reason, the most common reason first,
// so one cause behind hundreds of files is read before the odd one-off.
import { describe, expect, it } from 'vitest';
import { groupIssues } from '../../../src/renderer/src/import/group-issues';

describe('groupIssues', () => {
  it('puts files with the same reason together, the largest group first', () => {
    const groups = groupIssues([
      { path: 'a/readme.txt', reason: 'No article text' },
      { path: 'b/photo.jpg', reason: 'Not an article file' },
      { path: 'c/notes.txt', reason: 'No article text' },
      { path: 'd/logo.png', reason: 'Not an article file' },
      { path: 'e/.DS_Store', reason: 'Not an article file' },
    ]);
    expect(groups).toEqual([
      { reason: 'Not an article file', paths: ['b/photo.jpg', 'd/logo.png', 'e/.DS_Store'] },
      { reason: 'No article text', paths: ['a/readme.txt', 'c/notes.txt'] },
    ]);
  });

  it('keeps groups of equal size in the order their reasons first appear', () => {
    const groups = groupIssues([
      { path: '1.md', reason: 'Unreadable encoding' },
      { path: '2.md', reason: 'Empty file' },
      { path: '3.md', reason: 'Unclosed front matter' },
    ]);
    expect(groups.map((g) => g.reason)).toEqual(['Unreadable encoding', 'Empty file', 'Unclosed front matter']);
  });

  it('keeps every file, even one listed twice', () => {
    const groups = groupIssues([
      { path: 'x.html', reason: 'Too large' },
      { path: 'x.html', reason: 'Too large' },
    ]);
    expect(groups).toEqual([{ reason: 'Too large', paths: ['x.html', 'x.html'] }]);
  });

  it('shows no groups when no file had a problem', () => {
    expect(groupIssues([])).toEqual([]);
  });
});

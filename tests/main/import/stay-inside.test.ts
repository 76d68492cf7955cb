// An imported folder can hold links to anywhere. Whatever they point at outside the
// folder must never reach the library: not as an article, not in search.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openService } from '../../helpers/open-service';
import { useTempDirs } from '../../helpers/temp-dir';
import { writeTree } from './fixture-files';

const tempDir = useTempDirs();

describe('an import stays inside its folder', () => {
  it('skips links to a key folder and to /etc, and follows a link that stays inside', async () => {
    const home = tempDir();
    const root = path.join(home, 'archive');
    writeTree(home, {
      '.ssh/id_ed25519': '-----BEGIN OPENSSH PRIVATE KEY-----\nzebrakeymaterial\n-----END OPENSSH PRIVATE KEY-----\n',
      'archive/posts/2023-01-02-story.md': '---\ntitle: Story\n---\nA story about the harbour.\n',
    });
    fs.symlinkSync(path.join(home, '.ssh'), path.join(root, 'keys'));
    fs.symlinkSync(path.join(home, '.ssh', 'id_ed25519'), path.join(root, 'key.txt'));
    fs.symlinkSync('/etc', path.join(root, 'etc'));
    fs.symlinkSync(path.join(root, 'posts'), path.join(root, 'same-posts'));

    const service = await openService(tempDir());
    const { report } = await service.importFolders([root]);
    expect(report.imported).toBe(1);
    const outside = report.skipped.filter((s) => s.reason === 'link leads outside the folder').map((s) => path.basename(s.path));
    expect(outside.sort()).toEqual(['etc', 'key.txt', 'keys']);
    expect(report.skipped.some((s) => s.path.startsWith('/etc'))).toBe(false);
    const search = await service.search({ query: 'zebrakeymaterial', view: { kind: 'all' }, sort: 'relevance', offset: 0, limit: 10 });
    expect(search.total).toBe(0);
    expect((await service.getOverview()).total).toBe(1);
    await service.close();
  });
});

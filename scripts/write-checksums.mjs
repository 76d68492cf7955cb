// Writes SHA256SUMS beside the installers in a folder (default dist/), in the format
// `sha256sum -c SHA256SUMS` reads. Usage: node scripts/write-checksums.mjs [dir]
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a person downloads; electron-builder's own bookkeeping files are left out. */
const ARTIFACT = /\.(AppImage|deb|exe|zip|dmg)$/;

const dir = process.argv[2] ?? 'dist';
const lines = readdirSync(dir)
  .filter((name) => ARTIFACT.test(name) && statSync(join(dir, name)).isFile())
  .sort()
  .map(
    (name) =>
      `${createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex')}  ${name}`,
  );
if (lines.length === 0) throw new Error(`no installers in ${dir}`);
writeFileSync(join(dir, 'SHA256SUMS'), `${lines.join('\n')}\n`);
console.log(`${dir}/SHA256SUMS: ${lines.length} files`);

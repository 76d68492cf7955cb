// Writes out/licences.json for the About box: every package the built app contains — the
// main process's production dependencies and what the renderer bundles — with its version,
// licence and licence text, read from node_modules. Electron's own licences (Chromium's
// included) ship in the installation folder as LICENSE.electron.txt and LICENSES.chromium.html.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dependencyTree } from './dependency-tree.mjs';

const root = process.cwd();
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Bare package names the renderer's sources import at run time (type-only imports bundle nothing). */
function rendererImports(dir = join(root, 'src/renderer')) {
  const names = new Set();
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) {
      for (const name of rendererImports(path)) names.add(name);
    } else if (/\.tsx?$/.test(entry)) {
      for (const [, spec] of readFileSync(path, 'utf8').matchAll(/^import (?!type )[^'"]*['"]([^'".][^'"]*)['"]/gm)) {
        names.add(spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
      }
    }
  }
  return names;
}

function licenceText(dir) {
  const file = readdirSync(dir).find((name) => /^(licen[cs]e|copying)(\.|$)/i.test(name));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : '';
}

function licenceName(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license?.type) return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type).join(' OR ');
  return 'UNKNOWN';
}

// The app ships Electron's runtime, not the npm package's download helpers: electron is a leaf.
const names = [...Object.keys(project.dependencies ?? {}), ...rendererImports(), 'electron'];
const licences = [...dependencyTree(names, root, { leaves: ['electron'] })]
  .map(([dir, pkg]) => ({ name: pkg.name, version: pkg.version, licence: licenceName(pkg), text: licenceText(dir) }))
  .sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
writeFileSync(join(root, 'out/licences.json'), `${JSON.stringify(licences, null, 1)}\n`);
console.log(`out/licences.json: ${licences.length} packages`);

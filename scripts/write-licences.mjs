// Writes out/licences.json for the About box: every package the built app contains — the
// main process's production dependencies and what the renderer bundles — with its version,
// licence and licence text, read from node_modules. Electron's own licences (Chromium's
// included) ship in the installation folder as LICENSE.electron.txt and LICENSES.chromium.html.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const root = process.cwd();
const project = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

/** Node's lookup: node_modules/<name> in the requiring package's folder, then each folder above it. */
function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(candidate);
    if (dir === dirname(dir)) return null;
  }
}

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

const found = new Map();
function visit(name, fromDir, { leaf = false } = {}) {
  const dir = findPackage(name, fromDir);
  if (!dir || found.has(dir)) return;
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  found.set(dir, { name: pkg.name, version: pkg.version, licence: licenceName(pkg), text: licenceText(dir) });
  if (!leaf) for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, dir);
}

for (const name of [...Object.keys(project.dependencies ?? {}), ...rendererImports()]) visit(name, root);
// The app ships Electron's runtime, not the npm package's download helpers.
visit('electron', root, { leaf: true });

const licences = [...found.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
writeFileSync(join(root, 'out/licences.json'), `${JSON.stringify(licences, null, 1)}\n`);
console.log(`out/licences.json: ${licences.length} packages`);

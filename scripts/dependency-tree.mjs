// The packages a dependency list pulls in, found the way Node finds them: node_modules/<name>
// in the requiring package's folder, then in each folder above it. Used for the About box's
// licence list (write-licences.mjs) and by the packaging test (what app.asar must hold).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of package `name` as required from `fromDir`, or null. */
export function findPackage(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(candidate)) return dirname(candidate);
    if (dir === dirname(dir)) return null;
  }
}

/**
 * Every package folder the names pull in through their `dependencies`, each with its
 * package.json. `leaves` are taken without what they depend on.
 */
export function dependencyTree(names, fromDir, { leaves = [] } = {}) {
  const found = new Map();
  const visit = (name, from) => {
    const dir = findPackage(name, from);
    if (!dir || found.has(dir)) return;
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    found.set(dir, pkg);
    if (!leaves.includes(name)) for (const dependency of Object.keys(pkg.dependencies ?? {})) visit(dependency, dir);
  };
  for (const name of names) visit(name, fromDir);
  return found;
}

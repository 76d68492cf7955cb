// The packaged app, proven here without Electron: electron-builder packages the build into a
// folder from a stand-in Electron, and the test checks what is inside app.asar and beside it,
// the fuses, the icons, and then runs the packaged main process (against the recording
// stand-in `electron`) to open a library, import by token and answer a search.
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import asar from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { beforeAll, describe, expect, it } from 'vitest';
import { dependencyTree } from '../../scripts/dependency-tree.mjs';
import { appPaths } from '../../src/main/desktop/app-paths';
import { projectRoot, runWiredApp } from '../electron/run-wired-app';
import { wiringReader } from '../electron/wiring-log';
import { packageApp, runnableCopy } from './package-app';
import type { PackagedApp } from './package-app';

const FIXTURE = join(projectRoot, 'tests/fixtures/feed-capture');
const TITLE = '习近平访俄甚过当年毛泽东拜会斯大林';
/** What electron-builder.yml's asarUnpack must put on disk, relative to the app. */
const UNPACKED = ['out/worker/import-worker.mjs', 'out/worker/search-worker.mjs', 'node_modules/sql.js/dist/sql-wasm.wasm'];
const project = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
};

let work: string;
let app: PackagedApp;
let files: string[];

beforeAll(() => {
  if (process.platform !== 'linux') return;
  work = mkdtempSync(join(tmpdir(), 'folio-packaging-'));
  app = packageApp(work);
  files = asar.listPackage(app.archive, { isPack: false }).map((file) =>
    file
      .replace(/^[/\\]/, '')
      .split('\\')
      .join('/'),
  );
}, 300_000);

function archived(path: string): string {
  return asar.extractFile(app.archive, path).toString('utf8');
}

/** name@version of every package folder in the archive's node_modules. */
function archivedPackages(): string[] {
  return files
    .filter((file) => /^(node_modules\/(@[^/]+\/)?[^/]+\/)+package\.json$/.test(file))
    .map((file) => JSON.parse(archived(file)) as { name: string; version: string })
    .map((pkg) => `${pkg.name}@${pkg.version}`)
    .sort();
}

/** Module loads in built code: import/export statements (a line of their own), import(), require(). */
const LOADS = [
  /^\s*(?:import|export)\b[^;'"]*?\bfrom\s*["']([^"']+)["']/gm,
  /^\s*import\s*["']([^"']+)["']/gm,
  /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  /\brequire\(\s*["']([^"']+)["']\s*\)/g,
];

/** The bare module names a built file loads (relative paths are part of the build). */
function bareImports(source: string): string[] {
  // Comments mention modules too (`.tlds(require('tlds'))` in linkify-it's docs).
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const specifiers = LOADS.flatMap((pattern) => [...code.matchAll(pattern)].map((m) => m[1]!)).filter((s) => !s.startsWith('.'));
  return specifiers.map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
}

const isBuiltin = (name: string) => name.startsWith('node:') || builtinModules.includes(name);

// The Linux layout from a shell-script stand-in: on the release workflow's Windows and macOS
// runners the real installers are built right after the unit tests instead.
describe.skipIf(process.platform !== 'linux')('the packaged app (electron-builder --dir from a stand-in Electron)', () => {
  it('puts the built app and package.json in app.asar, and no sources, tests, docs or source maps', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        'package.json',
        'out/main/index.js',
        'out/preload/index.js',
        'out/renderer/index.html',
        'out/licences.json',
        ...UNPACKED,
      ]),
    );
    const strays = files.filter((file) =>
      /^(src|tests|e2e|bench|docs|scripts|resources|build|test-results|dist)\/|^out\/cli\/|\.map$|\.ts$/.test(file),
    );
    expect(strays).toEqual([]);
    const manifest = JSON.parse(archived('package.json')) as { main: string; version: string };
    expect(manifest.main).toBe('out/main/index.js');
    expect(manifest.version).toBe(project.version);
  });

  it('holds exactly the production dependencies, and every module the main process loads is among them', () => {
    const expected = [...dependencyTree(Object.keys(project.dependencies), projectRoot).values()].map(
      (pkg) => `${pkg.name}@${pkg.version}`,
    );
    expect(archivedPackages()).toEqual([...new Set(expected)].sort());
    const topLevel = new Set(files.filter((f) => /^node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(f)).map((f) => f.slice(13, -13)));
    const mainFiles = files.filter((file) => file.startsWith('out/main/') && file.endsWith('.js'));
    expect(mainFiles.length).toBeGreaterThan(0);
    const missing = mainFiles.flatMap((file) =>
      bareImports(archived(file)).filter((name) => !isBuiltin(name) && name !== 'electron' && !topLevel.has(name)),
    );
    expect(missing).toEqual([]);
  });

  it('unpacks the worker and the sql.js wasm onto disk, and nothing else', () => {
    for (const file of UNPACKED) {
      expect((asar.statFile(app.archive, file) as { unpacked?: boolean }).unpacked, file).toBe(true);
      expect(existsSync(join(app.resources, 'app.asar.unpacked', file)), file).toBe(true);
    }
    const onDisk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? onDisk(join(dir, e.name)) : [join(dir, e.name)]));
    const unpackedRoot = join(app.resources, 'app.asar.unpacked');
    expect(
      onDisk(unpackedRoot)
        .map((f) => relative(unpackedRoot, f).split('\\').join('/'))
        .sort(),
    ).toEqual([...UNPACKED].sort());
    // The workers run from outside the archive, where node_modules cannot be found: each carries everything it needs.
    for (const name of ['import-worker.mjs', 'search-worker.mjs']) {
      const worker = readFileSync(join(unpackedRoot, 'out/worker', name), 'utf8');
      expect(bareImports(worker).filter((module) => !isBuiltin(module))).toEqual([]);
    }
  });

  it('finds every file at the path app-paths.ts computes for a packaged app', () => {
    const paths = appPaths({ isPackaged: true, resourcesPath: app.resources, appPath: app.archive });
    expect(existsSync(paths.importWorker)).toBe(true);
    expect(existsSync(paths.searchWorker)).toBe(true);
    expect(existsSync(paths.sqlWasm)).toBe(true);
    expect(existsSync(paths.icon)).toBe(true);
    expect(existsSync(join(paths.sampleArticles, 'guide/how-to-read-this-sample.md'))).toBe(true);
    for (const inside of [paths.preload, join(paths.rendererDir, 'index.html'), paths.licences]) {
      expect(files, inside).toContain(relative(app.archive, inside).split('\\').join('/'));
    }
  });

  it('sets the fuses: no RunAsNode, NODE_OPTIONS or --inspect; asar integrity and only-from-asar on', async () => {
    const wire = await getCurrentFuseWire(join(app.appDir, 'folio'));
    const on = 49;
    const off = 48;
    expect(wire).toMatchObject({ 0: off, 1: on, 2: off, 3: off, 4: on, 5: on, 6: off, 7: off });
  });

  it('names the Linux executable folio and ships Electron’s licences beside it', () => {
    expect(existsSync(join(app.appDir, 'folio'))).toBe(true);
    expect(existsSync(join(app.appDir, 'LICENSE.electron.txt'))).toBe(true);
    expect(existsSync(join(app.appDir, 'LICENSES.chromium.html'))).toBe(true);
  });

  it('makes the icons from resources/icon.png: PNG sizes, .icns and .ico', () => {
    for (const size of [16, 32, 64, 128, 256, 512]) {
      const png = readFileSync(join(app.buildResources, `icons/${size}x${size}.png`));
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], `${size}x${size}.png`).toEqual([size, size]);
    }
    const icns = readFileSync(join(app.buildResources, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const ico = readFileSync(join(app.buildResources, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    expect(ico.readUInt16LE(4)).toBeGreaterThanOrEqual(6);
  });

  it('runs from the packaged layout: opens a library, imports a chosen folder by token, answers a search', () => {
    const resources = runnableCopy(app, work, UNPACKED);
    const run = runWiredApp({ main: join(resources, 'app.asar/out/main/index.js'), resources, pick: FIXTURE, cwd: work });
    const read = wiringReader(run);
    expect(read.entries('crash'), run.stderr).toEqual([]);
    expect(read.details('dialog.showErrorBox')).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(read.details('BrowserWindow.loadURL')).toEqual(['app://folio/index.html']);
    expect(read.windowOptions().webPreferences.preload).toBe(join(resources, 'app.asar/out/preload/index.js'));
    expect(read.importReport('picked folder')).toMatchObject({ roots: [FIXTURE], error: null, failed: [] });
    expect(read.answer<{ hits: { title: string }[] }>('search after the import').value?.hits.map((h) => h.title)).toContain(TITLE);
    expect(read.answer<{ sampleAvailable: boolean }>('getAppInfo').value?.sampleAvailable).toBe(true);
    expect(read.answer<{ licences: unknown[] }>('getAbout').value?.licences.length).toBeGreaterThan(20);
  });

  it('runs the CLI from the packaged layout', () => {
    const resources = join(work, 'runnable/resources');
    const library = mkdtempSync(join(tmpdir(), 'folio-packaged-cli-'));
    const run = runWiredApp({
      main: join(resources, 'app.asar/out/main/index.js'),
      resources,
      args: ['import', FIXTURE, '--library', library, '--json'],
      cwd: work,
    });
    expect(run.exitCode, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ error: null, failed: [] });
  });
});

// Packages the built app into a folder with electron-builder, exactly as electron-builder.yml
// says, but from the stand-in Electron distribution and with the icons made into a temp folder
// (`--dir`: no installer, so nothing needs downloading).
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import asar from '@electron/asar';
import { parse } from 'yaml';
import { projectRoot } from '../electron/run-wired-app';
import { makeStandInElectron } from './stand-in-electron';

export interface PackagedApp {
  /** electron-builder's linux-unpacked folder: the executable, resources/, licences. */
  appDir: string;
  resources: string;
  archive: string;
  /** Where the icons were made (scripts/make-icons.mjs). */
  buildResources: string;
}

export function packageApp(work: string): PackagedApp {
  const electronVersion = (JSON.parse(readFileSync(join(projectRoot, 'node_modules/electron/package.json'), 'utf8')) as { version: string })
    .version;
  const electronDist = join(work, 'electron-dist');
  makeStandInElectron(electronDist, electronVersion);
  const buildResources = join(work, 'build');
  mkdirSync(buildResources, { recursive: true });
  // The committed entitlements beside the made icons, as in the project's build/ folder.
  cpSync(join(projectRoot, 'build/entitlements.mac.plist'), join(buildResources, 'entitlements.mac.plist'));
  const icons = spawnSync(process.execPath, ['scripts/make-icons.mjs', buildResources], { cwd: projectRoot, encoding: 'utf8' });
  if (icons.status !== 0) throw new Error(`make-icons failed:\n${icons.stderr}`);

  const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as Record<string, unknown> & { linux: object };
  const configFile = join(work, 'electron-builder.json');
  writeFileSync(
    configFile,
    JSON.stringify({
      ...config,
      electronDist,
      directories: { output: join(work, 'dist'), buildResources },
      linux: { ...config.linux, icon: join(buildResources, 'icons') },
    }),
  );
  const built = spawnSync(
    process.execPath,
    [
      join(projectRoot, 'node_modules/electron-builder/cli.js'),
      '--linux',
      '--dir',
      '--x64',
      '--config',
      configFile,
      '--projectDir',
      projectRoot,
    ],
    { cwd: projectRoot, encoding: 'utf8', env: { ...process.env, CI: 'true' }, timeout: 240_000 },
  );
  if (built.status !== 0) throw new Error(`electron-builder failed (${built.status}):\n${built.stdout}\n${built.stderr}`);
  const appDir = join(work, 'dist/linux-unpacked');
  const resources = join(appDir, 'resources');
  return { appDir, resources, archive: join(resources, 'app.asar'), buildResources };
}

/**
 * The packaged app as the stand-in can run it: app.asar extracted to a folder of the same
 * name, app.asar.unpacked beside it, and the unpacked files REMOVED from the extracted
 * archive — so the app works only if it reads them from app.asar.unpacked, as Electron needs.
 */
export function runnableCopy(app: PackagedApp, work: string, unpacked: readonly string[]): string {
  const resources = join(work, 'runnable/resources');
  mkdirSync(resources, { recursive: true });
  asar.extractAll(app.archive, join(resources, 'app.asar'));
  cpSync(join(app.resources, 'app.asar.unpacked'), join(resources, 'app.asar.unpacked'), { recursive: true });
  cpSync(join(app.resources, 'sample-library'), join(resources, 'sample-library'), { recursive: true });
  cpSync(join(app.resources, 'icon.png'), join(resources, 'icon.png'));
  for (const file of unpacked) rmSync(join(resources, 'app.asar', file), { force: true });
  return resources;
}

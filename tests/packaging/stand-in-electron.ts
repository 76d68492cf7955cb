// A stand-in Electron distribution, laid out as Electron's Linux download is (the
// executable, its licences, the version file, resources/), for electron-builder's
// `electronDist`. The executable is a placeholder that carries Electron's fuse wire, so
// electron-builder can flip the fuses and the test can read them back with @electron/fuses.
// The packaged main process is run against the recording stand-in `electron` module
// (tests/electron/stand-in/), as the wiring test runs the development build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where @electron/fuses looks for the wire (its src/constants.ts). */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const WIRE_VERSION = 1;
/**
 * Electron's own defaults, one character per fuse in @electron/fuses' order: RunAsNode on,
 * cookie encryption off, NODE_OPTIONS on, --inspect on, asar integrity off, only-from-asar off,
 * browser-process V8 snapshot off, file:// extra privileges on.
 */
export const DEFAULT_FUSES = '10110001';

export function makeStandInElectron(dir: string, version: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  const script = '#!/bin/sh\n# Stand-in for the Electron binary (packaging tests only): it runs nothing.\nexit 0\n';
  // After `exit`, so no shell ever reads the wire's bytes.
  const wire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([WIRE_VERSION, DEFAULT_FUSES.length]), Buffer.from(DEFAULT_FUSES)]);
  writeFileSync(join(dir, 'electron'), Buffer.concat([Buffer.from(script), wire, Buffer.from('\n')]), { mode: 0o755 });
  writeFileSync(join(dir, 'version'), version);
  writeFileSync(join(dir, 'LICENSE'), "Stand-in for Electron's MIT licence.\n");
  writeFileSync(join(dir, 'LICENSES.chromium.html'), "<!doctype html><title>Stand-in for Chromium's licences</title>\n");
}

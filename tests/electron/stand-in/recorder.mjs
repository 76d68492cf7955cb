// The ordered log of everything the app did to the stand-in, written as JSON to
// FOLIO_WIRING_LOG when the process ends (after the app quits, or on a crash).
import { writeFileSync } from 'node:fs';
import process from 'node:process';

const entries = [];

/** Keeps what JSON can hold: functions become "[function]" so a template stays readable. */
function plain(value) {
  return JSON.parse(JSON.stringify(value ?? null, (_key, v) => (typeof v === 'function' ? '[function]' : v)));
}

export function record(what, detail) {
  entries.push({ what, detail: plain(detail) });
}

/** The details recorded so far under one name (probes wait on them). */
export function recorded(what) {
  return entries.filter((entry) => entry.what === what).map((entry) => entry.detail);
}

let finished = false;

export function finish(exitCode) {
  if (finished) return;
  finished = true;
  writeFileSync(process.env.FOLIO_WIRING_LOG, JSON.stringify(entries, null, 2));
  process.exit(exitCode);
}

function crash(error) {
  record('crash', error instanceof Error ? error.stack : String(error));
  finish(1);
}

process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

// Import and re-import through the built CLI, as a user runs them.
import { runTimed } from './timed-process';

/** The fields of `folio import --json` the benchmark reads. */
export interface CliImportReport {
  imported: number;
  updated: number;
  unchanged: number;
  duplicates: number;
  skipped: unknown[];
  failed: unknown[];
  articles: number;
  seconds: number;
}

export interface ImportRun {
  seconds: number;
  peakRssMB: number | null;
  report: CliImportReport;
}

export function timeImport(cli: string, corpusDir: string, libraryDir: string): ImportRun {
  const run = runTimed(process.execPath, [cli, 'import', corpusDir, '--library', libraryDir, '--json']);
  return { seconds: run.seconds, peakRssMB: run.peakRssMB, report: JSON.parse(run.stdout) as CliImportReport };
}

// The About box's facts: the version, the runtime, and the licence of every library in the
// build, read from the list scripts/write-licences.mjs made from node_modules at build time.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AboutInfo, LicenceEntry } from '../../shared/desktop';

const licencesSchema = z.array(z.object({ name: z.string(), version: z.string(), licence: z.string(), text: z.string() }));

/** The build's licence list; empty (never an error) where the build did not write one, as in `npm run dev`. */
export function readLicences(file: string): LicenceEntry[] {
  try {
    const parsed = licencesSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

export function aboutInfo(version: string, runtime: Record<string, string>, licencesFile: string): AboutInfo {
  return { name: 'Folio', version, runtime, licences: readLicences(licencesFile) };
}

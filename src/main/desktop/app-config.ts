// The desktop app's own small settings, kept in the user-data folder beside (not inside) the
// library, because they say where the library is: the library folder chosen in Settings and
// the window's size and place. A damaged file is not fatal: the previous copy, else defaults.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';
import { previousCopy, replaceKeepingGoodCopy } from '../library/records';

const boundsSchema = z.object({ x: z.number(), y: z.number(), width: z.number().positive(), height: z.number().positive() });

const configSchema = z.object({
  /** Absent: the default folder (library/ in the user-data folder). */
  libraryDir: z.string().min(1).optional(),
  window: z.object({ bounds: boundsSchema, maximized: z.boolean() }).optional(),
});

export type AppConfig = z.infer<typeof configSchema>;
export type WindowBounds = z.infer<typeof boundsSchema>;
export type SavedWindow = NonNullable<AppConfig['window']>;

function readOne(file: string): AppConfig | null {
  try {
    const parsed = configSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export class AppConfigFile {
  private config: AppConfig;
  /** The file read well: it may become the previous copy (a damaged one never replaces a good copy). */
  private fileIsGood: boolean;

  constructor(private readonly file: string) {
    const current = readOne(file);
    this.fileIsGood = current !== null;
    this.config = current ?? readOne(previousCopy(file)) ?? {};
  }

  get(): AppConfig {
    return this.config;
  }

  update(change: Partial<AppConfig>): void {
    this.config = { ...this.config, ...change };
    mkdirSync(dirname(this.file), { recursive: true });
    replaceKeepingGoodCopy(this.file, Buffer.from(`${JSON.stringify(this.config, null, 2)}\n`), this.fileIsGood);
    this.fileIsGood = true;
  }
}

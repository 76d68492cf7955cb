// The app's log: what happened, never what was read. Lines carry events, counts, error
// codes and messages, and folder paths — no article titles, text or search queries, which
// can be as private as the articles. Rotated by size, so it never grows without bound.
import { appendFileSync, existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

export type LogFields = Record<string, string | number | boolean | null>;

export interface LogOptions {
  /** Rotate when the file passes this size. */
  maxBytes?: number;
  /** How many rotated files to keep (folio.log.1 … folio.log.N). */
  keep?: number;
  now?: () => Date;
}

export class LogFile {
  private readonly maxBytes: number;
  private readonly keep: number;
  private readonly now: () => Date;

  constructor(
    readonly file: string,
    options: LogOptions = {},
  ) {
    this.maxBytes = options.maxBytes ?? 1024 * 1024;
    this.keep = options.keep ?? 3;
    this.now = options.now ?? (() => new Date());
  }

  info(event: string, fields: LogFields = {}): void {
    this.write('info', event, fields);
  }

  error(event: string, error: unknown, fields: LogFields = {}): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.write('error', event, { ...fields, error: detail });
  }

  private write(level: string, event: string, fields: LogFields): void {
    // A log that cannot be written must never take the app down with it.
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      this.rotateIfFull();
      appendFileSync(this.file, `${this.now().toISOString()} ${level} ${event} ${JSON.stringify(fields)}\n`);
    } catch {
      // nothing sensible to do: the log is the place errors would go
    }
  }

  private rotateIfFull(): void {
    if (!existsSync(this.file) || statSync(this.file).size < this.maxBytes) return;
    rmSync(`${this.file}.${this.keep}`, { force: true });
    for (let n = this.keep - 1; n >= 1; n--) {
      if (existsSync(`${this.file}.${n}`)) renameSync(`${this.file}.${n}`, `${this.file}.${n + 1}`);
    }
    renameSync(this.file, `${this.file}.1`);
  }
}

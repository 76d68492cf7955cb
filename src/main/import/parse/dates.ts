// Turning the many ways archives write a date into what the source actually said.
// A date is kept at the precision it was given: a point in time (it names its zone),
// a wall-clock time (no zone: shown as written), or a calendar day (no time: shown
// without one, never shifted by the reader's time zone). Wall clocks and days are
// stored as if their clock were UTC, so they sort among the others at their own
// day and an `after:2023-09-02` filter meets them on that day, on every machine.
import type { DateKind } from '../../../shared/model';

/** A date as the source gave it. ms is epoch milliseconds (for local and day kinds: the written clock read as UTC). */
export interface SourceDate {
  ms: number;
  kind: Exclude<DateKind, 'undated'>;
}

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const FILE_NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** `<div>21/03/2023 - 10:40</div>`: the date line feed bodies often start with. */
const BODY_DATE_LINE = /<div[^>]*>\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*-\s*(\d{1,2}):(\d{2}))?\s*<\/div>/i;
/** The date line sits at the top of the body; looking further would pick up dates quoted in the text. */
const BODY_DATE_WINDOW = 2000;
/** An RFC 2822 date that names its zone ("… 09:45:02 GMT", "… +0800"). */
const NAMED_ZONE = /(?:\b(?:GMT|UTC|UT|Z|[ECMP][SD]T)|[+-]\d{4})\s*$/i;

export function isPlausibleTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST;
}

/** Epoch ms for a calendar date and time read as UTC, or null when a field is out of range. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; a date that does not exist is no date.
  if (new Date(time).getUTCDate() !== day) return null;
  return isPlausibleTime(time) ? time : null;
}

function offsetMinutes(zone: string): number {
  if (/^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function dated(ms: number | null, kind: SourceDate['kind']): SourceDate | null {
  return ms === null || !isPlausibleTime(ms) ? null : { ms, kind };
}

function parseDateString(text: string): SourceDate | null {
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
    const clock = utc(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
    if (clock === null) return null;
    if (zone) return dated(clock - offsetMinutes(zone) * 60_000, 'instant');
    return dated(clock, h === undefined ? 'day' : 'local');
  }
  // RFC 2822 and friends ("Tue, 21 Mar 2023 09:45:02 GMT"), as feeds write them.
  if (!/[a-z]{3}/i.test(text)) return null;
  // Without a zone, Date.parse would read the clock in this machine's zone: read it as written instead.
  if (NAMED_ZONE.test(text)) return dated(Date.parse(text), 'instant');
  return dated(Date.parse(`${text} UTC`), /\d:\d\d/.test(text) ? 'local' : 'day');
}

/** A date from front matter or page metadata: a string, a YAML date, or epoch seconds/milliseconds. */
export function parseDateValue(value: unknown): SourceDate | null {
  if (value instanceof Date) return dated(value.getTime(), 'instant');
  if (typeof value === 'number') {
    // Bare years (`date: 2023`) and other small numbers are not timestamps.
    if (value < 1e8) return null;
    return dated(value < 1e11 ? value * 1000 : value, 'instant');
  }
  if (typeof value === 'string' && value.trim()) return parseDateString(value.trim());
  return null;
}

/** `2022-03-06-title.md` → the day 2022-03-06. */
export function dateFromFileName(fileName: string): SourceDate | null {
  const match = FILE_NAME_DATE.exec(fileName);
  return match ? dated(utc(Number(match[1]), Number(match[2]), Number(match[3])), 'day') : null;
}

/** `2023/09/02/story.md` (a path below the imported folder) → the day 2023-09-02; the run of folders nearest the file wins. */
export function dateFromPath(relativeFolder: string): SourceDate | null {
  const parts = relativeFolder.split(/[/\\]/);
  for (let i = parts.length - 3; i >= 0; i--) {
    const [y, m, d] = parts.slice(i, i + 3) as [string, string, string];
    if (/^\d{4}$/.test(y) && /^\d{2}$/.test(m) && /^\d{2}$/.test(d)) return dated(utc(Number(y), Number(m), Number(d)), 'day');
  }
  return null;
}

/** The `<div>dd/mm/yyyy - HH:MM</div>` line at the top of a feed body (read as mm/dd when dd/mm cannot be). */
export function dateFromBodyLine(html: string): SourceDate | null {
  const match = BODY_DATE_LINE.exec(html.slice(0, BODY_DATE_WINDOW));
  if (!match) return null;
  let day = Number(match[1]);
  let month = Number(match[2]);
  if (month > 12 && day <= 12) [day, month] = [month, day];
  const hasTime = match[4] !== undefined;
  return dated(utc(Number(match[3]), month, day, Number(match[4] ?? 0), Number(match[5] ?? 0)), hasTime ? 'local' : 'day');
}

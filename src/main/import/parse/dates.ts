// Turning the many ways archives write a date into epoch milliseconds. A date
// with no time zone is taken as UTC: the archives do not say, and UTC keeps the
// result the same on every machine.

const EARLIEST = Date.UTC(1900, 0, 1);
const LATEST = Date.UTC(2200, 0, 1);

const ISO_LIKE =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?$/i;
const FILE_NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** `<div>21/03/2023 - 10:40</div>`: the date line feed bodies often start with. */
const BODY_DATE_LINE = /<div[^>]*>\s*(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s*-\s*(\d{1,2}):(\d{2}))?\s*<\/div>/i;
/** The date line sits at the top of the body; looking further would pick up dates quoted in the text. */
const BODY_DATE_WINDOW = 2000;

export function isPlausibleTime(ms: number): boolean {
  return Number.isFinite(ms) && ms >= EARLIEST && ms < LATEST;
}

/** Epoch ms for a calendar date and time in UTC, or null when a field is out of range. */
function utc(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const time = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; a date that does not exist is no date.
  if (new Date(time).getUTCDate() !== day) return null;
  return isPlausibleTime(time) ? time : null;
}

function offsetMinutes(zone: string | undefined): number {
  if (!zone || /^(z|utc|gmt)$/i.test(zone)) return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || '0'));
}

function parseDateString(text: string): number | null {
  const iso = ISO_LIKE.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, frac, zone] = iso;
    const ms = frac ? Number(frac.slice(0, 3).padEnd(3, '0')) : 0;
    const local = utc(Number(y), Number(mo), Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms);
    return local === null ? null : local - offsetMinutes(zone) * 60_000;
  }
  // RFC 2822 and friends ("Tue, 21 Mar 2023 09:45:02 GMT"), as feeds write them.
  if (!/[a-z]{3}/i.test(text)) return null;
  const parsed = Date.parse(text);
  return isPlausibleTime(parsed) ? parsed : null;
}

/** A date from front matter or page metadata: a string, a YAML date, or epoch seconds/milliseconds. */
export function parseDateValue(value: unknown): number | null {
  if (value instanceof Date) return isPlausibleTime(value.getTime()) ? value.getTime() : null;
  if (typeof value === 'number') {
    // Bare years (`date: 2023`) and other small numbers are not timestamps.
    if (value < 1e8) return null;
    const ms = value < 1e11 ? value * 1000 : value;
    return isPlausibleTime(ms) ? ms : null;
  }
  if (typeof value === 'string' && value.trim()) return parseDateString(value.trim());
  return null;
}

/** `2022-03-06-title.md` → 2022-03-06T00:00Z. */
export function dateFromFileName(fileName: string): number | null {
  const match = FILE_NAME_DATE.exec(fileName);
  return match ? utc(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The `<div>dd/mm/yyyy - HH:MM</div>` line at the top of a feed body (read as mm/dd when dd/mm cannot be). */
export function dateFromBodyLine(html: string): number | null {
  const match = BODY_DATE_LINE.exec(html.slice(0, BODY_DATE_WINDOW));
  if (!match) return null;
  let day = Number(match[1]);
  let month = Number(match[2]);
  if (month > 12 && day <= 12) [day, month] = [month, day];
  return utc(Number(match[3]), month, day, Number(match[4] ?? 0), Number(match[5] ?? 0));
}

/**
 * Dates in the pipeline are whole-day serial numbers (days since 1899-12-30, as Excel, Google Sheets
 * and HyperFormula count them), so they compare as numbers and are written back as numbers with a date
 * format whatever the host. Cells arrive as serials (Excel, HyperFormula), Date objects (Apps Script)
 * or text someone typed.
 */

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Serials below this are not plausible close dates (1900-03-01: before it Excel's 1900 leap-year bug shifts days). */
const FIRST_PLAUSIBLE_SERIAL = 61;
/** 9999-12-31, the last day both hosts show. */
const LAST_PLAUSIBLE_SERIAL = 2_958_465;

export function serialFromParts(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
}

function validParts(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

/** Year first, optionally followed by a time of day (which is dropped), and nothing else. */
const ISO_LIKE = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:[T\s]\s*\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?)?\s*$/;

/**
 * The day a cell holds, or undefined when it holds no date. Numbers are serials (a time of day is
 * dropped); a Date is read in the clock's own time zone because Apps Script hands dates over as
 * local midnight; text must be year first (2026-12-01, 2026/12/1, 2026年12月1日) because
 * 01/02/2026 means different days to different teams.
 */
/**
 * A Date from any realm: Apps Script hands Date objects over, and a Date made in another JavaScript
 * realm (a sandbox, an iframe) fails `instanceof Date`.
 */
export function isDateValue(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

export function serialFromCell(value: unknown): number | undefined {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return undefined;
    const day = Math.floor(value);
    return day >= FIRST_PLAUSIBLE_SERIAL && day <= LAST_PLAUSIBLE_SERIAL ? day : undefined;
  }
  if (isDateValue(value)) {
    if (Number.isNaN(value.getTime())) return undefined;
    return serialFromParts(value.getFullYear(), value.getMonth() + 1, value.getDate());
  }
  if (typeof value === 'string') {
    const match = ISO_LIKE.exec(value.normalize('NFKC'));
    if (!match) return undefined;
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return validParts(year, month, day) ? serialFromParts(year, month, day) : undefined;
  }
  return undefined;
}

export interface DayParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export function partsFromSerial(serial: number): DayParts {
  const date = new Date((Math.floor(serial) - UNIX_EPOCH_SERIAL) * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "2026-12-01": the spelling CRM imports and history sheets agree on. */
export function isoFromSerial(serial: number): string {
  const { year, month, day } = partsFromSerial(serial);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** "2026-12": the month bucket of the weighted forecast. */
export function monthKey(serial: number): string {
  const { year, month } = partsFromSerial(serial);
  return `${year}-${String(month).padStart(2, '0')}`;
}

/** "2026-Q4": calendar quarters. */
export function quarterKey(serial: number): string {
  const { year, month } = partsFromSerial(serial);
  return `${year}-Q${Math.floor((month - 1) / 3) + 1}`;
}

/** Today as an ISO date in the user's time zone (stage-entered dates are calendar days). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

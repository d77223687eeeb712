import { partsFromSerial, serialFromParts } from './dates';

/**
 * A reporting period (a quarter, a month or a year) as an inclusive span of serial days. Kept apart
 * from the dashboard so settings readers and per-period forecasts can use it without importing the
 * dashboard, which itself imports them.
 */

export interface Period {
  /** "2026-Q4", "2026-12" or "2026": the key quotas are entered with. */
  readonly key: string;
  /** First and last serial day, inclusive. */
  readonly start: number;
  readonly end: number;
}

/** The calendar quarter a day falls in. */
export function quarterOf(serial: number): Period {
  const { year, month } = partsFromSerial(serial);
  const q = Math.floor((month - 1) / 3);
  return { key: `${year}-Q${q + 1}`, start: serialFromParts(year, q * 3 + 1, 1), end: serialFromParts(year, q * 3 + 4, 1) - 1 };
}

/** "2026-Q4", "2026-07" or "2026" as a period; undefined for anything else. */
export function periodFromKey(key: string): Period | undefined {
  const m = /^(\d{4})(?:-(Q[1-4]|\d{2}))?$/i.exec(key.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const part = m[2]?.toUpperCase();
  if (part === undefined) return { key: `${year}`, start: serialFromParts(year, 1, 1), end: serialFromParts(year + 1, 1, 1) - 1 };
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1)) - 1;
    return { key: `${year}-Q${q + 1}`, start: serialFromParts(year, q * 3 + 1, 1), end: serialFromParts(year, q * 3 + 4, 1) - 1 };
  }
  const month = Number(part);
  if (month < 1 || month > 12) return undefined;
  return { key: `${year}-${part}`, start: serialFromParts(year, month, 1), end: serialFromParts(year, month + 1, 1) - 1 };
}

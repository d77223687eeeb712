import { text, type Locale, type Text } from '../i18n';
import { serialFromCell, serialFromParts } from './dates';

/**
 * A date a rep typed into a pipeline's date column, read by the workbook's language (the Settings
 * sheet's) rather than guessed. What a host already holds as a date (a serial, a Date) and text with
 * the year first (2026-12-28, 2026/12/28, 2026年12月28日) mean one day everywhere and are read as
 * serialFromCell reads them. Text with the year last is where teams differ:
 *
 *   28.12.2026  day.month.year, whatever the language: every convention that writes dots with the
 *               year last puts the day first (no one writes month.day.year with dots).
 *   12/28/2026  month/day/year when the workbook's language is English, the order English-language
 *               CRMs export; refused when it is Chinese, which writes dates year first: with the year
 *               last, 03/04/2026 is 4 March to one team and 3 April to another.
 *   28-12-2026  refused in either language, for the same reason.
 *
 * A two-digit year (12/28/26) is refused too: which century is a guess as well. Refused means the row
 * is set aside with a reason naming the cell, never read as some other day.
 */

export type TypedDate =
  | { readonly kind: 'date'; readonly serial: number }
  | { readonly kind: 'blank' }
  /** Text shaped like a day with the year last that the workbook's language does not read. */
  | { readonly kind: 'refused'; readonly problem: Text }
  /** Anything else that holds no day ("soon", a number out of range). */
  | { readonly kind: 'notDate' };

/** Day and month (either order), then a four-digit year; an optional time of day is dropped. */
const YEAR_LAST = /^\s*(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;
/** The same with a two-digit year. */
const SHORT_YEAR_LAST = /^\s*\d{1,2}([./-])\d{1,2}\1\d{2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const check = new Date(Date.UTC(year, month - 1, day));
  return check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day;
}

const YEAR_FIRST_EXAMPLE = text('type it year first, as 2026-12-31', '请把年份写在前面，例如 2026-12-31');

/** Each reads after `holds "…": ` in a set-aside reason. */
const T = {
  eitherWay: (locale: Locale) =>
    locale === 'en'
      ? text(
          `with the year last and dashes, the day and the month could be either way round (the workbook's language, English, is read month/day/year with slashes); ${YEAR_FIRST_EXAMPLE.en}`,
          `年份在后且用短横线时，日和月的先后无法确定（工作簿语言为英语，只按“月/日/年”读取用斜线的日期）；${YEAR_FIRST_EXAMPLE['zh-CN']}`,
        )
      : text(
          `with the year last, the day and the month could be either way round, and the workbook's language (Chinese) writes dates year first; ${YEAR_FIRST_EXAMPLE.en}`,
          `年份在后时，日和月的先后无法确定，而工作簿语言（中文）的日期是年份在前；${YEAR_FIRST_EXAMPLE['zh-CN']}`,
        ),
  shortYear: text(`a two-digit year could be in any century; ${YEAR_FIRST_EXAMPLE.en}`, `两位数的年份无法确定世纪；${YEAR_FIRST_EXAMPLE['zh-CN']}`),
  notInOrder: (order: Text) => text(`read ${order.en}, that is no day; ${YEAR_FIRST_EXAMPLE.en}`, `按${order['zh-CN']}读不是有效日期；${YEAR_FIRST_EXAMPLE['zh-CN']}`),
};

const MONTH_DAY_YEAR = text('month/day/year, as the workbook’s language (English) writes dates', '“月/日/年”（工作簿语言英语的写法）');
const DAY_MONTH_YEAR = text('day.month.year', '“日.月.年”');

export function readTypedDate(value: unknown, locale: Locale): TypedDate {
  if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) return { kind: 'blank' };
  if (typeof value !== 'string') {
    const serial = serialFromCell(value);
    return serial === undefined ? { kind: 'notDate' } : { kind: 'date', serial };
  }
  const yearFirst = serialFromCell(value);
  if (yearFirst !== undefined) return { kind: 'date', serial: yearFirst };
  const typed = value.normalize('NFKC');
  if (SHORT_YEAR_LAST.test(typed)) return { kind: 'refused', problem: T.shortYear };
  const match = YEAR_LAST.exec(typed);
  if (!match) return { kind: 'notDate' };
  const [first, separator, second, year] = [Number(match[1]), match[2], Number(match[3]), Number(match[4])];
  const read = (month: number, day: number, order: Text): TypedDate =>
    validDay(year, month, day) ? { kind: 'date', serial: serialFromParts(year, month, day) } : { kind: 'refused', problem: T.notInOrder(order) };
  if (separator === '.') return read(second, first, DAY_MONTH_YEAR);
  if (separator === '/' && locale === 'en') return read(first, second, MONTH_DAY_YEAR);
  return { kind: 'refused', problem: T.eitherWay(locale) };
}

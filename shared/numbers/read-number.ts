import { text, type Text } from '../i18n';
import { exampleNumber, groupingMarks, type DecimalMark } from './decimal-mark';

/**
 * The one reader of numbers typed as text, for the functions, the roll-up and the Settings sheet.
 * The workbook's convention decides which mark is the decimal mark; the other (or a space) may only
 * group digits in threes. Text that breaks the convention — '1,5' where the mark is '.', '1.200,50'
 * where it is '.', '1,2,3' anywhere — is refused with a reason, never read one way or the other:
 * '1,5' could be 1.5 or a mistyped 15, and a forecast must not pick for the user.
 */

export interface NumberTextRules {
  readonly decimalMark: DecimalMark;
  /** A currency sign or code before or after the number: $1,200, €1.200,50, 1 200 EUR, CNY 5000. */
  readonly currency?: boolean;
  /** "40%" read as 0.4. */
  readonly percent?: boolean;
}

export type NumberReading =
  | { readonly ok: true; readonly value: number }
  /** `problem` follows the quoted text in a message: "'1,5' is not a number…". */
  | { readonly ok: false; readonly problem: Text; readonly kind: 'notNumber' | 'convention' | 'tooLarge' };

const CURRENCY_PREFIX = /^(?:[$€£¥]|(?:USD|CNY|RMB|EUR|GBP)(?![A-Z]))\s?/i;
const CURRENCY_SUFFIX = /\s?(?:[$€£¥]|(?<![A-Z])(?:USD|CNY|RMB|EUR|GBP))$/i;
const EXPONENT = /e[+-]?\d+$/i;

export const NOT_A_NUMBER: NumberReading = { ok: false, kind: 'notNumber', problem: text('is not a number', '不是数字') };

function breaksConvention(decimalMark: DecimalMark): NumberReading {
  const other: DecimalMark = decimalMark === '.' ? ',' : '.';
  const group = groupingMarks(decimalMark)[0];
  return {
    ok: false,
    kind: 'convention',
    problem: text(
      `is not a number as this workbook writes them: its decimal mark is "${decimalMark}" and "${group}" or a space only groups digits in threes (${exampleNumber(decimalMark)}); ` +
        `retype it so, or if the workbook writes ${exampleNumber(other)}, set the decimal mark (DK_DECIMAL_MARK) on the Settings sheet to "${other}"`,
      `不是本工作簿格式的数字：小数点为“${decimalMark}”，“${group}”或空格只能每三位分组（如 ${exampleNumber(decimalMark)}）；` +
        `请按此格式重新输入；若工作簿写法为 ${exampleNumber(other)}，请把设置表中的小数点（DK_DECIMAL_MARK）改为“${other}”`,
    ),
  };
}

const TOO_LARGE: NumberReading = { ok: false, kind: 'tooLarge', problem: text('is too large to be read as a number', '数值过大，无法读取') };

/** Unicode spaces and minus signs folded to the ASCII ones people mean by them. */
function folded(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    .replace(/\u2212/g, '-')
    .trim();
}

/** Digits grouped in threes by one mark (the first group 1–3 digits), or plain digits; undefined otherwise. */
function integerDigits(part: string, grouping: readonly string[]): string | undefined {
  if (/^\d*$/.test(part)) return part;
  const used = grouping.filter((mark) => part.includes(mark));
  if (used.length !== 1) return undefined;
  const groups = part.split(used[0]);
  if (!/^\d{1,3}$/.test(groups[0])) return undefined;
  for (let i = 1; i < groups.length; i += 1) if (!/^\d{3}$/.test(groups[i])) return undefined;
  return groups.join('');
}

/** A leading + or − taken off `rest`: [sign, what follows]. */
function splitSign(rest: string): [string, string] {
  return rest[0] === '-' || rest[0] === '+' ? [rest[0], rest.slice(1).trimStart()] : ['', rest];
}

/** Reads text as a number by the workbook's convention; see the module comment. */
export function readNumberText(raw: string, rules: NumberTextRules): NumberReading {
  let [sign, rest] = splitSign(folded(raw));
  if (rules.currency === true) {
    const before = CURRENCY_PREFIX.exec(rest);
    if (before) {
      rest = rest.slice(before[0].length);
      if (sign === '') [sign, rest] = splitSign(rest);
    } else {
      const after = CURRENCY_SUFFIX.exec(rest);
      if (after) rest = rest.slice(0, rest.length - after[0].length);
    }
  }
  return readSignedNumber(sign, rest, rules.decimalMark, rules.percent === true);
}

/**
 * `readNumberText` without currency signs, percent allowed: what a function argument may be. The
 * functions script calls this one so it carries no currency grammar.
 */
export function readFigureText(raw: string, decimalMark: DecimalMark): NumberReading {
  const [sign, rest] = splitSign(folded(raw));
  return readSignedNumber(sign, rest, decimalMark, true);
}

/** The figure after its sign (and any currency) is taken off. */
function readSignedNumber(sign: string, rest: string, decimalMark: DecimalMark, allowPercent: boolean): NumberReading {
  const percent = allowPercent && rest.endsWith('%');
  if (percent) rest = rest.slice(0, -1).trimEnd();
  const exponent = EXPONENT.exec(rest)?.[0] ?? '';
  const mantissa = rest.slice(0, rest.length - exponent.length);
  if (!/\d/.test(mantissa) || !/^[\d., ]+$/.test(mantissa)) return NOT_A_NUMBER;

  const parts = mantissa.split(decimalMark);
  const whole = integerDigits(parts[0], groupingMarks(decimalMark));
  const fraction = parts[1] ?? '';
  if (parts.length > 2 || whole === undefined || !/^\d*$/.test(fraction) || whole + fraction === '') return breaksConvention(decimalMark);

  const value = Number(`${sign}${whole || '0'}.${fraction || '0'}${exponent}`);
  if (!Number.isFinite(value)) return TOO_LARGE;
  const scaled = percent ? value / 100 : value;
  return { ok: true, value: scaled === 0 ? 0 : scaled };
}

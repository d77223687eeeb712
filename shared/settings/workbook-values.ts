import { DealKitError } from '../errors';
import { parseLocale, text, type Locale } from '../i18n';
import { DEFAULT_LADDER_ID } from '../methods/ladders';
import { LADDER_IDS, type LadderId } from '../methods/types';
import { DEFAULT_DECIMAL_MARK, parseDecimalMark, type DecimalMark } from '../numbers/decimal-mark';

/**
 * The Settings values the panels and the roll-up read outside the functions. A name that is missing
 * (no Settings sheet) means DealKit's defaults; a value that is there but cannot be read is an error
 * naming the cell (`place`, e.g. `'DealKit settings'!B7`), never a silent default.
 */

function shown(raw: unknown): string {
  return raw === null || raw === undefined || raw === '' ? '(blank)' : `'${String(raw)}'`;
}

export function ladderSetting(raw: unknown, place: string): LadderId {
  if (raw === undefined) return DEFAULT_LADDER_ID;
  const id = typeof raw === 'string' ? raw.trim().toUpperCase() : '';
  if ((LADDER_IDS as readonly string[]).includes(id)) return id as LadderId;
  throw new DealKitError(
    text(
      `Settings ${place}: the stage ladder ${shown(raw)} is not one DealKit knows (${LADDER_IDS.join(', ')})`,
      `设置 ${place}：阶段体系 ${shown(raw)} 无法识别(可用：${LADDER_IDS.join('、')})`,
    ),
    place,
  );
}

export function languageSetting(raw: unknown, place: string, noSettings: Locale): Locale {
  if (raw === undefined) return noSettings;
  const locale = parseLocale(raw);
  if (locale !== undefined) return locale;
  throw new DealKitError(text(`Settings ${place}: the language ${shown(raw)} must be en or zh-CN`, `设置 ${place}：语言 ${shown(raw)} 必须为 en 或 zh-CN`), place);
}

/** How the workbook writes numbers as text: `.` when there is no Settings sheet or the cell is blank. */
export function decimalMarkSetting(raw: unknown, place: string): DecimalMark {
  const mark = parseDecimalMark(raw);
  if (mark === undefined) return DEFAULT_DECIMAL_MARK;
  if (mark === '.' || mark === ',') return mark;
  throw new DealKitError(text(`Settings ${place}: the decimal mark ${shown(raw)} must be . or ,`, `设置 ${place}：小数点 ${shown(raw)} 必须为 . 或 ,`), place);
}

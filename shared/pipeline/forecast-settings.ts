import { DealKitError } from '../errors';
import { text } from '../i18n';
import { isBlankCell } from './find-tables';
import { repKey } from './period-forecast';
import { sheetCellReference } from '../a1';
import { SETTINGS_NAMES } from '../settings/names';
import { namedRangeOrigin, settingPlace, type NamedValues } from './named-values';
import { periodFromKey } from './period';
import { amountFromCell } from './rollup';
import { decimalMarkFromNamedValues, ROLLUP_SETTING_NAME_LIST } from './team-settings';

/**
 * The forecast-honesty settings a roll-up reads beside the team settings, through the Settings sheet's named
 * ranges: how far a probability override may stray before it is flagged, and the manager's forecast
 * adjustments. Both live on the Settings sheet, which the roll-up reads and never rewrites, so a
 * manager's adjusted figures survive every re-run. A workbook whose Settings sheet predates them
 * rolls up with the default limit and no adjustments.
 */

export const FORECAST_SETTING_NAMES = {
  /** One cell: percentage points (0–100) an override may differ from its stage default before it is flagged. */
  overrideFlagPoints: SETTINGS_NAMES.overrideFlagPoints,
  /** Five columns: rep / period (2026-Q4, 2026-11) / adjusted commit / adjusted best case / note. */
  adjustments: SETTINGS_NAMES.forecastAdjustments,
} as const;

/** Every named range a pipeline operation reads: the shells ask for these in their one read. */
export const PIPELINE_SETTING_NAME_LIST: readonly string[] = [...ROLLUP_SETTING_NAME_LIST, ...Object.values(FORECAST_SETTING_NAMES), SETTINGS_NAMES.decisionMakerContactDays];

export const DEFAULT_OVERRIDE_FLAG_POINTS = 25;

export interface ForecastAdjustment {
  readonly rep: string;
  /** Period key as periodFromKey writes it: 2026-Q4, 2026-11 or 2026. */
  readonly period: string;
  /** The manager's commit for the rep and period; undefined: the rep's own stands. */
  readonly commit?: number;
  readonly bestCase?: number;
  readonly note: string;
  /** 1-based row within the named range, for messages. */
  readonly row: number;
}

export interface ForecastSettings {
  readonly overrideFlagPoints: number;
  readonly adjustments: readonly ForecastAdjustment[];
}

/** index and column are 0-based within the named range (index undefined: its one cell); the message names the sheet's cell when known. */
function settingError(values: NamedValues, name: string, index: number | undefined, column: number, en: string, zh: string): DealKitError {
  const place = settingPlace(values, name, index, column);
  return new DealKitError(text(`${place.en}: ${en}`, `${place.zh}：${zh}`), place.subject);
}

function flagPoints(values: NamedValues): number {
  const name = FORECAST_SETTING_NAMES.overrideFlagPoints;
  const raw = values[name]?.[0]?.[0];
  if (isBlankCell(raw)) return DEFAULT_OVERRIDE_FLAG_POINTS;
  const n = amountFromCell(raw, decimalMarkFromNamedValues(values));
  if (n === undefined || n < 0 || n > 100) {
    throw settingError(
      values,
      name,
      undefined,
      0,
      `"${String(raw)}" is not a number of percentage points from 0 to 100 (25 flags overrides more than 25 points from the stage's probability).`,
      `“${String(raw)}”不是 0 到 100 之间的百分点数（填 25 表示与阶段概率相差超过 25 个百分点时标记）。`,
    );
  }
  return n;
}

function adjustments(values: NamedValues): ForecastAdjustment[] {
  const name = FORECAST_SETTING_NAMES.adjustments;
  const decimalMark = decimalMarkFromNamedValues(values);
  const out: ForecastAdjustment[] = [];
  const seen = new Map<string, number>();
  (values[name] ?? []).forEach((cells, i) => {
    const row = i + 1;
    const [rawRep, rawPeriod, rawCommit, rawBest, rawNote] = cells;
    if ([rawRep, rawPeriod, rawCommit, rawBest, rawNote].every(isBlankCell)) return;
    const rep = isBlankCell(rawRep) ? '' : String(rawRep).trim();
    if (rep === '') throw settingError(values, name, i, 0, 'an adjustment needs the rep it is for.', '调整需要填写销售代表。');
    const period = isBlankCell(rawPeriod) ? undefined : periodFromKey(String(rawPeriod));
    if (!period) {
      throw settingError(
        values,
        name,
        i,
        1,
        `"${String(rawPeriod ?? '')}" is not a period; write 2026-Q4, 2026-11 or 2026.`,
        `“${String(rawPeriod ?? '')}”不是有效期间；请写成 2026-Q4、2026-11 或 2026。`,
      );
    }
    const amount = (raw: unknown, column: number, label: string, labelZh: string): number | undefined => {
      if (isBlankCell(raw)) return undefined;
      const n = amountFromCell(raw, decimalMark);
      if (n === undefined || n < 0)
        throw settingError(values, name, i, column, `the ${label} "${String(raw)}" is not an amount of 0 or more.`, `${labelZh}“${String(raw)}”不是不小于 0 的金额。`);
      return n;
    };
    const commit = amount(rawCommit, 2, 'adjusted commit', '调整后的承诺');
    const bestCase = amount(rawBest, 3, 'adjusted best case', '调整后的最佳情况');
    const key = `${repKey(rep)}|${period.key}`;
    const first = seen.get(key);
    if (first !== undefined) {
      const origin = namedRangeOrigin(values[name]);
      const firstAt = origin ? sheetCellReference(origin.sheet, origin.row + first - 1, origin.column) : undefined;
      throw settingError(
        values,
        name,
        i,
        0,
        `${rep} already has an adjustment for ${period.key} ${firstAt ? `at ${firstAt}` : `on row ${first}`}; keep one.`,
        `${rep} ${firstAt ? `在 ${firstAt} ` : `在第 ${first} 行`}已有 ${period.key} 的调整；只保留一行。`,
      );
    }
    seen.set(key, row);
    out.push({
      rep,
      period: period.key,
      ...(commit === undefined ? {} : { commit }),
      ...(bestCase === undefined ? {} : { bestCase }),
      note: isBlankCell(rawNote) ? '' : String(rawNote).trim(),
      row,
    });
  });
  return out;
}

export function forecastSettingsFromNamedValues(values: NamedValues): ForecastSettings {
  return { overrideFlagPoints: flagPoints(values), adjustments: adjustments(values) };
}

/** The adjustment a manager entered for a rep and period, if any. */
export function adjustmentFor(list: readonly ForecastAdjustment[], rep: string, period: string): ForecastAdjustment | undefined {
  const key = repKey(rep);
  return list.find((a) => a.period === period && repKey(a.rep) === key);
}

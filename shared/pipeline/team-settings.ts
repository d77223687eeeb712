import { DealKitError } from '../errors';
import { text, type Locale } from '../i18n';
import { LADDERS, lostStage } from '../methods/ladders';
import { LOST_STAGE, type LadderId } from '../methods/types';
import { DEFAULT_DECIMAL_MARK, parseDecimalMark, type DecimalMark } from '../numbers/decimal-mark';
import { readNumberText } from '../numbers/read-number';
import { DEFAULT_SETTINGS, mergeSettings, type ScoringSettings } from '../scoring/settings';
import { stageTable, stageTableFromRange, type StageTable } from '../scoring/stage-table';
import { settingPlace, type NamedValues } from './named-values';
import { SETTINGS_NAMES } from '../settings/names';
import { ladderSetting, languageSetting } from '../settings/workbook-values';

/**
 * What a roll-up needs from the workbook's Settings sheet, read through its named ranges (the
 * template's DK_* names) so a renamed or moved Settings sheet still works. A workbook without one
 * rolls up on the METHODOLOGY defaults.
 */

export interface Quota {
  readonly rep: string;
  /** "2026", "2026-Q3" or "2026-07". */
  readonly period: string;
  readonly amount: number;
}

export interface TeamSettings {
  readonly ladder: LadderId;
  /** The stages with the workbook's probabilities and stall limits: what every measure reads. */
  readonly stages: StageTable;
  /** The label the workbook's Settings sheet gives each stage code, which reps may type instead of the code. */
  readonly stageLabels: Readonly<Record<string, string>>;
  readonly scoring: ScoringSettings;
  readonly quotas: readonly Quota[];
  /** The team's currency; rows in another currency are set aside. Undefined: any currency is accepted. */
  readonly currency?: string;
  readonly locale: Locale;
  /** How the workbook writes numbers as text (DK_DECIMAL_MARK); '.' when the Settings sheet does not say. */
  readonly decimalMark: DecimalMark;
}

/** The Settings names the roll-up reads, so the shells can ask for just these. */
export const ROLLUP_SETTING_NAMES = {
  language: SETTINGS_NAMES.language,
  currency: SETTINGS_NAMES.currency,
  ladder: SETTINGS_NAMES.ladder,
  stages: SETTINGS_NAMES.stages,
  stageLabels: SETTINGS_NAMES.stageLabels,
  stallLimits: SETTINGS_NAMES.stallLimits,
  bestCaseFrom: SETTINGS_NAMES.bestCaseFrom,
  commitFrom: SETTINGS_NAMES.commitFrom,
  quotas: SETTINGS_NAMES.quotas,
  decimalMark: SETTINGS_NAMES.decimalMark,
} as const;

export const ROLLUP_SETTING_NAME_LIST: readonly string[] = Object.values(ROLLUP_SETTING_NAMES);

function single(values: NamedValues, name: string): unknown {
  return values[name]?.[0]?.[0];
}

function blank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A number typed in a settings cell, text read by the workbook's decimal mark ("40%" is 0.4). */
function numberIn(value: unknown, decimalMark: DecimalMark): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '') {
    const reading = readNumberText(value, { decimalMark, percent: true });
    if (reading.ok) return reading.value;
  }
  return undefined;
}

/** index and column are 0-based within the named range; the message names the sheet's cell when the values came from one. */
function settingError(values: NamedValues, name: string, index: number, column: number, en: string, zh: string): DealKitError {
  const place = settingPlace(values, name, index, column);
  return new DealKitError(text(`${place.en}: ${en}`, `${place.zh}：${zh}`), place.subject);
}

/**
 * The workbook's decimal mark: DK_DECIMAL_MARK, or '.' for a workbook whose Settings sheet predates
 * the setting (the convention DealKit always read by); anything but '.' or ',' names the cell.
 */
export function decimalMarkFromNamedValues(values: NamedValues): DecimalMark {
  const name = ROLLUP_SETTING_NAMES.decimalMark;
  const parsed = parseDecimalMark(single(values, name));
  if (parsed === undefined) return DEFAULT_DECIMAL_MARK;
  if (typeof parsed === 'string') return parsed;
  throw settingError(values, name, 0, 0, parsed.en, parsed['zh-CN']);
}

export function teamSettingsFromNamedValues(values: NamedValues): TeamSettings {
  const N = ROLLUP_SETTING_NAMES;
  const decimalMark = decimalMarkFromNamedValues(values);
  const ladder: LadderId = ladderSetting(single(values, N.ladder), settingPlace(values, N.ladder, 0, 0).subject);
  const builtIn = LADDERS[ladder];

  const stageRows = (values[N.stages] ?? []).filter((row) => !blank(row[0]));
  const codesTyped = stageRows.map((row) => String(row[0]).trim().toUpperCase()).filter((code) => code !== LOST_STAGE);
  const ladderCodes = builtIn.stages.map((s) => s.code.toUpperCase());
  // The Settings sheet may hold the ladder as shipped (maybe with edited probabilities) or a manager's own
  // stages; the first keeps the built-in bilingual labels, the second is read as a range.
  const ownStages = codesTyped.length > 0 && codesTyped.join('|') !== ladderCodes.join('|');

  const probabilities: Record<string, number> = {};
  const stallDays: Record<string, number> = {};
  const stageLabels: Record<string, string> = {};
  (values[N.stages] ?? []).forEach((row, i) => {
    const code = typeof row[0] === 'string' ? row[0].trim().toUpperCase() : '';
    if (code === '' || code === LOST_STAGE) return;
    const probability = numberIn(row[1], decimalMark);
    if (probability === undefined || probability < 0 || probability > 1) {
      throw settingError(values, N.stages, i, 1, `the probability of ${code} must be between 0 % and 100 %.`, `${code} 的概率必须在 0% 到 100% 之间。`);
    }
    const stage = builtIn.stages.find((s) => s.code.toUpperCase() === code);
    const canonical = stage?.code ?? String(row[0]).trim();
    if (stage) probabilities[stage.code] = probability;
    const label = values[N.stageLabels]?.[i]?.[0];
    if (typeof label === 'string' && label.trim() !== '') stageLabels[canonical] = label.trim();
  });
  const stallByCode = new Map<string, number>();
  (values[N.stallLimits] ?? []).forEach((row, i) => {
    const code = typeof row[0] === 'string' ? row[0].trim().toUpperCase() : '';
    if (code === '' || code === LOST_STAGE || blank(row[1])) return;
    const days = numberIn(row[1], decimalMark);
    if (days === undefined || days < 0) {
      throw settingError(values, N.stallLimits, i, 1, `the stall limit of ${code} must be a number of days.`, `${code} 的停滞天数必须是天数。`);
    }
    stallByCode.set(code, days);
    const stage = builtIn.stages.find((s) => s.code.toUpperCase() === code);
    if (stage) stallDays[stage.code] = days;
  });

  const bestCase = numberIn(single(values, N.bestCaseFrom), decimalMark);
  const commit = numberIn(single(values, N.commitFrom), decimalMark);
  const scoring = mergeSettings(
    {
      ...(bestCase !== undefined || commit !== undefined ? { forecast: { ...(bestCase !== undefined ? { bestCase } : {}), ...(commit !== undefined ? { commit } : {}) } } : {}),
      ...(ownStages ? {} : { ladders: { [ladder]: { probabilities, stallDays } } }),
    },
    DEFAULT_SETTINGS,
  );
  const stages = ownStages
    ? stageTableFromRange(
        stageRows.map((row) => [row[0], row[1], stallByCode.get(String(row[0]).trim().toUpperCase()) ?? null]),
        scoring,
      )
    : stageTable(ladder, scoring);

  const quotas: Quota[] = [];
  (values[N.quotas] ?? []).forEach((row, i) => {
    if (row.every(blank)) return;
    const rep = blank(row[0]) ? '' : String(row[0]).trim();
    const period = blank(row[1]) ? '' : String(row[1]).trim().toUpperCase();
    const amount = numberIn(row[2], decimalMark);
    const periodOk = /^\d{4}(-Q[1-4]|-\d{2})?$/.test(period);
    if (rep === '' || !periodOk || amount === undefined || amount < 0) {
      throw settingError(
        values,
        N.quotas,
        i,
        rep === '' ? 0 : !periodOk ? 1 : 2,
        'a quota needs a rep, a period such as 2026-Q3, 2026-07 or 2026, and an amount of 0 or more.',
        '指标需要填写销售代表、期间（如 2026-Q3、2026-07 或 2026）以及不小于 0 的金额。',
      );
    }
    quotas.push({ rep, period, amount });
  });

  const currency = single(values, N.currency);
  return {
    ladder,
    stages,
    stageLabels,
    scoring,
    quotas,
    ...(typeof currency === 'string' && currency.trim() !== '' ? { currency: currency.trim().toUpperCase() } : {}),
    locale: languageSetting(single(values, N.language), settingPlace(values, N.language, 0, 0).subject, 'en'),
    decimalMark,
  };
}

/** The spellings of LOST that the roll-up accepts, beside the code itself. */
export const LOST_SPELLINGS: readonly string[] = [LOST_STAGE, lostStage.label.en, lostStage.label['zh-CN'], 'Closed lost', '输单'];

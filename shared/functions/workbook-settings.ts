import { DealKitError } from '../errors';
import { parseLocale, text, type Locale } from '../i18n';
import { DEFAULT_SETTINGS, mergeSettings, type DeepPartial, type ScoringSettings } from '../scoring/settings';
import { SETTINGS_NAMES } from '../templates/settings-names';
import { booleanFromCell, isBlank, numberFromCell, toCell } from './coerce';
import type { CallContext, Cell } from './types';

/** Reads a named range of the workbook as a 2D array of raw values; undefined when the name does not exist. */
export type NamedRangeReader = (name: string) => readonly (readonly unknown[])[] | undefined;

/** The names a call context needs, so a host can read them all in one batch. */
export const CONTEXT_RANGE_NAMES: readonly string[] = [
  SETTINGS_NAMES.language,
  SETTINGS_NAMES.yesThreshold,
  SETTINGS_NAMES.noThreshold,
  SETTINGS_NAMES.leadRatio,
  SETTINGS_NAMES.controlAtRisk,
  SETTINGS_NAMES.controlLimit,
  SETTINGS_NAMES.redFlagInfluence,
  SETTINGS_NAMES.bestCaseFrom,
  SETTINGS_NAMES.commitFrom,
  SETTINGS_NAMES.weights,
  SETTINGS_NAMES.knockOuts,
];

function safeCell(value: unknown, name: string): Cell {
  return toCell(value, name);
}

function scalar(read: NamedRangeReader, name: string): number | undefined {
  const rows = read(name);
  const raw = rows?.[0]?.[0];
  if (rows === undefined || isBlank(raw)) return undefined;
  const cell = safeCell(raw, name);
  const value = numberFromCell(cell);
  if (value === undefined) {
    throw new DealKitError(text(`Settings ${name}: '${String(cell)}' is not a number`, `设置 ${name}：“${String(cell)}”不是数字`), name);
  }
  return value;
}

/**
 * The scoring rules a workbook's Settings sheet sets (METHODOLOGY: every rule is a default a manager can
 * edit), read through its named ranges. A blank or missing name keeps the default; a value the rules
 * cannot take is an error naming the setting, so a manager's typo is never silently ignored.
 */
export function settingsFromNamedRanges(read: NamedRangeReader, base: ScoringSettings = DEFAULT_SETTINGS): ScoringSettings {
  const yes = scalar(read, SETTINGS_NAMES.yesThreshold);
  const no = scalar(read, SETTINGS_NAMES.noThreshold);
  const ratio = scalar(read, SETTINGS_NAMES.leadRatio);
  const atRisk = scalar(read, SETTINGS_NAMES.controlAtRisk);
  const notInControl = scalar(read, SETTINGS_NAMES.controlLimit);
  const redFlag = scalar(read, SETTINGS_NAMES.redFlagInfluence);
  const bestCase = scalar(read, SETTINGS_NAMES.bestCaseFrom);
  const commit = scalar(read, SETTINGS_NAMES.commitFrom);

  const overrides: { -readonly [K in keyof ScoringSettings]?: DeepPartial<ScoringSettings[K]> } = {};
  if (yes !== undefined || no !== undefined) overrides.answerThresholds = { ...(yes !== undefined ? { yes } : {}), ...(no !== undefined ? { no } : {}) };
  // The sheet's own 3:1 prefill counts a group lead as ours − theirs ≥ (ratio − 1) × theirs: keep the two in step.
  if (ratio !== undefined) overrides.lead = { ratio, groupAdvantageMultiple: Math.max(0, ratio - 1) };
  if (atRisk !== undefined || notInControl !== undefined) {
    overrides.control = { ...(atRisk !== undefined ? { atRisk } : {}), ...(notInControl !== undefined ? { notInControl } : {}) };
  }
  if (redFlag !== undefined) overrides.redFlagInfluence = redFlag;
  if (bestCase !== undefined || commit !== undefined) {
    overrides.forecast = { ...(bestCase !== undefined ? { bestCase } : {}), ...(commit !== undefined ? { commit } : {}) };
  }

  const weightRows = read(SETTINGS_NAMES.weights);
  const knockOutRows = read(SETTINGS_NAMES.knockOuts);
  if (weightRows !== undefined) {
    const weights: Record<string, number> = {};
    const knockOuts: string[] = [];
    weightRows.forEach((row, i) => {
      const id = safeCell(row[0], SETTINGS_NAMES.weights);
      if (id === null) return;
      const weight = numberFromCell(safeCell(row[1], SETTINGS_NAMES.weights));
      if (weight !== undefined) weights[String(id)] = weight;
      const tick = knockOutRows?.[i]?.[0];
      if (!isBlank(tick) && booleanFromCell(safeCell(tick, SETTINGS_NAMES.knockOuts)) === true) knockOuts.push(String(id));
    });
    overrides.criterionWeights = weights;
    // The table lists every criterion with its own tick, so it replaces the tag-based defaults.
    if (knockOutRows !== undefined) {
      overrides.knockOutCriteria = knockOuts;
      overrides.knockOutTags = [];
    }
  }
  return mergeSettings(overrides as DeepPartial<ScoringSettings>, base);
}

/** The call context a workbook's Settings sheet gives: its language and its rules. */
export function contextFromNamedRanges(read: NamedRangeReader, fallbackLocale: Locale = 'en'): CallContext {
  const language = read(SETTINGS_NAMES.language)?.[0]?.[0];
  return { locale: parseLocale(language) ?? fallbackLocale, settings: settingsFromNamedRanges(read) };
}

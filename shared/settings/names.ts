/**
 * The named ranges the Settings sheet defines. Every other template reaches the settings only through
 * these names (never through the Settings sheet's name), so a workbook that already has a Settings
 * sheet — perhaps renamed, perhaps edited by the manager — keeps working with newly inserted sheets.
 * Hosts that read settings for the custom functions (locale, thresholds) read them by these names too.
 */
export const SETTINGS_NAMES = {
  /** One cell: the workbook's language, `en` or `zh-CN`; text results and inserted sheets follow it. */
  language: 'DK_LANGUAGE',
  /** One cell: the currency code amounts are in when a deal row gives none (e.g. `CNY`, `USD`). */
  currency: 'DK_CURRENCY',
  /** One cell: the id of the ladder the stage table was written from (`MILESTONES`, `SIGNATURE`, `FUNNEL`). */
  ladder: 'DK_LADDER',
  /**
   * Two columns, stage code / win probability (0–1), one row per stage in ladder order and `LOST`
   * last: the ladder argument of WINPROB, WEIGHTED, FORECAST_CATEGORY, FUNNEL and EVIDENCED_STAGE.
   */
  stages: 'DK_STAGES',
  /** One column, the stage codes in ladder order (with `LOST`): the source of every stage dropdown. */
  stageCodes: 'DK_STAGE_CODES',
  /** One column beside the codes: each stage's label in the workbook's language, editable. */
  stageLabels: 'DK_STAGE_LABELS',
  /** Two columns, stage code / days a deal may stay in that stage: the limits argument of STALLED. */
  stallLimits: 'DK_STALL_LIMITS',
  /** One cell: a key question's answer is Yes when its score is at least this (default 0.34). */
  yesThreshold: 'DK_YES_THRESHOLD',
  /** One cell: a key question's answer is No when its score is at most this (default −0.34). */
  noThreshold: 'DK_NO_THRESHOLD',
  /** One cell: the favourable-rating ratio over the primary competitor that counts as a lead (default 3). */
  leadRatio: 'DK_LEAD_RATIO',
  /** One cell: ticked not-in-control signs from which a deal is "at risk" (default 2). */
  controlAtRisk: 'DK_CONTROL_AT_RISK',
  /** One cell: ticked not-in-control signs from which a deal is "not in control" (default 3). */
  controlLimit: 'DK_CONTROL_LIMIT',
  /** One cell: an enemy or non-supporter with at least this influence (0–5) is a red flag (default 4). */
  redFlagInfluence: 'DK_RED_FLAG_INFLUENCE',
  /** One cell: the stage probability from which a deal is "Best case" (default 50 %). */
  bestCaseFrom: 'DK_BEST_CASE_FROM',
  /** One cell: the stage probability from which a deal is "Commit" (default 90 %). */
  commitFrom: 'DK_COMMIT_FROM',
  /** Two columns, criterion id (e.g. `TAS.05`) / weight (default 1), every criterion of the three methods. */
  weights: 'DK_WEIGHTS',
  /** One column beside the weights: TRUE where a `-` on that criterion answers its key question No. */
  knockOuts: 'DK_KNOCKOUTS',
  /** Three columns, rep / period (text such as `2026-Q3` or `2026-07`) / quota amount; blank rows allowed. */
  quotas: 'DK_QUOTAS',
  /** One cell: percentage points (0–100) a probability override may differ from its stage's before the roll-up flags it (default 25). */
  overrideFlagPoints: 'DK_OVERRIDE_FLAG_POINTS',
  /**
   * Five columns, rep / period (2026-Q4, 2026-11) / adjusted commit / adjusted best case / note: the
   * manager's forecast beside the reps'. The roll-up reads it and never writes it, so entries survive re-runs.
   */
  forecastAdjustments: 'DK_FORECAST_ADJUSTMENTS',
  /**
   * One cell: how the workbook writes numbers as text, `.` (1,234.5) or `,` (1.234,5). Text amounts and
   * settings are read by it; text that breaks it is refused naming the cell, never guessed at.
   */
  decimalMark: 'DK_DECIMAL_MARK',
  /** One cell: days without contact after which a deal's decision maker is listed on the Dashboard (default 30). */
  decisionMakerContactDays: 'DK_DM_CONTACT_DAYS',
  /** Two cells, `.` and `,`: the choices of the decimal-mark dropdown (Excel's list source cannot hold a comma). */
  decimalMarkChoices: 'DK_DECIMAL_MARKS',
  /**
   * Four columns, key / value / knock-out / source cell: every rule the DealKit functions read (language,
   * thresholds, criterion weights and knock-outs), mirrored by formula from the cells above. Passed as
   * the last argument of every DealKit formula the templates write.
   */
  rules: 'DK_RULES',
} as const;

export type SettingsNameKey = keyof typeof SETTINGS_NAMES;
export type SettingsName = (typeof SETTINGS_NAMES)[SettingsNameKey];

export const ALL_SETTINGS_NAMES: readonly SettingsName[] = Object.values(SETTINGS_NAMES);

/**
 * The name whose absence means "this workbook has no Settings sheet yet": templates carry the Settings
 * sheet with `onlyIfNamedRangeMissing` set to it.
 */
export const SETTINGS_PRESENCE_NAME: SettingsName = SETTINGS_NAMES.stages;

/**
 * The settings the DealKit functions read, by the key users see in the Settings sheet's DK_RULES block
 * (and may type in an array constant of their own, e.g. `{"yes_threshold",0.5}`). One home for the key,
 * its bounds and its default, so the Settings template, the function argument reader and the help agree.
 * The labels people read live with the Settings template: the functions script never shows them.
 */

/** Which part of the rules a function reads: a bad cell errors only the functions of its family. */
export type RuleFamily = 'assessment' | 'control' | 'players' | 'forecast';

export type ScalarRuleKey = 'yesThreshold' | 'noThreshold' | 'leadRatio' | 'controlAtRisk' | 'controlLimit' | 'redFlagInfluence' | 'bestCaseFrom' | 'commitFrom';

export interface ScalarRule {
  readonly key: ScalarRuleKey;
  /** What the DK_RULES block's key column says: snake_case, never translated. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly defaultValue: number;
  readonly min: number;
  readonly max: number;
  readonly format?: string;
}

/** One rule as a row: key, id, family, default, min, max[, number format]; built at load so the functions script carries data, not repeated keys. */
type ScalarRuleRow = readonly [key: ScalarRuleKey, id: string, family: RuleFamily, defaultValue: number, min: number, max: number, format?: string];

const SCALAR_RULE_ROWS: readonly ScalarRuleRow[] = [
  ['yesThreshold', 'yes_threshold', 'assessment', 0.34, -1, 1, '0.00'],
  ['noThreshold', 'no_threshold', 'assessment', -0.34, -1, 1, '0.00'],
  ['leadRatio', 'lead_ratio', 'assessment', 3, 1, 100, '0.0'],
  ['controlAtRisk', 'control_at_risk', 'control', 2, 1, 12],
  ['controlLimit', 'control_limit', 'control', 3, 1, 12],
  ['redFlagInfluence', 'red_flag_influence', 'players', 4, 0, 5],
  ['bestCaseFrom', 'best_case_from', 'forecast', 0.5, 0, 1, '0%'],
  ['commitFrom', 'commit_from', 'forecast', 0.9, 0, 1, '0%'],
];

export const SCALAR_RULES: readonly ScalarRule[] = SCALAR_RULE_ROWS.map(([key, id, family, defaultValue, min, max, format]) => ({
  key,
  id,
  family,
  defaultValue,
  min,
  max,
  ...(format === undefined ? {} : { format }),
}));

/** The key of the row that sets the language of text results and messages. */
export const LANGUAGE_RULE_ID = 'language';

/** The key of the row that says how numbers typed as text are written (`.` or `,` as the decimal mark). */
export const DECIMAL_MARK_RULE_ID = 'decimal_mark';

/** Criterion weights (rows keyed by a criterion id such as `TAS.05`) are read by the assessment family. */
export const WEIGHT_FAMILY: RuleFamily = 'assessment';
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;

/**
 * The settings the DealKit functions read, by the key users see in the Settings sheet's DK_RULES block
 * (and may type in an array constant of their own, e.g. `{"yes_threshold",0.5}`). One home for the key,
 * its bounds and its default, so the Settings template, the function argument reader and the help agree.
 * The labels people read live with the Settings template: the functions script never shows them.
 */

/** Which part of the rules a function reads: a bad cell errors only the functions of its family. */
export type RuleFamily = 'assessment' | 'control' | 'players' | 'forecast';

export type ScalarRuleKey =
  | 'yesThreshold'
  | 'noThreshold'
  | 'leadRatio'
  | 'controlAtRisk'
  | 'controlLimit'
  | 'redFlagInfluence'
  | 'bestCaseFrom'
  | 'commitFrom';

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

export const SCALAR_RULES: readonly ScalarRule[] = [
  {
    key: 'yesThreshold',
    id: 'yes_threshold',
    family: 'assessment',
    defaultValue: 0.34,
    min: -1,
    max: 1,
    format: '0.00',
  },
  {
    key: 'noThreshold',
    id: 'no_threshold',
    family: 'assessment',
    defaultValue: -0.34,
    min: -1,
    max: 1,
    format: '0.00',
  },
  {
    key: 'leadRatio',
    id: 'lead_ratio',
    family: 'assessment',
    defaultValue: 3,
    min: 1,
    max: 100,
    format: '0.0',
  },
  {
    key: 'controlAtRisk',
    id: 'control_at_risk',
    family: 'control',
    defaultValue: 2,
    min: 1,
    max: 12,
  },
  {
    key: 'controlLimit',
    id: 'control_limit',
    family: 'control',
    defaultValue: 3,
    min: 1,
    max: 12,
  },
  {
    key: 'redFlagInfluence',
    id: 'red_flag_influence',
    family: 'players',
    defaultValue: 4,
    min: 0,
    max: 5,
  },
  {
    key: 'bestCaseFrom',
    id: 'best_case_from',
    family: 'forecast',
    defaultValue: 0.5,
    min: 0,
    max: 1,
    format: '0%',
  },
  {
    key: 'commitFrom',
    id: 'commit_from',
    family: 'forecast',
    defaultValue: 0.9,
    min: 0,
    max: 1,
    format: '0%',
  },
];

/** The key of the row that sets the language of text results and messages. */
export const LANGUAGE_RULE_ID = 'language';

/** The key of the row that says how numbers typed as text are written (`.` or `,` as the decimal mark). */
export const DECIMAL_MARK_RULE_ID = 'decimal_mark';

/** Criterion weights (rows keyed by a criterion id such as `TAS.05`) are read by the assessment family. */
export const WEIGHT_FAMILY: RuleFamily = 'assessment';
export const WEIGHT_MIN = 0;
export const WEIGHT_MAX = 100;

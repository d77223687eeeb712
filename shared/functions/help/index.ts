import type { Text } from '../../i18n';
import type { CatalogEntry } from '../catalog';
import { SETTINGS_PARAM_NAME, type ParamSpec } from '../types';
import { settingsHelp } from './params';
import type { FunctionHelp, HelpOf } from './types';
import { ACTIONS_DUE_HELP } from './actions-due';
import { QUALIFY_HELP, ASSESSMENT_HELP, GAPS_HELP } from './assessment';
import { CONTROL_HELP } from './control';
import { FORECAST_ACCURACY_HELP } from './forecast-accuracy';
import { FORECAST_RANGE_HELP } from './forecast-range';
import { WINPROB_HELP, WEIGHTED_HELP, FORECAST_CATEGORY_HELP, FUNNEL_HELP, EVIDENCED_STAGE_HELP } from './pipeline';
import { SUPPORT_HELP, RELATIONSHIP_RISKS_HELP } from './players';
import { STAGE_CONVERSION_HELP } from './stage-conversion';
import { STALLED_HELP } from './stalled';
import { STRATEGY_HELP } from './strategy';
import { VELOCITY_HELP, PIPELINE_COVERAGE_HELP } from './team';
import { VALUE_STATEMENT_HELP } from './value-statement';
import { NETVALUE_HELP, ROI_HELP, PAYBACK_HELP, DEAL_GRADE_HELP } from './value';

export type { FunctionHelp } from './types';

/**
 * The catalog's documentation, by function name: what the reference page, functions.json and the Apps
 * Script JSDoc show. Kept apart from the catalog so the functions script that hosts load does not carry it.
 * Keyed by the catalog's names: a function or parameter without help, or help for a function or
 * parameter the catalog lacks, does not compile.
 */
export const FUNCTION_HELP: { readonly [Entry in CatalogEntry as Entry['name']]: HelpOf<Entry> } = {
  QUALIFY: QUALIFY_HELP,
  ASSESSMENT: ASSESSMENT_HELP,
  GAPS: GAPS_HELP,
  CONTROL: CONTROL_HELP,
  FORECAST_ACCURACY: FORECAST_ACCURACY_HELP,
  FORECAST_RANGE: FORECAST_RANGE_HELP,
  WINPROB: WINPROB_HELP,
  WEIGHTED: WEIGHTED_HELP,
  FORECAST_CATEGORY: FORECAST_CATEGORY_HELP,
  FUNNEL: FUNNEL_HELP,
  STAGE_CONVERSION: STAGE_CONVERSION_HELP,
  EVIDENCED_STAGE: EVIDENCED_STAGE_HELP,
  SUPPORT: SUPPORT_HELP,
  RELATIONSHIP_RISKS: RELATIONSHIP_RISKS_HELP,
  STALLED: STALLED_HELP,
  STRATEGY: STRATEGY_HELP,
  VELOCITY: VELOCITY_HELP,
  PIPELINE_COVERAGE: PIPELINE_COVERAGE_HELP,
  VALUE_STATEMENT: VALUE_STATEMENT_HELP,
  NETVALUE: NETVALUE_HELP,
  ROI: ROI_HELP,
  PAYBACK: PAYBACK_HELP,
  DEAL_GRADE: DEAL_GRADE_HELP,
  ACTIONS_DUE: ACTIONS_DUE_HELP,
};

export function helpOf(entry: CatalogEntry): FunctionHelp {
  return FUNCTION_HELP[entry.name];
}

/**
 * The help of one parameter of a catalog function. FUNCTION_HELP's type makes every parameter's help
 * exist; what it cannot make sure of is that the caller's `param` is one of `entry`'s.
 */
export function paramHelp(entry: CatalogEntry, param: ParamSpec): Text {
  if (param.name === SETTINGS_PARAM_NAME) return settingsHelp(entry.reads ?? []);
  const help: Text | undefined = helpOf(entry).params[param.name];
  if (help === undefined) throw new Error(`${entry.name} has no parameter ${param.name}`);
  return help;
}

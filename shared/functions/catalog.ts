import { ACTIONS_DUE } from './entries/actions-due';
import { ASSESSMENT, GAPS, QUALIFY } from './entries/assessment';
import { CONTROL } from './entries/control';
import { FORECAST_ACCURACY } from './entries/forecast-accuracy';
import { FORECAST_RANGE } from './entries/forecast-range';
import { RELATIONSHIP_RISKS, SUPPORT } from './entries/players';
import { STAGE_CONVERSION } from './entries/stage-conversion';
import { STALLED } from './entries/stalled';
import { STRATEGY } from './entries/strategy';
import { PIPELINE_COVERAGE, VELOCITY } from './entries/team';
import { EVIDENCED_STAGE, FORECAST_CATEGORY, FUNNEL, WEIGHTED, WINPROB } from './entries/pipeline';
import { DEAL_GRADE, NETVALUE, PAYBACK, ROI } from './entries/value';
import { VALUE_STATEMENT } from './entries/value-statement';

/**
 * Every DealKit spreadsheet function, declared once. Excel's functions.json, the Apps Script globals,
 * the HyperFormula plugin and docs/functions.md are all generated from this list. It keeps each entry's
 * literal name, so FunctionName is this list and a registry keyed by it must cover it exactly.
 */
export const CATALOG = [
  QUALIFY,
  ASSESSMENT,
  GAPS,
  CONTROL,
  STRATEGY,
  SUPPORT,
  RELATIONSHIP_RISKS,
  WINPROB,
  WEIGHTED,
  FORECAST_CATEGORY,
  FUNNEL,
  STAGE_CONVERSION,
  STALLED,
  EVIDENCED_STAGE,
  FORECAST_RANGE,
  FORECAST_ACCURACY,
  NETVALUE,
  ROI,
  PAYBACK,
  VALUE_STATEMENT,
  DEAL_GRADE,
  VELOCITY,
  PIPELINE_COVERAGE,
  ACTIONS_DUE,
] as const;

export type CatalogEntry = (typeof CATALOG)[number];
export type FunctionName = CatalogEntry['name'];

/** The entry for `QUALIFY` or `DEAL.QUALIFY`, any case; undefined for a name not in the catalog. */
export function findFunction(name: string): CatalogEntry | undefined {
  const key = name
    .trim()
    .toUpperCase()
    .replace(/^DEAL\./, '');
  // 23 entries: a scan costs nothing, and Excel's functions script (which never looks a name up) builds no index.
  return CATALOG.find((entry) => entry.name === key);
}

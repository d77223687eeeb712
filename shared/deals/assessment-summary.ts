import { text, type Text } from '../i18n';
import { NOT_IN_CONTROL_SIGNS } from '../methods/not-in-control';
import { STRATEGIES, type StrategyId } from '../methods/strategy-path';
import { isGeneratedSheet } from '../pipeline/markers';
import { VERDICT_LABELS } from '../scoring/assessment';
import { CONTROL_LABELS, type ControlStatus } from '../scoring/control';
import type { Verdict } from '../scoring/assessment';
import type { SheetValues } from '../sheet-values';
import { ASSESSMENT_RESULT_LABELS as LABELS } from '../templates/assessment';
import { dealIdOfSheet } from './deal-sheet';
import { findLabel, isBlankValue, isErrorValue, labelledValue, matchLabelled, shownText, valueRightOf } from './labelled-cells';
import { dealSheetDate } from './sheet-date';

/**
 * What an opportunity assessment concluded, read off the sheet's computed values by their labels: the
 * verdict, the control result and how many not-in-control signs are ticked, the recommended strategy and
 * how many gaps GAPS lists. The formulas stay the sheet's: this reads what the rep sees there.
 */

export interface DealSheetSummary {
  readonly sheet: string;
  /** The Deal ID as typed ('' when its cell is blank); undefined when the sheet has no Deal ID label. */
  readonly dealId?: string;
  /** The sheet's Date, as a serial day; undefined when blank. */
  readonly date?: number;
}

export interface AssessmentSummary extends DealSheetSummary {
  /** Undefined when the verdict cell holds no verdict (an error, a blank). */
  readonly verdict?: Verdict;
  /** The verdict cell as shown ('' for an error or a blank). */
  readonly verdictText: string;
  readonly control?: ControlStatus;
  readonly controlText: string;
  /** Not-in-control signs ticked. */
  readonly signs: number;
  readonly strategy?: StrategyId;
  readonly strategyText: string;
  /** Lines GAPS lists; undefined when its cells hold an error. */
  readonly gaps?: number;
}

const STRATEGY_LABELS = Object.fromEntries(STRATEGIES.map((s) => [s.id, s.label])) as Record<StrategyId, Text>;
const NO_GAPS = text('No gaps', '没有信息缺口');
const TICKED = new Set(['true', 'x', '✓', '✔', '√', 'yes', 'y', '1', '是', '对']);

function isTicked(value: unknown): boolean {
  if (value === true || value === 1) return true;
  return typeof value === 'string' && TICKED.has(value.trim().toLowerCase());
}

/** An assessment sheet is one with the template's verdict and its not-in-control block, wherever they sit. */
export function isAssessmentSheet(sheet: SheetValues): boolean {
  return !isGeneratedSheet(sheet.values) && findLabel(sheet, LABELS.verdict).length > 0 && findLabel(sheet, LABELS.signs).length > 0;
}

/** Each sign's tick, found beside the sign's own words in either language. */
function tickedSigns(sheet: SheetValues): number {
  return NOT_IN_CONTROL_SIGNS.filter((sign) => findLabel(sheet, sign.label).some((place) => isTicked(valueRightOf(sheet, place)?.value))).length;
}

/** The lines under the gaps heading, down to the first blank; "No gaps" is none. */
function gapCount(sheet: SheetValues): number | undefined {
  const head = findLabel(sheet, LABELS.gaps)[0];
  if (!head) return undefined;
  let count = 0;
  for (let row = head.row + 1; row < sheet.values.length; row += 1) {
    const value = sheet.values[row]?.[head.column];
    if (isBlankValue(value)) break;
    if (isErrorValue(value)) return undefined;
    if (matchLabelled(value, { none: NO_GAPS }) === undefined) count += 1;
  }
  return count;
}

export function readAssessmentSummary(sheet: SheetValues): AssessmentSummary | undefined {
  if (!isAssessmentSheet(sheet)) return undefined;
  const id = dealIdOfSheet(sheet);
  const date = dealSheetDate(sheet, LABELS.date);
  const verdictCell = labelledValue(sheet, LABELS.verdict)?.value;
  const controlCell = labelledValue(sheet, LABELS.control)?.value;
  const strategyCell = labelledValue(sheet, LABELS.strategy)?.value;
  const verdict = matchLabelled(verdictCell, VERDICT_LABELS);
  const control = matchLabelled(controlCell, CONTROL_LABELS);
  const strategy = matchLabelled(strategyCell, STRATEGY_LABELS);
  const gaps = gapCount(sheet);
  return {
    sheet: sheet.name,
    ...(id ? { dealId: id.id } : {}),
    ...(date === undefined ? {} : { date }),
    ...(verdict ? { verdict } : {}),
    verdictText: shownText(verdictCell),
    ...(control ? { control } : {}),
    controlText: shownText(controlCell),
    signs: tickedSigns(sheet),
    ...(strategy ? { strategy } : {}),
    strategyText: shownText(strategyCell),
    ...(gaps === undefined ? {} : { gaps }),
  };
}

import { isGeneratedSheet } from '../pipeline/markers';
import type { SheetValues } from '../sheet-values';
import { VALUE_RESULT_LABELS as LABELS } from '../templates/value-proposition';
import type { DealSheetSummary } from './assessment-summary';
import { dealIdOfSheet } from './deal-sheet';
import { findLabel, labelledValue, shownText } from './labelled-cells';
import { dealSheetDate } from './sheet-date';

/** What a value proposition concluded, read off its computed values by their labels: the business-model grade and the net value. */

export interface ValueSummary extends DealSheetSummary {
  /** A–E; undefined while the grade's inputs are blank or its cell holds an error. */
  readonly grade?: string;
  /** NETVALUE's result; undefined when its cell holds no number. */
  readonly netValue?: number;
}

const GRADES = new Set(['A', 'B', 'C', 'D', 'E']);

/** A value proposition is a sheet with the template's net value and its business-model grade block, wherever they sit. */
export function isValueSheet(sheet: SheetValues): boolean {
  return !isGeneratedSheet(sheet.values) && findLabel(sheet, LABELS.netValue).length > 0 && findLabel(sheet, LABELS.businessModel).length > 0;
}

export function readValueSummary(sheet: SheetValues): ValueSummary | undefined {
  if (!isValueSheet(sheet)) return undefined;
  const id = dealIdOfSheet(sheet);
  const date = dealSheetDate(sheet, LABELS.date);
  // The grade's own neighbour only: a blank grade must not read as the meaning beside it.
  const gradePlace = findLabel(sheet, LABELS.grade)[0];
  const gradeText = gradePlace ? shownText(sheet.values[gradePlace.row]?.[gradePlace.column + 1]).toUpperCase() : '';
  const net = labelledValue(sheet, LABELS.netValue)?.value;
  return {
    sheet: sheet.name,
    ...(id ? { dealId: id.id } : {}),
    ...(date === undefined ? {} : { date }),
    ...(GRADES.has(gradeText) ? { grade: gradeText } : {}),
    ...(typeof net === 'number' && Number.isFinite(net) ? { netValue: net } : {}),
  };
}

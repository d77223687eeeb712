import type { Text } from '../i18n';
import { serialFromCell } from '../pipeline/dates';
import type { SheetValues } from '../sheet-values';
import { findLabel, valueRightOf } from './labelled-cells';

/** How many rows from the top may hold a deal sheet's Date label (the Deal ID's own reach). */
const DATE_ROWS = 12;

/**
 * The day a deal sheet was worked on: the date right of its Date label near the top (a serial, a host's
 * Date, or text year first). Undefined when there is none: an undated sheet is older than any dated one.
 */
export function dealSheetDate(sheet: SheetValues, label: Text): number | undefined {
  for (const place of findLabel(sheet, label)) {
    if (place.row >= DATE_ROWS) break;
    const right = valueRightOf(sheet, place);
    // Only the label's own neighbour: further along the row is another block (a template's help text).
    if (right && right.column === place.column + 1) return serialFromCell(right.value);
  }
  return undefined;
}

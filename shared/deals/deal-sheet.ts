import { headerKey } from '../pipeline/columns';
import { text } from '../i18n';
import type { SheetValues } from '../sheet-values';

/**
 * How a deal's own sheets (assessment, value proposition, key players, action plan) name the deal:
 * a label cell reading "Deal ID" or "商机编号" near the top, with the id in the first non-blank cell
 * to its right. Found by the label, not by an address, because reps insert rows above a header and
 * move blocks about; the same label heads the pipeline table's id column, so one word joins them.
 */

export const DEAL_ID_LABEL = text('Deal ID', '商机编号');

/** How many rows from the top may hold the label. */
const LABEL_ROWS = 12;

const LABEL_KEYS: ReadonlySet<string> = new Set([headerKey(DEAL_ID_LABEL.en), headerKey(DEAL_ID_LABEL['zh-CN'])]);

export interface SheetDealId {
  /** The id as typed, trimmed; '' when the label is there and its cell is blank. */
  readonly id: string;
  /** 0-based row and column of the id cell (of the label's right neighbour when blank). */
  readonly row: number;
  readonly column: number;
}

/** The deal a sheet belongs to, or undefined when the sheet carries no Deal ID label at all. */
export function dealIdOfSheet(sheet: SheetValues): SheetDealId | undefined {
  const rows = Math.min(sheet.values.length, LABEL_ROWS);
  for (let row = 0; row < rows; row += 1) {
    const cells = sheet.values[row] ?? [];
    for (let column = 0; column < cells.length; column += 1) {
      if (!LABEL_KEYS.has(headerKey(cells[column]))) continue;
      for (let right = column + 1; right < cells.length; right += 1) {
        const value = cells[right];
        const typed = value === null || value === undefined ? '' : String(value).trim();
        if (typed !== '') return { id: typed, row, column: right };
      }
      return { id: '', row, column: column + 1 };
    }
  }
  return undefined;
}

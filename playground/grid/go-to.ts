/**
 * What the name box goes to: a cell or range ("B4", "B4:D9"), on another sheet ("'My sheet'!B4"), or a
 * workbook name (DK_YES_THRESHOLD) — as Excel's and Google Sheets' name boxes do.
 */
import { parseA1 } from '../../shared/a1';
import type { PlaygroundWorkbook } from '../playground-workbook';
import type { GridSelection } from './selection';

export interface GoToTarget {
  readonly sheet: string;
  readonly selection: GridSelection;
}

/** Where a typed address leads; null when it is no address or name of this workbook. */
export function goToTarget(typed: string, currentSheet: string, workbook: PlaygroundWorkbook): GoToTarget | null {
  const wanted = typed.trim();
  let sheet = currentSheet;
  let reference = wanted;
  const bang = wanted.lastIndexOf('!');
  if (bang > 0) {
    sheet = wanted
      .slice(0, bang)
      .replace(/^'(.*)'$/, '$1')
      .replace(/''/g, "'");
    reference = wanted.slice(bang + 1);
  } else if (/^[A-Za-z_][\w.]*$/.test(wanted) && !/^[A-Za-z]{1,3}\d+$/.test(wanted)) {
    const named = workbook.namedCell(wanted);
    if (named) ({ sheet, a1: reference } = named);
  }
  if (!workbook.sheetNames().includes(sheet)) return null;
  try {
    const box = parseA1(reference);
    return { sheet, selection: { active: { row: box.row, col: box.column }, corner: { row: box.row + box.height - 1, col: box.column + box.width - 1 } } };
  } catch {
    return null;
  }
}

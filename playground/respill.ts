/**
 * HyperFormula sizes a spilling formula when it reads it: once a cell in the way made it #SPILL!,
 * emptying that cell does not bring the spill back (Excel's does). Entering the same formulas again
 * does, so after cells are emptied (a cleared cell, an undo) the blocked ones on that sheet are.
 */
import { DetailedCellError, ErrorType, type HyperFormula, type RawCellContent } from 'hyperformula';

export function respillBlockedFormulas(hf: HyperFormula, sheet: number): void {
  const blocked: { row: number; col: number; formula: string }[] = [];
  hf.getSheetValues(sheet).forEach((cells, row) =>
    cells.forEach((value, col) => {
      if (!(value instanceof DetailedCellError) || value.type !== ErrorType.SPILL) return;
      const formula = hf.getCellFormula({ sheet, row, col });
      if (formula !== undefined) blocked.push({ row, col, formula });
    }),
  );
  if (!blocked.length) return;
  hf.batch(() => {
    for (const { row, col, formula } of blocked) hf.setCellContents({ sheet, row, col }, [[formula as RawCellContent]]);
  });
}

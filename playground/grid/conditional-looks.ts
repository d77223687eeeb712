/**
 * The playground grid's conditional formats: which cells a sheet's rules colour, worked out the way
 * Excel and Google Sheets apply them — the first rule that holds for a cell gives its look; a formula
 * rule is written for its range's top-left cell, and its relative references move with the cell.
 */
import type { CellValue, HyperFormula } from 'hyperformula';
import type { ResolvedConditionalFormat } from '../../shared/plan-resolve';
import { columnIndex, columnLetters } from '../../shared/a1';

export interface CellLook {
  readonly fill?: string;
  readonly fontColor?: string;
}

/** An A1 reference not inside a name or a function name (LOG10( is a function, DK_X1 a name). */
const REFERENCE = /(?<![A-Za-z0-9_.])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![A-Za-z0-9_(])/g;
/** Text in double quotes, "" standing for one quote inside it. */
const STRING_LITERAL = /"(?:[^"]|"")*"/g;

/** The formula as it reads for the cell `rows` down and `columns` right of the one it was written for. */
export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  const shiftPart = (part: string): string =>
    part.replace(REFERENCE, (_all, colFixed: string, letters: string, rowFixed: string, digits: string) => {
      const column = colFixed ? letters : columnLetters(columnIndex(letters) + columns);
      const row = rowFixed ? digits : String(Number(digits) + rows);
      return `${colFixed}${column}${rowFixed}${row}`;
    });
  let out = '';
  let last = 0;
  for (const literal of formula.matchAll(STRING_LITERAL)) {
    const at = literal.index ?? 0;
    out += shiftPart(formula.slice(last, at)) + literal[0];
    last = at + literal[0].length;
  }
  return out + shiftPart(formula.slice(last));
}

function isEmpty(value: CellValue | undefined): boolean {
  return value === null || value === undefined || value === '';
}

function holds(rule: ResolvedConditionalFormat['rule'], value: CellValue | undefined, evaluate: (formula: string) => CellValue): boolean {
  switch (rule.kind) {
    case 'textEquals':
      return typeof value === 'string' && value === rule.text;
    case 'number': {
      if (typeof value !== 'number') return false;
      const [a = 0, b = a] = rule.values;
      switch (rule.operator) {
        case 'gt':
          return value > a;
        case 'gte':
          return value >= a;
        case 'lt':
          return value < a;
        case 'lte':
          return value <= a;
        case 'eq':
          return value === a;
        case 'between':
          return value >= Math.min(a, b) && value <= Math.max(a, b);
      }
      return false;
    }
    case 'formula': {
      const result = evaluate(rule.formula);
      return result === true || (typeof result === 'number' && result !== 0);
    }
  }
}

/**
 * "row,column" (0-based) → the look the sheet's conditional formats give that cell. Rows with nothing
 * in them are passed over: no DealKit rule colours an empty row, and working a formula out for each of
 * a template's few hundred blank rows would slow every keystroke in the grid.
 */
export function conditionalLooks(hf: HyperFormula, sheetId: number, rules: readonly ResolvedConditionalFormat[], values: readonly (readonly CellValue[])[]): Map<string, CellLook> {
  const looks = new Map<string, CellLook>();
  const rowInUse = values.map((row) => row.some((value) => !isEmpty(value)));
  for (const format of rules) {
    const look: CellLook = { ...(format.fill ? { fill: format.fill } : {}), ...(format.fontColor ? { fontColor: format.fontColor } : {}) };
    const lastRow = Math.min(format.row + format.height, values.length);
    for (let row = format.row; row < lastRow; row += 1) {
      if (!rowInUse[row]) continue;
      for (let column = format.column; column < format.column + format.width; column += 1) {
        const key = `${row},${column}`;
        if (looks.has(key)) continue;
        const evaluate = (formula: string): CellValue => hf.calculateFormula(shiftFormula(formula, row - format.row, column - format.column), sheetId) as CellValue;
        if (holds(format.rule, values[row]?.[column], evaluate)) looks.set(key, look);
      }
    }
  }
  return looks;
}

/**
 * A template plan applied to a HyperFormula workbook by the playground's applier, with the DealKit
 * plugin, for tests that fill the inputs and read the live results a user would see.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import type { WritePlan } from '../../shared/plan';
import { columnLetters, parseA1 } from '../../shared/a1';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';

export type CellValue = number | string | boolean | null | DetailedCellError;

export class TemplateBook {
  private readonly hf: HyperFormula;
  private names: Readonly<Record<string, string>>;

  /** The functions' language comes from the plan's Settings sheet (DK_RULES), as in a real workbook. */
  constructor(plan: WritePlan) {
    registerDealKitFunctions();
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
    this.names = applyPlanToHyperFormula(this.hf, plan).sheetNames;
  }

  /** Inserts another template into the same workbook, as a second "Insert template" would. */
  insert(plan: WritePlan): Readonly<Record<string, string>> {
    const names = applyPlanToHyperFormula(this.hf, plan).sheetNames;
    this.names = { ...this.names, ...names };
    return names;
  }

  private address(sheetKey: string, a1: string): { sheet: number; row: number; col: number } {
    const name = this.names[sheetKey];
    const sheet = name === undefined ? undefined : this.hf.getSheetId(name);
    if (sheet === undefined) throw new Error(`no sheet for key ${sheetKey}`);
    const box = parseA1(a1);
    return { sheet, row: box.row, col: box.column };
  }

  /** Types a value (or a row-major block from `a1`) into the sheet, as a user filling inputs would. */
  set(sheetKey: string, a1: string, value: CellValue | (CellValue | undefined)[][]): this {
    const at = this.address(sheetKey, a1);
    const rows = Array.isArray(value) ? value.map((r) => r.map((v) => (v === undefined ? null : v))) : [[value]];
    this.hf.setCellContents(at, rows as (number | string | boolean | null)[][]);
    return this;
  }

  get(sheetKey: string, a1: string): CellValue {
    return this.hf.getCellValue(this.address(sheetKey, a1)) as CellValue;
  }

  /** The values of a range, row by row. */
  range(sheetKey: string, a1: string): CellValue[][] {
    const box = parseA1(a1);
    const at = this.address(sheetKey, a1);
    const out: CellValue[][] = [];
    for (let r = 0; r < box.height; r += 1) {
      const row: CellValue[] = [];
      for (let c = 0; c < box.width; c += 1) row.push(this.hf.getCellValue({ sheet: at.sheet, row: at.row + r, col: at.col + c }) as CellValue);
      out.push(row);
    }
    return out;
  }

  /** Every cell of a sheet that shows an error, with its message. */
  errors(sheetKey: string): string[] {
    const name = this.names[sheetKey];
    const id = name === undefined ? undefined : this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet for key ${sheetKey}`);
    const out: string[] = [];
    this.hf.getSheetValues(id).forEach((row, r) =>
      row.forEach((v, c) => {
        if (v instanceof DetailedCellError) out.push(`${columnLetters(c)}${r + 1}: ${v.value} ${v.message}`);
      }),
    );
    return out;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** A date as a spreadsheet serial number (days since 1899-12-30). */
export function serial(iso: string): number {
  return Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A workbook in HyperFormula with the DealKit functions, where deal sheets are inserted by the real
 * template builders and filled as a rep fills them, so the verdicts, controls and grades the roll-up
 * reads are the formulas' own results. Sheets are read back as a host reads them (errors as their code).
 */
import { HyperFormula, type RawCellContent } from 'hyperformula';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { plainValue } from '../../playground/playground-workbook';
import { parseA1 } from '../../shared/a1';
import type { Locale } from '../../shared/i18n';
import type { MethodId } from '../../shared/methods/types';
import type { WritePlan } from '../../shared/plan';
import type { SheetValues } from '../../shared/sheet-values';
import { buildTemplate } from '../../shared/templates/catalog';
import type { AssessmentLayout } from '../../shared/templates/assessment';
import type { ValuePropositionLayout } from '../../shared/templates/value-proposition';

export type RatingFill = 'favourable' | 'unknown' | 'unfavourable';

export interface AssessmentFill {
  readonly method: MethodId;
  readonly locale: Locale;
  /** Written into the Deal ID cell; undefined leaves it blank. */
  readonly dealId?: string;
  /** Serial day for the Date cell. */
  readonly date?: number;
  readonly ratings: RatingFill;
  /** How many not-in-control signs to tick, from the first. */
  readonly signs: number;
}

export interface ValueFill {
  readonly locale: Locale;
  readonly dealId?: string;
  readonly date?: number;
  /** Value to the customer and to us, 1–5. */
  readonly grade: readonly [number, number];
  /** Year-1 benefit and year-0 hardware investment. */
  readonly benefit: number;
  readonly investment: number;
}

export class DealBook {
  readonly hf: HyperFormula;

  constructor() {
    registerDealKitFunctions();
    this.hf = HyperFormula.buildEmpty({ licenseKey: 'gpl-v3' });
  }

  apply(plan: WritePlan): Readonly<Record<string, string>> {
    return applyPlanToHyperFormula(this.hf, plan).sheetNames;
  }

  set(sheet: string, a1: string, value: RawCellContent): void {
    const box = parseA1(a1);
    this.hf.setCellContents({ sheet: this.id(sheet), row: box.row, col: box.column }, [[value]]);
  }

  get(sheet: string, a1: string): unknown {
    const box = parseA1(a1);
    return plainValue(this.hf.getCellValue({ sheet: this.id(sheet), row: box.row, col: box.column }));
  }

  /** A sheet of plain values (a rep's pipeline) added under its name. */
  addValues(sheet: SheetValues): void {
    this.hf.addSheet(sheet.name);
    this.hf.setSheetContent(this.id(sheet.name), sheet.values.map((row) => row.map((v) => (v === undefined ? null : v))) as RawCellContent[][]);
  }

  addAssessment(fill: AssessmentFill): { sheet: string; layout: AssessmentLayout } {
    const built = buildTemplate('assessment', { locale: fill.locale, method: fill.method });
    const layout = built.layout as AssessmentLayout;
    const sheet = this.apply(built.plan)[built.sheetKey];
    if (fill.dealId !== undefined) this.set(sheet, layout.dealId, fill.dealId);
    if (fill.date !== undefined) this.set(sheet, layout.header.date, fill.date);
    const [good, bad, unknown] = layout.ratingWords;
    const word = fill.ratings === 'favourable' ? good : fill.ratings === 'unfavourable' ? bad : unknown;
    for (const criterion of layout.criteria) this.set(sheet, criterion.rating, word);
    layout.signs.slice(0, fill.signs).forEach((sign) => this.set(sheet, sign.tick, true));
    return { sheet, layout };
  }

  addValue(fill: ValueFill): { sheet: string; layout: ValuePropositionLayout } {
    const built = buildTemplate('valueProposition', { locale: fill.locale });
    const layout = built.layout as ValuePropositionLayout;
    const sheet = this.apply(built.plan)[built.sheetKey];
    if (fill.dealId !== undefined) this.set(sheet, layout.dealId, fill.dealId);
    if (fill.date !== undefined) this.set(sheet, layout.date, fill.date);
    this.set(sheet, layout.grade.valueToCustomer, fill.grade[0]);
    this.set(sheet, layout.grade.valueToUs, fill.grade[1]);
    const benefitRow = layout.benefits[0].row;
    this.set(sheet, `${layout.periodColumns[1]}${benefitRow}`, fill.benefit);
    const hardware = parseA1(layout.investment.hardware);
    this.set(sheet, `${layout.periodColumns[0]}${hardware.row + 1}`, fill.investment);
    return { sheet, layout };
  }

  /** Every sheet's values, in workbook order, as a host's one read hands them to the roll-up. */
  sheets(): SheetValues[] {
    return this.hf.getSheetNames().map((name) => ({ name, values: this.hf.getSheetValues(this.id(name)).map((row) => row.map(plainValue)) }));
  }

  private id(name: string): number {
    const id = this.hf.getSheetId(name);
    if (id === undefined) throw new Error(`no sheet ${name}`);
    return id;
  }

  destroy(): void {
    this.hf.destroy();
  }
}

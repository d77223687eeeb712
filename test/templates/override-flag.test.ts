/**
 * The rep's own pipeline sheet flags an override more than DK_OVERRIDE_FLAG_POINTS from its stage's
 * probability: the "points from stage" column and the conditional format's formula evaluated
 * in HyperFormula, row by row, with the limit read from the Settings sheet's named range.
 */
import { buildTemplate } from '../../shared/templates/catalog';
import { overrideFlagFormula, overridePointsFormula, type PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import type { SheetPlan } from '../../shared/plan';
import { TemplateBook, type CellValue } from './hf-workbook';
import { formulasOf } from './plan-checks';

const S = 'pipeline';
/** A column nothing in the template uses, to evaluate the rule's formula in. */
const PROBE = 'ZZ';

function book(rows: [stage: string | null, override: CellValue][]) {
  const built = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const layout = built.layout as PipelineFunnelLayout;
  const hf = new TemplateBook(built.plan);
  const c = layout.columns;
  const formula = overrideFlagFormula(layout.overridePoints, layout.firstRow, layout.overrideFlagLimit);
  rows.forEach(([stage, override], i) => {
    const row = layout.firstRow + i;
    hf.set(S, `${c.id}${row}`, `D${i + 1}`)
      .set(S, `${c.amount}${row}`, 1000)
      .set(S, `${c.stage}${row}`, stage)
      .set(S, `${c.probabilityOverride}${row}`, override);
    // the rule is written for the column's first row; a host shifts its relative rows, as here
    hf.set(S, `${PROBE}${row}`, formula.replace(new RegExp(`(\\$[A-Z]+)${layout.firstRow}(?!\\d)`, 'g'), `$1${row}`));
  });
  const flags = (): CellValue[] => rows.map((_, i) => hf.get(S, `${PROBE}${layout.firstRow + i}`));
  const points = (): CellValue[] => rows.map((_, i) => hf.get(S, `${layout.overridePoints}${layout.firstRow + i}`));
  return { hf, flags, points, layout, built };
}

describe('the override flag on the pipeline sheet', () => {
  it('is a conditional format on the override and points columns, reading only this sheet: the limit mirrors DK_OVERRIDE_FLAG_POINTS', () => {
    const built = buildTemplate('pipelineFunnel', { locale: 'zh-CN', ladder: 'SIGNATURE' });
    const layout = built.layout as PipelineFunnelLayout;
    const sheet = built.plan.sheets.find((s) => s.key === S);
    const formula = overrideFlagFormula(layout.overridePoints, layout.firstRow, layout.overrideFlagLimit);
    for (const column of [layout.columns.probabilityOverride as string, layout.overridePoints]) {
      const rule = sheet?.conditionalFormats?.find((f) => f.range === `${column}${layout.firstRow}:${column}${layout.lastRow}`);
      expect(rule?.rule).toEqual({ kind: 'formula', formula });
      expect(rule?.fill).toBeDefined();
    }
    expect(formula).not.toMatch(/DK_|!/);
    const formulas = formulasOf(sheet as SheetPlan);
    const cellFormula = (a1: string) => formulas.find((f) => f.cell === a1)?.formula;
    expect(cellFormula(layout.overrideFlagLimit)).toBe(`=${SETTINGS_NAMES.overrideFlagPoints}`);
    expect(cellFormula(`${layout.overridePoints}${layout.lastRow}`)).toBe(overridePointsFormula(layout.columns, layout.lastRow));
  });

  it('flags overrides more than 25 points from the stage (C50 = 50 %), not at exactly 25, not blank ones', () => {
    const { hf, flags, points } = book([
      ['C50', 0.95], // +45 points
      ['C50', 0.75], // +25: at the limit, not beyond it
      ['C50', 0.76], // +26
      ['A90', 0.6], // −30
      ['G10', 0.3], // +20
      ['C50', null], // no override
      ['S100', 1], // same as the stage
      ['c50', '95%'], // typed in lower case, as a percentage text
    ]);
    expect(points()).toEqual([45, 25, 26, -30, 20, '', 0, 45]);
    expect(flags()).toEqual([true, false, true, true, false, false, false, true]);
    hf.destroy();
  });

  it('never flags a stage it cannot find', () => {
    const { hf, flags, points } = book([
      ['Z99', 0.99],
      [null, 0.99],
    ]);
    expect(points()).toEqual(['', '']);
    expect(flags()).toEqual([false, false]);
    hf.destroy();
  });

  it('follows the limit the manager sets on the Settings sheet', () => {
    const { hf, flags, built } = book([
      ['C50', 0.95],
      ['C50', 0.7],
    ]);
    const cell = built.plan.namedRanges?.find((n) => n.name === SETTINGS_NAMES.overrideFlagPoints)?.range.replace(/\$/g, '') as string;
    hf.set('settings', cell, 50);
    expect(flags()).toEqual([false, false]);
    hf.set('settings', cell, 10);
    expect(flags()).toEqual([true, true]);
    hf.destroy();
  });
});

import { LOCALES } from '../../shared/i18n';
import { buildTemplate } from '../../shared/templates/catalog';
import type { ValuePropositionLayout } from '../../shared/templates/value-proposition';
import { chineseInEnglish, commonProblems, formulasOf, nonChineseLabels, valuesOf } from './plan-checks';

describe('value-proposition template', () => {
  it.each(LOCALES)('builds a well-formed, protected plan in %s', (locale) => {
    const built = buildTemplate('valueProposition', { locale });
    expect(commonProblems(built.plan, built.sheetKey, built.inputs)).toEqual([]);
    if (locale === 'zh-CN') expect(nonChineseLabels(built.plan)).toEqual([]);
    else expect(chineseInEnglish(built.plan)).toEqual([]);
  });

  it.each([
    ['en', '1. Business initiative and outcome'],
    ['zh-CN', '1. 商业动议与成果'],
  ] as const)('heads each value statement with its number and title in %s', (locale, heading) => {
    const built = buildTemplate('valueProposition', { locale });
    const values = [...valuesOf(built.plan.sheets.find((s) => s.key === built.sheetKey)!).values()];
    expect(values).toContain(heading);
  });

  it('computes NPV and IRR with the host’s own functions over the net cash-flow row, year 0 undiscounted', () => {
    const built = buildTemplate('valueProposition', { locale: 'en' });
    const layout = built.layout as ValuePropositionLayout;
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const formulas = new Map(formulasOf(sheet).map((f) => [f.cell, f.formula]));
    const net = layout.totals.netCashFlow; // C..H of one row
    const row = net.match(/\d+/)![0];
    expect(formulas.get(layout.results.npv)).toBe(`=C${row}+NPV($B$8,D${row}:H${row})`);
    expect(formulas.get(layout.results.irr)).toBe(`=IFERROR(IRR(${net}),"")`);
    expect(formulas.get(layout.results.payback)).toContain(`{{DEAL}}PAYBACK(${net},DK_RULES)`);
    expect(formulas.get(layout.results.netValue)).toBe(`={{DEAL}}NETVALUE(${layout.totals.benefits},${layout.totals.costs},${layout.totals.risks},DK_RULES)`);
  });

  it('gives each of the six value statements its own slots and a VALUE_STATEMENT call over exactly them', () => {
    const built = buildTemplate('valueProposition', { locale: 'zh-CN' });
    const layout = built.layout as ValuePropositionLayout;
    expect(layout.statements.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    const sheet = built.plan.sheets.find((s) => s.key === built.sheetKey)!;
    const formulas = new Map(formulasOf(sheet).map((f) => [f.cell, f.formula]));
    for (const s of layout.statements) {
      const unused = Array.from({ length: 4 - s.slots.length }, () => ',""').join('');
      expect(formulas.get(s.result)).toContain(`{{DEAL}}VALUE_STATEMENT(${s.number},${s.slots.join(',')}${unused},DK_RULES)`);
    }
    // The pain sheet is nine blocks: three rows by three kinds of question.
    expect(Object.values(layout.painSheet.blocks).flatMap((r) => Object.values(r))).toHaveLength(9);
  });
});

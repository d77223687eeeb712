/**
 * A Deal ID typed twice on a rep's pipeline sheet is flagged where it is typed: the conditional format
 * on the Deal ID column, evaluated row by row in HyperFormula as a host shifts it, and the playground
 * grid's own evaluation of the same rule.
 */
import { buildTemplate } from '../../shared/templates/catalog';
import { duplicateIdFormula, type PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { PALETTE } from '../../shared/templates/palette';
import { TemplateBook, type CellValue } from './hf-workbook';
import { shiftFormula } from '../../playground/grid/conditional-looks';

const S = 'pipeline';
/** A column nothing in the template uses, to evaluate the rule's formula in. */
const PROBE = 'ZZ';

function flagged(ids: (string | number | null)[]) {
  const built = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const layout = built.layout as PipelineFunnelLayout;
  const idColumn = layout.columns.id as string;
  const rule = built.plan.sheets.find((s) => s.key === S)?.conditionalFormats?.find((f) => f.range === `${idColumn}${layout.firstRow}:${idColumn}${layout.lastRow}`);
  if (rule?.rule.kind !== 'formula') throw new Error('no formula rule on the Deal ID column');
  const book = new TemplateBook(built.plan);
  ids.forEach((id, i) => book.set(S, `${idColumn}${layout.firstRow + i}`, id));
  ids.forEach((_, i) => book.set(S, `${PROBE}${layout.firstRow + i}`, shiftFormula(rule.rule.kind === 'formula' ? rule.rule.formula : '', i, 0)));
  const flags: CellValue[] = ids.map((_, i) => book.get(S, `${PROBE}${layout.firstRow + i}`));
  return { flags, rule, layout };
}

describe('the duplicate Deal ID flag on the pipeline sheet', () => {
  it('is a red COUNTIF conditional format over the Deal ID column, reading only that column', () => {
    const { rule, layout } = flagged([]);
    expect(rule?.rule).toEqual({ kind: 'formula', formula: duplicateIdFormula(layout.columns.id as string, layout.firstRow, layout.lastRow) });
    expect(rule?.rule.kind === 'formula' && rule.rule.formula).toMatch(/^=IF\(\$A6="",FALSE\(\),COUNTIF\(\$A\$6:\$A\$\d+,\$A6\)>1\)$/);
    expect(rule?.fill).toBe(PALETTE.redFill);
  });

  it('flags every row of an id typed twice, not a blank id, not an id typed once', () => {
    const { flags } = flagged(['D-101', 'D-102', 'D-101', null, null, 'D-103', 'D-102', 'D-104']);
    expect(flags).toEqual([true, true, true, false, false, false, true, false]);
  });
});

describe('the playground grid’s formula shift', () => {
  it('moves relative rows and columns, keeps $-fixed ones, names, function names and text', () => {
    expect(shiftFormula('=AND($A6<>"",COUNTIF($A$6:$A$205,$A6)>1)', 3, 0)).toBe('=AND($A9<>"",COUNTIF($A$6:$A$205,$A9)>1)');
    expect(shiftFormula('=AND(B2>DK_LIMIT1,LOG10(C3)>0,"A1"<>D$4)', 2, 1)).toBe('=AND(C4>DK_LIMIT1,LOG10(D5)>0,"A1"<>E$4)');
  });
});

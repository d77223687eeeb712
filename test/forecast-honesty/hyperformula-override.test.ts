/**
 * The pipeline-funnel template's override column in a real formula engine: HyperFormula with the
 * DealKit plugin evaluates WINPROB, WEIGHTED and FORECAST_CATEGORY over the column as a user types into
 * it, and the weighted forecast by month follows. Then the same sheet, read back as values, rolls up.
 */
import { buildTemplate } from '../../shared/templates/catalog';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { serial, TemplateBook } from '../templates/hf-workbook';
import { columnLetters, parseA1 } from '../../shared/a1';

const S = 'pipeline';

function filled(overrides: (number | string | null)[]) {
  const built = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const layout = built.layout as PipelineFunnelLayout;
  const book = new TemplateBook(built.plan);
  const c = layout.columns;
  book.set(S, layout.asOf, serial('2026-11-25'));
  const deals: [string, number, string, string][] = [
    ['D1', 100000, 'C50', '2026-12-15'],
    ['D2', 50000, 'A90', '2026-12-20'],
    ['D3', 200000, 'G20', '2027-02-10'],
    ['D4', 80000, 'S100', '2026-11-10'],
  ];
  deals.forEach(([id, amount, stage, close], i) => {
    const row = layout.firstRow + i;
    book.set(S, `${c.id}${row}`, id).set(S, `${c.amount}${row}`, amount).set(S, `${c.stage}${row}`, stage).set(S, `${c.closeDate}${row}`, serial(close));
    book.set(S, `${c.stageEntered}${row}`, serial('2026-11-01'));
    book.set(S, `${c.probabilityOverride}${row}`, overrides[i] ?? null);
  });
  book.set(S, `${c.overrideReason}${layout.firstRow}`, 'PO in hand');
  const column = (name: keyof PipelineFunnelLayout['computed']): unknown[] =>
    book.range(S, `${layout.computed[name]}${layout.firstRow}:${layout.computed[name]}${layout.firstRow + deals.length - 1}`).map((r) => r[0]);
  return { book, layout, column };
}

describe('the override column evaluated in HyperFormula', () => {
  it('moves probability, weighted amount and category of the overridden rows only', () => {
    // D1 typed up to 95 % (a percentage typed as text), D2 down to 0.4, D4 (won) keeps 100 %
    const { book, layout, column } = filled(['95%', 0.4, null, 0.2]);
    expect(column('winProbability')).toEqual([0.95, 0.4, 0.2, 1]);
    expect(column('weighted')).toEqual([95000, 20000, 40000, 80000]);
    expect(column('category')).toEqual(['Commit', 'Pipeline', 'Pipeline', 'Won']);
    // December's Commit row of the weighted forecast now holds D1 at 95 %
    const commitRow = layout.forecast.rows.find((r) => r.category === 'commit')?.row as number;
    const december = layout.forecast.monthCells[1] as string;
    expect(book.get(S, `${december.replace(/\d+$/, '')}${commitRow}`)).toBe(95000);
    // the funnel beside the table weighs C50 at 95 % and A90 at 40 %
    const top = parseA1(layout.funnel);
    const funnel = book.range(S, `${layout.funnel}:${columnLetters(top.column + 3)}${top.row + layout.funnelRows}`);
    expect(funnel.find((r) => r[0] === 'C50')).toEqual(['C50', 1, 100000, 95000]);
    expect(book.errors(S)).toEqual([]);
    book.destroy();
  });

  it('shows the row at fault when an override is not a probability', () => {
    const { book, layout } = filled([null, 40, null, null]);
    // The row at fault shows the error; the other rows keep their probabilities.
    const cell = book.get(S, `${layout.computed.winProbability}${layout.firstRow + 1}`);
    expect(cell).toMatchObject({ value: '#VALUE!', message: expect.stringMatching(/^overrides, row 2: 40 is above 1/) });
    book.destroy();
  });

  it('rolls up from the filled sheet with the override and its reason', () => {
    const { book, layout } = filled([0.95, null, null, null]);
    const values = book.range(S, `A1:${layout.computed.evidenced}${layout.firstRow + 4}`).map((row) => row.map((v) => (typeof v === 'object' && v !== null ? null : v)));
    const { view } = rollUpTeamOperation({ sheets: [{ name: 'Pipeline', values }], named: {}, asOf: serial('2026-11-25') });
    expect(view.dashboard.overrides.map((d) => [d.id, d.probability, d.overridePoints, d.overrideFlagged, d.overrideReason])).toEqual([['D1', 0.95, 45, true, 'PO in hand']]);
    book.destroy();
  });
});

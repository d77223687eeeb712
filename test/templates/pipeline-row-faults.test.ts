/**
 * The default pipeline template (MILESTONES ladder) evaluated in HyperFormula, with `Qualified` — a stage
 * of the SIGNATURE ladder, not of this one — typed into one Stage cell: that deal's computed cells show
 * #VALUE! naming its row, every other deal keeps its values, and the funnel and the forecast by month add
 * up the other deals, the funnel listing the deal it set aside in a column beside it.
 */
import { DetailedCellError } from 'hyperformula';
import { buildTemplate } from '../../shared/templates/catalog';
import { columnIndex, parseCellNumbers, rangeAt } from '../../shared/a1';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import { serial, TemplateBook } from './hf-workbook';

const S = 'pipeline';

const DEALS = [
  { id: 'D1', amount: 100000, stage: 'C50', close: '2026-12-15', entered: '2026-10-01', proofs: 5 },
  { id: 'D2', amount: 50000, stage: 'A90', close: '2026-12-20', entered: '2026-11-20', proofs: 6 },
  { id: 'D3', amount: 200000, stage: 'G20', close: '2027-02-10', entered: '2026-09-01', proofs: 2 },
  { id: 'D4', amount: 80000, stage: 'S100', close: '2026-11-10', entered: '2026-11-10', proofs: 8 },
  { id: 'D5', amount: 30000, stage: 'LOST', close: '2026-11-30', entered: '2026-10-15', proofs: 0 },
];

const COMPUTED = ['winProbability', 'weighted', 'category', 'stalled', 'evidenced'] as const;

interface Filled {
  readonly book: TemplateBook;
  readonly layout: PipelineFunnelLayout;
  /** The computed columns, one array per deal row. */
  readonly rows: () => unknown[][];
  readonly funnel: () => unknown[][];
  readonly forecastTotals: () => unknown[];
}

function filled(): Filled {
  const built = buildTemplate('pipelineFunnel', { locale: 'en' });
  const layout = built.layout as PipelineFunnelLayout;
  expect(layout.ladder).toBe('MILESTONES');
  const book = new TemplateBook(built.plan);
  const c = layout.columns;
  book.set(S, layout.asOf, serial('2026-11-25'));
  DEALS.forEach((deal, i) => {
    const row = layout.firstRow + i;
    book.set(S, `${c.id}${row}`, deal.id).set(S, `${c.amount}${row}`, deal.amount).set(S, `${c.stage}${row}`, deal.stage);
    book.set(S, `${c.closeDate}${row}`, serial(deal.close)).set(S, `${c.stageEntered}${row}`, serial(deal.entered));
    layout.proofColumns.forEach((p, k) => book.set(S, `${p.column}${row}`, k < deal.proofs));
  });
  const rows = (): unknown[][] => DEALS.map((_, i) => COMPUTED.map((name) => book.get(S, `${layout.computed[name]}${layout.firstRow + i}`)));
  const top = parseCellNumbers(layout.funnel);
  // The funnel's rows and the column beside them, where a set-aside row is listed.
  const funnel = (): unknown[][] => book.range(S, rangeAt(top.column, top.row, top.column + 4, top.row + layout.funnelRows - 1));
  const f = layout.forecast;
  const first = columnIndex(f.monthCells[0].replace(/\d+$/, '')) + 1;
  const forecastTotals = (): unknown[] => book.range(S, rangeAt(first, f.totalRow, first + f.monthCells.length - 1, f.totalRow))[0];
  return { book, layout, rows, funnel, forecastTotals };
}

const errorText = (value: unknown): string | undefined => (value instanceof DetailedCellError ? `${value.value} ${value.message}` : undefined);

describe('the default pipeline with Qualified typed into one Stage cell', () => {
  it('errors that deal’s computed cells only, and keeps every other deal’s values', () => {
    const { book, layout, rows } = filled();
    const before = rows();
    book.set(S, `${layout.columns.stage}${layout.firstRow + 2}`, 'Qualified');
    const after = rows();
    expect(after.filter((_, i) => i !== 2)).toEqual(before.filter((_, i) => i !== 2));
    const bad = after[2];
    // Win probability, weighted amount, category and days stalled read the stage; the evidenced stage reads the proofs.
    for (const cell of bad.slice(0, 4)) expect(errorText(cell)).toMatch(/^#VALUE! stages, row 3: "Qualified" is not a stage; use G10, G20, E25, D30, C50, B75, A90, S100, LOST$/);
    expect(bad[4]).toBe('G20');
    expect(book.errors(S)).toHaveLength(4);
    book.destroy();
  });

  it('adds up the funnel over the other deals and lists the one it set aside', () => {
    const { book, layout, funnel } = filled();
    book.set(S, `${layout.columns.stage}${layout.firstRow + 2}`, 'Qualified');
    expect(funnel()).toEqual([
      ['G10', 0, 0, 0, expect.stringMatching(/^Set aside \(1\): stages, row 3: "Qualified" is not a stage; use G10, /)],
      ['G20', 0, 0, 0, ''],
      ['E25', 0, 0, 0, ''],
      ['D30', 0, 0, 0, ''],
      ['C50', 1, 100000, 50000, ''],
      ['B75', 0, 0, 0, ''],
      ['A90', 1, 50000, 45000, ''],
      ['S100', 1, 80000, 80000, ''],
    ]);
    book.destroy();
  });

  it('leaves the deal out of the forecast by month, which still adds up', () => {
    const { book, layout, forecastTotals } = filled();
    expect(forecastTotals()).toEqual([80000, 95000, 0, 40000, 0, 0]);
    book.set(S, `${layout.columns.stage}${layout.firstRow + 2}`, 'Qualified');
    expect(forecastTotals()).toEqual([80000, 95000, 0, 0, 0, 0]);
    book.destroy();
  });

  it('reads the stage typed as its label, in English or Chinese, as its code', () => {
    const { book, layout, rows, funnel } = filled();
    const before = { rows: rows(), funnel: funnel() };
    book.set(S, `${layout.columns.stage}${layout.firstRow}`, 'Needs analysis & solution design');
    book.set(S, `${layout.columns.stage}${layout.firstRow + 1}`, '商务谈判');
    expect({ rows: rows(), funnel: funnel() }).toEqual(before);
    expect(book.errors(S)).toEqual([]);
    book.destroy();
  });

  it('computes everything again once the stage is fixed', () => {
    const { book, layout, rows, funnel } = filled();
    const before = { rows: rows(), funnel: funnel() };
    const stage = `${layout.columns.stage}${layout.firstRow + 2}`;
    book.set(S, stage, 'Qualified');
    book.set(S, stage, 'G20');
    expect({ rows: rows(), funnel: funnel() }).toEqual(before);
    expect(before.funnel.map((row) => row[4])).toEqual(before.funnel.map(() => null));
    book.destroy();
  });
});

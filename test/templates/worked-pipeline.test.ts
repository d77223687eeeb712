/**
 * The pipeline sheet filled with five deals on the project-milestone ladder (METHODOLOGY §5) and
 * evaluated in HyperFormula: the computed columns, the funnel and the weighted forecast by month.
 */
import { buildTemplate } from '../../shared/templates/catalog';
import { cellAt, columnIndex, parseCellNumbers, rangeAt } from '../../shared/a1';
import type { PipelineFunnelLayout } from '../../shared/templates/pipeline-funnel';
import type { SettingsLayout } from '../../shared/templates/settings';
import { settingsTemplate } from '../../shared/templates/settings';
import { serial, TemplateBook } from './hf-workbook';

const S = 'pipeline';

interface Deal {
  id: string;
  amount: number;
  stage: string;
  close: string;
  entered: string;
  proofs: number; // proofs ticked from G10 upward
}

const DEALS: Deal[] = [
  { id: 'D1', amount: 100000, stage: 'C50', close: '2026-12-15', entered: '2026-10-01', proofs: 5 },
  { id: 'D2', amount: 50000, stage: 'A90', close: '2026-12-20', entered: '2026-11-20', proofs: 6 },
  { id: 'D3', amount: 200000, stage: 'G20', close: '2027-02-10', entered: '2026-09-01', proofs: 2 },
  { id: 'D4', amount: 80000, stage: 'S100', close: '2026-11-10', entered: '2026-11-10', proofs: 8 },
  { id: 'D5', amount: 30000, stage: 'LOST', close: '2026-11-30', entered: '2026-10-15', proofs: 0 },
];

function filled(): { book: TemplateBook; layout: PipelineFunnelLayout; column: (name: keyof PipelineFunnelLayout['computed']) => unknown[] } {
  const built = buildTemplate('pipelineFunnel', { locale: 'en', ladder: 'MILESTONES' });
  const layout = built.layout as PipelineFunnelLayout;
  const book = new TemplateBook(built.plan);
  const c = layout.columns;
  book.set(S, layout.asOf, serial('2026-11-25'));
  DEALS.forEach((deal, i) => {
    const row = layout.firstRow + i;
    book.set(S, `${c.id}${row}`, deal.id).set(S, `${c.amount}${row}`, deal.amount).set(S, `${c.stage}${row}`, deal.stage);
    book.set(S, `${c.closeDate}${row}`, serial(deal.close)).set(S, `${c.stageEntered}${row}`, serial(deal.entered));
    layout.proofColumns.forEach((p, k) => book.set(S, `${p.column}${row}`, k < deal.proofs));
  });
  const column = (name: keyof PipelineFunnelLayout['computed']): unknown[] =>
    book.range(S, `${layout.computed[name]}${layout.firstRow}:${layout.computed[name]}${layout.firstRow + DEALS.length - 1}`).map((r) => r[0]);
  return { book, layout, column };
}

describe('pipeline funnel filled and evaluated', () => {
  it('computes probability, weighted amount, category, stalled days and evidenced stage for every row', () => {
    const { book, column } = filled();
    expect(column('winProbability')).toEqual([0.5, 0.9, 0.2, 1, 0]);
    expect(column('weighted')).toEqual([50000, 45000, 40000, 80000, 0]);
    expect(column('category')).toEqual(['Best case', 'Commit', 'Pipeline', 'Won', 'Lost']);
    // Default limit 30 days: D1 has sat 55 days (25 over), D3 85 days (55 over); won and lost never stall.
    expect(column('stalled')).toEqual([25, 0, 55, 0, 0]);
    // D2 claims A90 but its proofs stop at B75: the gap a manager asks about first.
    expect(column('evidenced')).toEqual(['C50', 'B75', 'G20', 'S100', '']);
    expect(book.errors(S)).toEqual([]);
    book.destroy();
  });

  it('follows the manager’s edits in the Settings sheet', () => {
    const { book, column } = filled();
    const settings = settingsTemplate({ locale: 'en' }).layout as SettingsLayout;
    const c50 = settings.stages.find((s) => s.code === 'C50')!;
    book.set('settings', c50.probability, 0.6).set('settings', c50.stallDays, 60);
    expect(column('winProbability')[0]).toBe(0.6);
    expect(column('weighted')[0]).toBe(60000);
    expect(column('stalled')[0]).toBe(0);
    book.destroy();
  });

  it('summarises the funnel by stage in ladder order, lost deals left out', () => {
    const { book, layout } = filled();
    const top = parseCellNumbers(layout.funnel);
    const rows = book.range(S, rangeAt(top.column, top.row, top.column + 3, top.row + layout.funnelRows - 1));
    expect(rows).toEqual([
      ['G10', 0, 0, 0],
      ['G20', 1, 200000, 40000],
      ['E25', 0, 0, 0],
      ['D30', 0, 0, 0],
      ['C50', 1, 100000, 50000],
      ['B75', 0, 0, 0],
      ['A90', 1, 50000, 45000],
      ['S100', 1, 80000, 80000],
    ]);
    book.destroy();
  });

  it('spreads the weighted forecast over category × month of close, from the as-of month', () => {
    const { book, layout } = filled();
    const f = layout.forecast;
    expect(book.get(S, f.fromMonth)).toBe(serial('2026-11-01'));
    expect(f.monthCells.map((m) => book.get(S, m))).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01'].map(serial));
    const first = columnIndex(f.monthCells[0].replace(/\d+$/, '')) + 1;
    const table = (row: number): unknown[] => book.range(S, rangeAt(first, row, first + 5, row))[0];
    const byCategory = Object.fromEntries(f.rows.map((r) => [r.category, table(r.row)]));
    expect(byCategory).toEqual({
      pipeline: [0, 0, 0, 40000, 0, 0],
      bestCase: [0, 50000, 0, 0, 0, 0],
      commit: [0, 45000, 0, 0, 0, 0],
      won: [80000, 0, 0, 0, 0, 0],
    });
    expect(table(f.totalRow)).toEqual([80000, 95000, 0, 40000, 0, 0]);
    // The user moves the window: January onwards.
    book.set(S, f.fromMonth, serial('2027-01-01'));
    expect(table(f.totalRow)).toEqual([0, 40000, 0, 0, 0, 0]);
    expect(cellAt(first, f.totalRow)).toBe(`${f.monthCells[0].replace(/\d+$/, '')}${f.totalRow}`);
    book.destroy();
  });
});

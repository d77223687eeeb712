/**
 * The value-proposition sheet filled with a worked example (METHODOLOGY §4) and evaluated in HyperFormula:
 * net value, ROI, payback, NPV and IRR as the user sees them.
 */
import { findFunction } from '../../shared/functions/catalog';
import { BUSINESS_MODEL_GRADES } from '../../shared/methods/business-model';
import { buildTemplate } from '../../shared/templates/catalog';
import { parseCellNumbers, cellAt } from '../../shared/a1';
import type { ValuePropositionLayout } from '../../shared/templates/value-proposition';
import { TemplateBook } from './hf-workbook';

const S = 'value';

/** The first cell of a row range "C14:H14" moved to year `year`. */
function yearCell(range: string, year: number): string {
  const { column, row } = parseCellNumbers(range.split(':')[0]);
  return cellAt(column + year, row);
}

function filled(locale: 'en' | 'zh-CN'): { book: TemplateBook; layout: ValuePropositionLayout } {
  const built = buildTemplate('valueProposition', { locale });
  const layout = built.layout as ValuePropositionLayout;
  const book = new TemplateBook(built.plan);
  // Year 0: hardware 50,000 and services 30,000. Years 1–3: revenue up 40,000 and expenses down 20,000
  // a year; support and training 10,000 a year; a 5,000 disruption risk in year 1. A year-4 benefit is
  // typed too but the analysis counts 3 years, so it must not count.
  book.set(S, layout.periodsCounted, 3).set(S, layout.discountRate, 0.1);
  book.set(S, yearCell(layout.investment.hardware, 0), 50000).set(S, yearCell(layout.investment.services, 0), 30000);
  const increase = layout.benefits.find((b) => b.direction === 'increase')!;
  const decrease = layout.benefits.find((b) => b.direction === 'decrease')!;
  book.set(S, increase.amounts.split(':')[0], [[null, 40000, 40000, 40000, 60000]]);
  book.set(S, decrease.amounts.split(':')[0], [[null, 20000, 20000, 20000]]);
  book.set(S, yearCell(layout.costs.usage, 1), [[10000, 10000, 10000]]);
  book.set(S, yearCell(layout.costs.opportunity, 1), 5000);
  return { book, layout };
}

const flows = [-80000, 45000, 50000, 50000, 0, 0];

describe('value proposition filled and evaluated', () => {
  it('nets benefits against costs, investment and risks over the counted years', () => {
    const { book, layout } = filled('en');
    expect(book.range(S, layout.totals.netCashFlow)[0]).toEqual(flows);
    expect(book.get(S, layout.results.netValue)).toBe(180000 - 110000 - 5000);
    expect(book.get(S, layout.results.roi) as number).toBeCloseTo((180000 - 115000) / 115000, 9);
    // Cumulative −80,000 → −35,000 → +15,000: paid back 35/50 of the way through year 2.
    expect(book.get(S, layout.results.payback) as number).toBeCloseTo(1.7, 9);
    book.destroy();
  });

  it('discounts years 1–5 at the rate with the host’s NPV, year 0 undiscounted, and finds the IRR', () => {
    const { book, layout } = filled('en');
    const npv = flows.reduce((sum, cf, t) => sum + cf / 1.1 ** t, 0);
    expect(book.get(S, layout.results.npv) as number).toBeCloseTo(npv, 6);
    const irr = book.get(S, layout.results.irr) as number;
    expect(flows.reduce((sum, cf, t) => sum + cf / (1 + irr) ** t, 0)).toBeCloseTo(0, 4);
    expect(irr).toBeGreaterThan(0.1);
    expect(book.errors(S)).toEqual([]);
    book.destroy();
  });

  it('leaves ROI, payback and IRR blank on an empty sheet rather than showing errors', () => {
    const built = buildTemplate('valueProposition', { locale: 'en' });
    const layout = built.layout as ValuePropositionLayout;
    const book = new TemplateBook(built.plan);
    expect([layout.results.roi, layout.results.payback, layout.results.irr].map((c) => book.get(S, c))).toEqual(['', '', '']);
    expect(book.get(S, layout.results.netValue)).toBe(0);
    book.destroy();
  });

  it('grades a strategic deal valuable to both sides A, and shows what the grade means', () => {
    const { book, layout } = filled('zh-CN');
    book.set(S, layout.grade.valueToCustomer, 4).set(S, layout.grade.valueToUs, 4).set(S, layout.grade.strategic, true);
    expect(book.get(S, layout.grade.grade)).toBe('A');
    expect(book.get(S, layout.grade.meaning)).toBe(BUSINESS_MODEL_GRADES[0].description['zh-CN']);
    book.set(S, layout.grade.valueToUs, 2);
    expect(book.get(S, layout.grade.grade)).toBe('E');
    book.destroy();
  });

  (findFunction('VALUE_STATEMENT') ? it : it.skip)('fills a value statement from its slots', () => {
    const { book, layout } = filled('en');
    const second = layout.statements[1];
    book.set(S, second.slots[0], 'Northwind Logistics').set(S, second.slots[1], 'order fulfilment 30% faster');
    const sentence = book.get(S, second.result);
    expect(sentence).toEqual(expect.stringContaining('Northwind Logistics'));
    expect(sentence).toEqual(expect.stringContaining('order fulfilment 30% faster'));
    book.destroy();
  });
});

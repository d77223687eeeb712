import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { operationsOver } from '../../shared/workbook/run-operation';
import { valuePropositionTemplate } from '../../shared/templates';
import { parseA1 } from '../../shared/a1';
import { INITIAL_VALUE_STATE, valueAnswers, valueReducer } from '../../shared/ui/wizard-value';
import { valueLive } from '../../shared/ui/value-live';

/**
 * The value wizard agrees with the sheet: its live net value / ROI / payback count every row the
 * sheet counts, and saving never clears years the wizard did not show.
 */
describe('value wizard over a sheet with rows it does not edit', () => {
  const layout = valuePropositionTemplate({ locale: 'en' }).layout;
  const cols = layout.periodColumns;
  const rowOf = (range: string): number => parseA1(range).row + 1;

  function setup() {
    const workbook = new PlaygroundWorkbook();
    loadSampleWorkbook(workbook);
    const ops = operationsOver(workbook.host());
    const saved = ops.writeValue({ sheetName: null, slots: {}, benefits: [0, 30, 50, 40], costs: [100, 0, 0, 0], risks: 5 }, 'en');
    if (!saved.ok) throw new Error(saved.message);
    const sheet = saved.value.sheetName;
    const at = (a1: string): unknown => {
      const box = parseA1(a1);
      return workbook.snapshot(sheet, false)?.values[box.row]?.[box.column];
    };
    // Rows the rep filled by hand: a second benefit row, a usage cost, a software investment, and
    // the opportunity cost of year 2; plus a benefit in year 5, beyond the 4 years counted.
    const typed: [string, number][] = [
      [`${cols[1]}${rowOf(layout.benefits[1].amounts)}`, 20],
      [`${cols[2]}${rowOf(layout.benefits[1].amounts)}`, 20],
      [`${cols[1]}${rowOf(layout.costs.usage)}`, 4],
      [`${cols[0]}${rowOf(layout.investment.software)}`, 15],
      [`${cols[2]}${rowOf(layout.costs.opportunity)}`, 6],
      [`${cols[5]}${rowOf(layout.benefits[0].amounts)}`, 999],
    ];
    for (const [a1, value] of typed) workbook.setCellInput(sheet, a1, String(value));
    return { workbook, ops, sheet, at };
  }

  it('live figures equal the sheet’s NETVALUE, ROI and PAYBACK, and follow the wizard’s edits', () => {
    const { ops, at } = setup();
    // By hand: benefits 0+30+50+40 + 20+20 = 160; costs 100 + 4 + 15 = 119; risks 5 + 6 = 11 → 30.
    expect(at(layout.results.netValue)).toBe(30);
    const read = ops.readValue('en');
    if (!read.ok || !read.value) throw new Error('no value sheet read');
    let state = valueReducer(INITIAL_VALUE_STATE, { type: 'resume', answers: read.value });
    let live = valueLive(state, 'en');
    expect(live.netValue).toEqual({ ok: true, value: 30 });
    expect(live.roi).toEqual({ ok: true, value: (160 - 130) / 130 });
    // HyperFormula rounds its results to 11 digits.
    expect(live.roi.ok && live.roi.value).toBeCloseTo(at(layout.results.roi) as number, 9);
    expect(live.payback.ok && live.payback.value).toBeCloseTo(at(layout.results.payback) as number, 9);
    expect(live.otherRows).toEqual({ benefits: 40, costs: 19, risks: 6 });

    // The rep raises year 3's benefit by 10: wizard and sheet both move to 40.
    state = valueReducer(state, { type: 'figure', kind: 'benefits', period: 3, text: '50' });
    live = valueLive(state, 'en');
    expect(live.netValue).toEqual({ ok: true, value: 40 });
    const answers = valueAnswers(state);
    if (!answers) throw new Error('figures not numbers');
    const written = ops.writeValue(answers, 'en');
    if (!written.ok) throw new Error(written.message);
    expect(at(layout.results.netValue)).toBe(40);
  });

  it('saving fewer years keeps the later years’ cells; the sheet just stops counting them', () => {
    const { ops, at } = setup();
    const read = ops.readValue('en');
    if (!read.ok || !read.value) throw new Error('no value sheet read');
    let state = valueReducer(INITIAL_VALUE_STATE, { type: 'resume', answers: read.value });
    state = valueReducer(state, { type: 'periods', count: 3 });
    const live = valueLive(state, 'en');
    const answers = valueAnswers(state);
    if (!answers) throw new Error('figures not numbers');
    const written = ops.writeValue(answers, 'en');
    if (!written.ok) throw new Error(written.message);
    const firstBenefits = rowOf(layout.benefits[0].amounts);
    // Year 3 (not shown any more) and year 5 (never shown) still hold what was typed.
    expect(at(`${cols[3]}${firstBenefits}`)).toBe(40);
    expect(at(`${cols[5]}${firstBenefits}`)).toBe(999);
    // Years 0–2 counted: benefits 80 + 40, costs 119, risks 11 → -10, as the wizard showed.
    expect(at(layout.results.netValue)).toBe(-10);
    expect(live.netValue).toEqual({ ok: true, value: -10 });
  });
});

import { readAssessmentSummary } from '../../shared/deals/assessment-summary';
import { joinDealSheets } from '../../shared/deals/join-deal-sheets';
import { readValueSummary } from '../../shared/deals/value-summary';
import type { SheetValues } from '../../shared/sheet-values';
import { DealBook } from './deal-book';

/** Rows and columns inserted above and left of everything: what a rep does who adds a logo or a notes column. */
function moved(sheet: SheetValues, rows: number, columns: number): SheetValues {
  const pad = (row: readonly unknown[]): unknown[] => [...Array<unknown>(columns).fill(null), ...row];
  return { name: sheet.name, values: [...Array.from({ length: rows }, () => []), ...sheet.values.map(pad)] };
}

const DAY = 46357; // 2026-12-01

describe('reading what a deal sheet concluded, by its labels', () => {
  const book = new DealBook();
  const walk = book.addAssessment({ method: 'TAS', locale: 'en', dealId: 'D-1', date: DAY, ratings: 'unfavourable', signs: 3 });
  const unsure = book.addAssessment({ method: 'SIGNATURE', locale: 'zh-CN', dealId: 'D-2', ratings: 'unknown', signs: 2 });
  const value = book.addValue({ locale: 'en', dealId: 'D-1', date: DAY, grade: [4, 4], benefit: 50_000, investment: 20_000 });
  const sheets = book.sheets();
  const sheet = (name: string): SheetValues => sheets.find((s) => s.name === name) as SheetValues;
  afterAll(() => book.destroy());

  it('reads the verdict, control, signs, strategy and gaps the formulas show', () => {
    expect(readAssessmentSummary(sheet(walk.sheet))).toEqual({
      sheet: walk.sheet,
      dealId: 'D-1',
      date: DAY,
      verdict: 'walkAway',
      verdictText: 'Walk away',
      control: 'notInControl',
      controlText: 'Not in control',
      signs: 3,
      strategy: 'disengage',
      strategyText: 'Disengage',
      gaps: 0,
    });
  });

  it('reads the same when rows and columns were inserted above and left of everything', () => {
    const original = readAssessmentSummary(sheet(walk.sheet));
    expect(readAssessmentSummary(moved(sheet(walk.sheet), 3, 2))).toEqual(original);
    expect(readValueSummary(moved(sheet(value.sheet), 4, 1))).toEqual(readValueSummary(sheet(value.sheet)));
  });

  it('reads a sheet inserted in Chinese, whatever language its results are in', () => {
    const summary = readAssessmentSummary(sheet(unsure.sheet));
    expect(summary).toMatchObject({ dealId: 'D-2', verdict: 'qualifyFurther', control: 'atRisk', signs: 2 });
    expect(summary?.date).toBeUndefined();
    // Every one of Signature's 22 criteria is unknown: each is a gap to close.
    expect(summary?.gaps).toBe(22);
  });

  it('reads the same from labels a rep moved into other cells by hand', () => {
    const grid: SheetValues = {
      name: 'My assessment',
      values: [
        ['商机编号', 'D-9'],
        [],
        ['', '', '结论', '全力争取'],
        ['失控信号（出现即勾选）'],
        ['客户不回我们的电话', 'x'],
        ['预算没了', false],
        ['控制程度', '可控'],
        ['Recommended strategy', 'Frontal'],
        ['', '日期', '2026-11-20'],
        ['优先补齐的信息缺口'],
        ['1. Access to funds'],
        ['2. Decision process'],
      ],
    };
    expect(readAssessmentSummary(grid)).toEqual({
      sheet: 'My assessment',
      dealId: 'D-9',
      date: DAY - 11,
      verdict: 'pursue',
      verdictText: '全力争取',
      control: 'inControl',
      controlText: '可控',
      signs: 1,
      strategy: 'frontal',
      strategyText: 'Frontal',
      gaps: 2,
    });
  });

  it('reads the grade and net value of a value proposition', () => {
    // Benefit 50,000 in year 1 less 20,000 invested in year 0; 4 and 4, not strategic.
    expect(readValueSummary(sheet(value.sheet))).toEqual({ sheet: value.sheet, dealId: 'D-1', date: DAY, grade: 'B', netValue: 30_000 });
  });

  it('is no assessment or value proposition for a pipeline or a notes sheet', () => {
    const pipeline = {
      name: 'Ann',
      values: [
        ['Deal ID', 'Amount', 'Stage', 'Close date'],
        ['D-1', 10, 'C50', DAY],
      ],
    };
    expect(readAssessmentSummary(pipeline)).toBeUndefined();
    expect(readValueSummary(pipeline)).toBeUndefined();
    expect(readValueSummary(sheet(walk.sheet))).toBeUndefined();
  });
});

describe('joining deal sheets to pipeline rows by Deal ID', () => {
  const book = new DealBook();
  const older = book.addAssessment({ method: 'TAS', locale: 'en', dealId: 'D-1', date: DAY - 30, ratings: 'favourable', signs: 0 });
  const newer = book.addAssessment({ method: 'TAS', locale: 'en', dealId: 'D-1', date: DAY, ratings: 'unknown', signs: 0 });
  const sameDayLeft = book.addAssessment({ method: 'PPVVC', locale: 'en', dealId: 'D-2', date: DAY, ratings: 'favourable', signs: 0 });
  const sameDayRight = book.addAssessment({ method: 'PPVVC', locale: 'en', dealId: 'D-2', date: DAY, ratings: 'unfavourable', signs: 0 });
  const blank = book.addAssessment({ method: 'TAS', locale: 'en', ratings: 'favourable', signs: 0 });
  const orphan = book.addAssessment({ method: 'TAS', locale: 'zh-CN', dealId: 'D-404', ratings: 'favourable', signs: 0 });
  const setAside = book.addValue({ locale: 'zh-CN', dealId: 'D-3', grade: [2, 5], benefit: 1, investment: 0 });
  const joined = joinDealSheets(book.sheets(), { dealIds: new Set(['D-1', 'D-2']), setAsideIds: new Set(['D-3']) });
  afterAll(() => book.destroy());

  it('counts the later-dated of two sheets for one deal and reports the other', () => {
    expect(joined.byDeal.get('D-1')?.assessment).toMatchObject({ sheet: newer.sheet, verdict: 'qualifyFurther' });
    expect(joined.issues).toContainEqual({ kind: 'superseded', sheetKind: 'assessment', sheet: older.sheet, dealId: 'D-1', keptSheet: newer.sheet });
  });

  it('on one date, counts the sheet further right', () => {
    expect(joined.byDeal.get('D-2')?.assessment).toMatchObject({ sheet: sameDayRight.sheet, verdict: 'walkAway' });
    expect(joined.issues).toContainEqual({ kind: 'superseded', sheetKind: 'assessment', sheet: sameDayLeft.sheet, dealId: 'D-2', keptSheet: sameDayRight.sheet });
  });

  it('reports a blank Deal ID and an id no counted pipeline row carries, saying when the row was set aside', () => {
    expect(joined.issues).toContainEqual({ kind: 'noDealId', sheetKind: 'assessment', sheet: blank.sheet, dealId: '' });
    expect(joined.issues).toContainEqual({ kind: 'notInPipeline', sheetKind: 'assessment', sheet: orphan.sheet, dealId: 'D-404' });
    expect(joined.issues).toContainEqual({ kind: 'notInPipeline', sheetKind: 'value', sheet: setAside.sheet, dealId: 'D-3', setAside: true });
  });

  it('accounts for every deal sheet read: joined + reported', () => {
    expect(joined.tally.assessment).toEqual({ read: 6, joined: 2, reported: 4 });
    expect(joined.tally.value).toEqual({ read: 1, joined: 0, reported: 1 });
    expect(joined.issues).toHaveLength(5);
  });
});

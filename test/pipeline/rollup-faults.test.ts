import fc from 'fast-check';
import type { WritePlan } from '../../shared/plan';
import { MAX_DEAL_AMOUNT } from '../../shared/pipeline/amount-limit';
import { parseCsv } from '../../shared/pipeline/csv-export';
import type { SheetValues } from '../../shared/sheet-values';
import { exportPipelineCsvOperation, rollUpTeamOperation, takeSnapshotOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { reconciliationLine } from '../../shared/pipeline/rollup-plan';

/**
 * Rows the roll-up cannot count must be listed with a true reason, never abort the roll-up, snapshot
 * or CSV, never vanish, and never put a non-finite number in a cell or the CSV.
 */

const AS_OF = 46357; // 2026-12-01
const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];

function read(sheets: SheetValues[]): WorkbookRead {
  return { sheets, named: {}, asOf: AS_OF };
}

function sheet(values: unknown[][], name = 'Ana'): SheetValues {
  return { name, values };
}

/** Every number a plan would put in a cell. */
function planNumbers(plan: WritePlan): number[] {
  const out: number[] = [];
  const walk = (value: unknown): void => {
    if (typeof value === 'number') out.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(plan);
  return out;
}

const nonFinite = (plan: WritePlan): number[] => planNumbers(plan).filter((n) => !Number.isFinite(n));

function reasonsOf(r: WorkbookRead): { row: number; sheet: string; ids: string[]; en: string; zh: string; amount: number }[] {
  return rollUpTeamOperation(r).view.rollup.setAside.map((s) => ({
    sheet: s.sheet,
    row: s.row,
    ids: s.reasons.map((x) => x.id),
    en: s.reasons.map((x) => x.text.en).join('; '),
    zh: s.reasons.map((x) => x.text['zh-CN']).join('；'),
    amount: s.amount,
  }));
}

describe('amounts beyond the bound DealKit adds up', () => {
  const huge = read([
    sheet([
      HEADER,
      ['A-1', 'Big', 1e308, 'C50', 46400, 'Call'],
      ['A-2', 'Bigger', 1e308, 'C50', 46401, 'Call'],
      ['A-3', 'Fine', 1200, 'C50', 46402, 'Call'],
      ['A-4', 'Minus', -1e308, 'G20', 46402, 'Call'],
    ]),
  ]);

  it('are set aside with a reason in both languages, and the roll-up still runs', () => {
    const rows = reasonsOf(huge);
    expect(rows.map((r) => [r.row, r.ids])).toEqual([
      [2, ['amountOutOfRange']],
      [3, ['amountOutOfRange']],
      [5, ['amountOutOfRange']],
    ]);
    expect(rows[0].en).toBe('amount 1e+308 is beyond ±10,000,000,000,000, the largest amount DealKit adds up; it is left out of every total');
    expect(rows[0].zh).toBe('金额 1e+308 超出 ±10,000,000,000,000（DealKit 可汇总的最大金额），未计入任何合计');
    expect(rows.every((r) => r.amount === 0)).toBe(true);
  });

  it('leave no non-finite figure in the reconciliation line, the dashboard or the team pipeline', () => {
    const { plan, view } = rollUpTeamOperation(huge);
    expect(view.rollup.reconciliation).toEqual({
      read: { deals: 4, amount: 1200 },
      counted: { deals: 1, amount: 1200 },
      setAside: { deals: 3, amount: 0 },
      balanced: true,
    });
    for (const locale of ['en', 'zh-CN'] as const) expect(reconciliationLine(view.rollup.reconciliation, locale)).not.toMatch(/Infinity|NaN/);
    expect(nonFinite(plan)).toEqual([]);
    expect(nonFinite(takeSnapshotOperation(huge, '2026-12-01T09:00:00Z').plan)).toEqual([]);
  });

  it('never reach the CSV', () => {
    const { csv } = exportPipelineCsvOperation(huge, 'salesforce');
    expect(csv).not.toMatch(/Infinity|NaN/);
    expect(parseCsv(csv).map((r) => r[0])).toEqual(['Opportunity Name', 'Fine']);
  });

  it('the bound itself is counted; one cent more is set aside', () => {
    const r = read([sheet([HEADER, ['A-1', 'At', MAX_DEAL_AMOUNT, 'C50', 46400, 'x'], ['A-2', 'Over', MAX_DEAL_AMOUNT + 0.01, 'C50', 46400, 'x']])]);
    const { view } = rollUpTeamOperation(r);
    expect(view.rollup.deals.map((d) => d.id)).toEqual(['A-1']);
    expect(view.rollup.setAside.map((s) => s.reasons[0].id)).toEqual(['amountOutOfRange']);
    expect(view.rollup.reconciliation.balanced).toBe(true);
  });
});

describe('an invalid date cell', () => {
  const bad = new Date(Number.NaN);
  const r = read([
    sheet([
      [...HEADER, 'Stage entered'],
      ['A-1', 'Good', 100, 'C50', 46400, 'Call', 46300],
      ['A-2', 'Bad close', 200, 'C50', bad, 'Call', 46300],
      ['A-3', 'Bad entered', 300, 'C50', 46400, 'Call', bad],
      ['A-4', bad, 400, 'C50', 46400, 'Call', 46300],
    ]),
  ]);

  it('sets its row aside with a reason naming the cell, and roll-up, snapshot and CSV all run', () => {
    const rows = reasonsOf(r);
    expect(rows.map((x) => [x.row, x.ids])).toEqual([
      [3, ['invalidDate']],
      [4, ['invalidDate']],
      [5, ['invalidDate']],
    ]);
    expect(rows[0].en).toBe('cell E3 (Close date) holds a date that is not valid; type it again as 2026-12-31');
    expect(rows[0].zh).toBe('单元格 E3（预计成交日期）中的日期无效；请重新输入，例如 2026-12-31');
    expect(rows[1].en).toMatch(/^cell G4 \(Stage entered\)/);
    expect(rows[2].en).toMatch(/^cell B5 \(Opportunity\)/);
    expect(rollUpTeamOperation(r).view.rollup.reconciliation).toMatchObject({ read: { deals: 4, amount: 1000 }, counted: { deals: 1, amount: 100 }, balanced: true });
    expect(() => takeSnapshotOperation(r, '2026-12-01T09:00:00Z')).not.toThrow();
    expect(parseCsv(exportPipelineCsvOperation(r, 'hubspot').csv)).toHaveLength(2);
  });
});

describe('a header row naming one column twice', () => {
  it('sets the table’s rows aside naming the sheet and both columns, in both languages', () => {
    const r = read([
      sheet([
        ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Deal value'],
        ['A-1', 'One', '', 'C50', 46400, 100],
        ['A-2', 'Two', 50, 'C50', 46400, 5],
      ]),
      sheet([HEADER, ['B-1', 'Other', 70, 'G20', 46400, 'Call']], 'Bo'),
    ]);
    const rows = reasonsOf(r);
    expect(rows.map((x) => [x.sheet, x.row, x.ids])).toEqual([
      ['Ana', 2, ['duplicateColumn']],
      ['Ana', 3, ['duplicateColumn']],
    ]);
    expect(rows[0].en).toBe('sheet Ana has two Amount columns, C ("Amount") and F ("Deal value"): DealKit cannot tell which to read, so this table was not rolled up; rename or remove one');
    expect(rows[0].zh).toBe('工作表 Ana 有两列“金额”：C 列（“Amount”）和 F 列（“Deal value”）；无法确定读取哪一列，因此该表没有汇总；请重命名或删除其中一列');
    const { view } = rollUpTeamOperation(r);
    expect(view.rollup.deals.map((d) => d.id)).toEqual(['B-1']);
    expect(view.rollup.reconciliation).toMatchObject({ read: { deals: 3 }, counted: { deals: 1 }, setAside: { deals: 2 }, balanced: true });
  });

  it('names every duplicated column (two Stage and two Amount)', () => {
    const rows = reasonsOf(
      read([
        sheet([
          ['Deal ID', 'Amount', 'Stage', 'Close date', 'Stage', 'Amount'],
          ['A-1', 1, 'G20', 46400, 'C50', 2],
        ]),
      ]),
    );
    expect(rows[0].ids).toEqual(['duplicateColumn', 'duplicateColumn']);
    expect(rows[0].en).toContain('two Amount columns, B ("Amount") and F ("Amount")');
    expect(rows[0].en).toContain('two Stage columns, C ("Stage") and E ("Stage")');
  });
});

describe('rows with content only in columns DealKit does not read', () => {
  it('are listed as set aside, naming the cell, so read = counted + set aside still covers them', () => {
    const r = read([
      sheet([
        [...HEADER, 'Notes'],
        ['A-1', 'One', 100, 'C50', 46400, 'Call', ''],
        ['', '', '', '', '', '', 'call back in May'],
        ['A-2', 'Two', 100, 'C50', 46400, 'Call', 'ok'],
      ]),
    ]);
    const rows = reasonsOf(r);
    expect(rows.map((x) => [x.row, x.ids])).toEqual([[3, ['onlyUnreadColumns']]]);
    expect(rows[0].en).toBe('only G3 (under "Notes") holds anything, and DealKit does not read that column');
    expect(rows[0].zh).toBe('只有 G3（“Notes”列）有内容，而 DealKit 不读取该列');
    expect(rollUpTeamOperation(r).view.rollup.reconciliation).toMatchObject({ read: { deals: 3 }, counted: { deals: 2 }, setAside: { deals: 1 }, balanced: true });
  });

  it('leave alone what sits beside the table past a blank column, and unticked checkboxes', () => {
    const r = read([
      sheet([
        [...HEADER, 'Done?', '', 'Funnel'],
        ['A-1', 'One', 100, 'C50', 46400, 'Call', false, '', 'G10'],
        ['', '', '', '', '', '', false, '', 'G20'],
        ['', '', '', '', '', '', false, '', 'Total'],
      ]),
    ]);
    expect(reasonsOf(r)).toEqual([]);
    expect(rollUpTeamOperation(r).view.rollup.reconciliation.read.deals).toBe(1);
  });
});

// --- property: generated sheets with every fault at once -----------------------------------------------

type Fault = 'none' | 'hugeAmount' | 'invalidDate' | 'strayOnly' | 'blank';

const rowSpec = fc.record({
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  stage: fc.constantFrom('G10', 'G20', 'C50', 'A90', 'S100', 'LOST'),
  close: fc.integer({ min: AS_OF - 100, max: AS_OF + 300 }),
  fault: fc.constantFrom<Fault>('none', 'none', 'none', 'hugeAmount', 'invalidDate', 'strayOnly', 'blank'),
  huge: fc.constantFrom(1e308, -1e308, Number.MAX_VALUE, MAX_DEAL_AMOUNT * 2, 1e16),
});

const workbook = fc
  .array(fc.record({ rows: fc.array(rowSpec, { maxLength: 12 }), duplicate: fc.constantFrom<'none' | 'amount' | 'stage'>('none', 'none', 'amount', 'stage') }), {
    minLength: 1,
    maxLength: 4,
  })
  .map((reps) => {
    let id = 0;
    const expected: { sheet: string; row: number; fault: Exclude<Fault, 'blank'> | 'duplicate' }[] = [];
    const sheets = reps.map(({ rows, duplicate }, r) => {
      const name = `Rep ${r + 1}`;
      const extra = duplicate === 'amount' ? 'Deal value' : duplicate === 'stage' ? 'Sales stage' : 'Notes';
      const values: unknown[][] = [[...HEADER, extra]];
      for (const spec of rows) {
        id += 1;
        const extraCell = duplicate === 'amount' ? spec.amount : duplicate === 'stage' ? spec.stage : '';
        let cells: unknown[];
        if (spec.fault === 'blank') cells = ['', '', '', '', '', '', ''];
        else if (spec.fault === 'strayOnly') cells = ['', '', '', '', '', '', duplicate === 'none' ? 'a note' : extraCell || 'x'];
        else {
          cells = [
            `D${id}`,
            `Deal ${id}`,
            spec.fault === 'hugeAmount' ? spec.huge : spec.amount,
            spec.stage,
            spec.fault === 'invalidDate' ? new Date(Number.NaN) : spec.close,
            'Call',
            extraCell,
          ];
        }
        values.push(cells);
        if (spec.fault !== 'blank') expected.push({ sheet: name, row: values.length, fault: duplicate === 'none' ? (spec.fault as Exclude<Fault, 'blank'>) : 'duplicate' });
      }
      return { name, values };
    });
    return { sheets, expected };
  });

const REASON_OF: Record<Exclude<Fault, 'none' | 'blank'> | 'duplicate', string> = {
  hugeAmount: 'amountOutOfRange',
  invalidDate: 'invalidDate',
  strayOnly: 'onlyUnreadColumns',
  duplicate: 'duplicateColumn',
};

describe('property: generated sheets with huge amounts, invalid dates, duplicate headers and stray columns', () => {
  it('every non-blank row is read; each is counted or set aside with its true reason; nothing non-finite is written', () => {
    fc.assert(
      fc.property(workbook, ({ sheets, expected }) => {
        const r = read(sheets);
        const { plan, view } = rollUpTeamOperation(r);
        const { reconciliation, setAside, deals } = view.rollup;
        expect(reconciliation.read.deals).toBe(expected.length);
        expect(reconciliation.balanced).toBe(true);
        expect(reconciliation.read.deals).toBe(reconciliation.counted.deals + reconciliation.setAside.deals);
        const aside = new Map(setAside.map((s) => [`${s.sheet}!${s.row}`, s.reasons.map((x) => x.id)]));
        const counted = new Set(deals.map((d) => `${d.sheet}!${d.row}`));
        for (const e of expected) {
          const key = `${e.sheet}!${e.row}`;
          if (e.fault === 'none') expect(counted.has(key)).toBe(true);
          else expect(aside.get(key)).toContain(REASON_OF[e.fault]);
        }
        expect(nonFinite(plan)).toEqual([]);
        expect(nonFinite(takeSnapshotOperation(r, '2026-12-01T09:00:00Z').plan)).toEqual([]);
        expect(exportPipelineCsvOperation(r).csv).not.toMatch(/Infinity|NaN/);
      }),
      { numRuns: 150 },
    );
  });
});

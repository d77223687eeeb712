import fc from 'fast-check';
import { rollUpPipeline } from '../../shared/pipeline/rollup';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';
import { DEFAULT_TEAM_SETTINGS, teamWorkbook } from './team-workbook';

const settings = DEFAULT_TEAM_SETTINGS;

describe('rollUpPipeline, a small team by hand', () => {
  const sheets = [
    {
      name: 'Ann',
      values: [
        ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Proof G10', 'Proof G20'],
        ['A1', 'ERP', 100000, 'G20', '2026-12-15', true, 'x'],
        ['A2', 'CRM', '1,250.50', 'visit & research', 46400, null, null],
        ['A3', 'HR', 'lots', 'G10', 46400],
        ['A1', 'ERP again', 5000, 'G10', 46400],
        [null, null, null, null, null],
        ['', 'No id', 700, 'Maybe', null],
      ],
    },
    {
      name: 'Team B',
      values: [
        ['Pipeline of team B'],
        ['销售代表', '王芳'],
        ['商机编号', '负责人', '金额', '阶段', '预计成交日期', '币种'],
        ['B1', null, 300, '丢单', '2026/11/30', 'usd'],
        ['B2', '李雷', 200, '客户拜访与初步调研', '2026-12-01', 'EUR'],
      ],
    },
    {
      name: 'Notes',
      values: [
        ['Opportunity', 'Amount', 'Stage'],
        ['Side deal', 999, 'G10'],
      ],
    },
  ];
  const result = rollUpPipeline(sheets, { settings: teamSettingsFromNamedValues({ DK_CURRENCY: [['USD']] }) });

  it('counts the good rows, reading stage labels in either language and amounts typed as text', () => {
    expect(result.deals.map((d) => [d.id, d.owner, d.stage, d.amount])).toEqual([
      ['A1', 'Ann', 'G20', 100000],
      ['A2', 'Ann', 'G20', 1250.5],
      ['B1', '王芳', 'LOST', 300],
    ]);
    expect(result.deals[0].proofs).toEqual(['G10', 'G20']);
    expect(result.deals[0].closeDate).toBe(46371);
    expect(result.deals[2].currency).toBe('USD');
  });

  it('sets the others aside with sheet, row and every reason', () => {
    expect(result.setAside.map((r) => [r.sheet, r.row, r.reasons.map((x) => x.id)])).toEqual([
      ['Ann', 4, ['amountNotNumber']],
      ['Ann', 5, ['duplicateId']],
      ['Ann', 7, ['missingId', 'unknownStage', 'missingCloseDate']],
      ['Team B', 5, ['otherCurrency']],
      ['Notes', 2, ['tableMissingColumns']],
    ]);
    expect(result.setAside[1].reasons[0].text.en).toBe('deal ID already used on Ann row 2');
    expect(result.setAside[1].reasons[0].text['zh-CN']).toBe('商机编号已在 Ann 第 2 行使用');
    expect(result.setAside[3].reasons[0].text.en).toBe('amount is in EUR, the team reports in USD');
  });

  it('reconciles: 8 rows and 108,449.50 read = 3 and 101,550.50 counted + 5 and 6,899 set aside', () => {
    expect(result.reconciliation).toEqual({
      read: { deals: 8, amount: 108449.5 },
      counted: { deals: 3, amount: 101550.5 },
      setAside: { deals: 5, amount: 6899 },
      balanced: true,
    });
  });

  it('lists where the rows came from', () => {
    expect(result.sources).toEqual([
      { sheet: 'Ann', headerRow: 1, rep: 'Ann', rows: 5 },
      { sheet: 'Team B', headerRow: 3, rep: '王芳', rows: 2 },
      { sheet: 'Notes', headerRow: 1, rep: '', rows: 1 },
    ]);
  });
});

describe('rollUpPipeline, properties over generated team workbooks', () => {
  it('every invalid row is set aside, every valid one counted, and read = counted + set aside', () => {
    fc.assert(
      fc.property(teamWorkbook, (workbook) => {
        const result = rollUpPipeline(workbook.sheets, { settings });
        const asideKeys = new Set(result.setAside.map((r) => `${r.sheet}!${r.row}`));
        const countedKeys = new Set(result.deals.map((d) => `${d.sheet}!${d.row}`));
        for (const row of workbook.rows) {
          const key = `${row.sheet}!${row.row}`;
          if (row.flaw === 'none') expect(countedKeys.has(key)).toBe(true);
          else {
            expect(asideKeys.has(key)).toBe(true);
            expect(result.setAside.find((r) => `${r.sheet}!${r.row}` === key)?.reasons.map((x) => x.id)).toContain(row.flaw);
          }
        }
        const { read, counted, setAside } = result.reconciliation;
        expect(read.deals).toBe(workbook.rows.length);
        expect(Math.round(read.amount * 100)).toBe(workbook.rows.reduce((s, r) => s + Math.round(r.amount * 100), 0));
        expect(read.deals).toBe(counted.deals + setAside.deals);
        expect(Math.round(read.amount * 100)).toBe(Math.round(counted.amount * 100) + Math.round(setAside.amount * 100));
        expect(counted.deals).toBe(result.deals.length);
      }),
      { numRuns: 150 },
    );
  });
});

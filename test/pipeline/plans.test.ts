import { cellA1, parseA1 } from '../../shared/a1';
import { resolvePlan } from '../../shared/plan-resolve';
import type { SheetPlan, WritePlan } from '../../shared/plan';
import { DASHBOARD_MARKER, HISTORY_MARKER, PIPELINE_CHANGE_MARKER, TEAM_PIPELINE_MARKER } from '../../shared/pipeline/markers';
import { comparePipelineOperation, exportPipelineCsvOperation, rollUpTeamOperation, takeSnapshotOperation, type WorkbookRead } from '../../shared/pipeline/operations';
import { parseCsv } from '../../shared/pipeline/csv-export';
import { money, reconciliationLine } from '../../shared/pipeline/rollup-plan';
import type { SheetValues } from '../../shared/sheet-values';

const TODAY = 46341; // 2026-11-15

function cellsOf(sheet: SheetPlan): Map<string, unknown> {
  // every value the plan writes, by A1 address, to read the sheet the way a user would
  const out = new Map<string, unknown>();
  for (const block of sheet.values ?? []) {
    const at = parseA1(block.at);
    block.rows.forEach((row, r) => row.forEach((v, c) => out.set(cellA1(at.row + r, at.column + c), v)));
  }
  return out;
}

function rowsOf(sheet: SheetPlan): unknown[][] {
  const cells = cellsOf(sheet);
  const grid: unknown[][] = [];
  for (const [a1, v] of cells) {
    const { row, column } = parseA1(a1);
    (grid[row] ??= [])[column] = v;
  }
  return grid;
}

const reps: SheetValues[] = [
  {
    name: 'Ann',
    values: [
      ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step', 'Proof G10'],
      ['A1', '=cmd|calc', 100000, 'C50', '2026-12-15', 'Demo', true],
      ['A2', 'CRM', 'lots', 'G10', '2026-12-15', 'Call', false],
    ],
  },
  {
    name: 'Bo',
    values: [
      ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'],
      ['B1', 'Data', 50000, 'A90', '2026-11-30', ''],
    ],
  },
];
const named = { DK_LANGUAGE: [['zh-CN']], DK_QUOTAS: [['Ann', '2026-Q4', 200000]] };
const read: WorkbookRead = { sheets: reps, named, asOf: TODAY };

function assertResolves(plan: WritePlan): void {
  expect(() => resolvePlan(plan, { sheets: [], namedRanges: [] }, 'excel')).not.toThrow();
  expect(() => resolvePlan(plan, { sheets: [], namedRanges: [] }, 'sheets')).not.toThrow();
}

describe('roll-up plan', () => {
  const { plan, summary } = rollUpTeamOperation(read);
  const [team, dashboard] = plan.sheets;

  it('owns two sheets, marked in A1, named in the workbook language', () => {
    expect(team.target).toEqual({ kind: 'owned', baseName: '团队商机管道', marker: TEAM_PIPELINE_MARKER });
    expect(dashboard.target).toEqual({ kind: 'owned', baseName: '仪表板', marker: DASHBOARD_MARKER });
    expect(cellsOf(team).get('A1')).toBe(TEAM_PIPELINE_MARKER);
    expect(cellsOf(dashboard).get('A1')).toBe(DASHBOARD_MARKER);
    expect(dashboard.activate).toBe(true);
    assertResolves(plan);
  });

  it('writes the reconciliation line on both sheets', () => {
    const line = '读取 3 行（150,000.00）= 计入 2 行（150,000.00）+ 未计入 1 行（0.00）。';
    expect(cellsOf(team).get('A3')).toBe(line);
    expect(cellsOf(dashboard).get('A3')).toBe(line);
    expect(summary).toEqual({ deals: 2, setAside: 1, amount: 150000, tables: 2, locale: 'zh-CN' });
  });

  it('lists every deal with rep and source, user text as plain values', () => {
    const grid = rowsOf(team);
    expect(grid[5].slice(0, 4)).toEqual(['销售代表', '商机编号', '客户', '商机']);
    expect(grid[6].slice(0, 8)).toEqual(['Ann', 'A1', '', '=cmd|calc', 100000, '', 'C50', 46371]);
    // Source sheet and row in T:U, where they always were; the deal-health columns come after them.
    expect(grid[6].slice(19, 21)).toEqual(['Ann', 2]);
    expect(grid[7].slice(0, 2)).toEqual(['Bo', 'B1']);
    expect(team.formulas ?? []).toEqual([]);
  });

  it('lists the set-aside row with its sheet, row and reason, and charts the funnel without LOST', () => {
    const grid = rowsOf(dashboard);
    const title = grid.findIndex((r) => r?.[0] === '未计入的行');
    expect(grid[title + 2]).toEqual(['Ann', 3, 'A2', 0, '金额“lots”不是数字']);
    const funnel = dashboard.charts?.find((c) => c.kind === 'funnel');
    const header = grid.findIndex((r) => r?.[0] === '阶段' && r?.[1] === '金额');
    expect(funnel?.source).toBe(`A${header + 1}:B${header + 1 + 8}`);
    expect(grid[header + 1 + 8]?.[4]).toBe('LOST');
  });

  it('writes per-rep figures and a team row that adds them up', () => {
    const grid = rowsOf(dashboard);
    const header = grid.findIndex((r) => r?.[0] === '销售代表' && r?.[1] === '进行中商机数');
    expect(grid[header + 1].slice(0, 9)).toEqual(['Ann', 1, 100000, 50000, 0, 100000, 0, 200000, 0.5]);
    expect(grid[header + 2].slice(0, 8)).toEqual(['Bo', 1, 50000, 45000, 50000, 0, 0, null]);
    expect(grid[header + 3].slice(0, 8)).toEqual(['团队', 2, 150000, 95000, 50000, 100000, 0, 200000]);
  });

  it('reads an English workbook in English', () => {
    const en = rollUpTeamOperation({ ...read, named: {} }).plan;
    expect(en.sheets.map((s) => s.target)).toEqual([
      { kind: 'owned', baseName: 'Team pipeline', marker: TEAM_PIPELINE_MARKER },
      { kind: 'owned', baseName: 'Dashboard', marker: DASHBOARD_MARKER },
    ]);
    expect(reconciliationLine({ read: { deals: 1, amount: 2 }, counted: { deals: 1, amount: 2 }, setAside: { deals: 0, amount: 0 }, balanced: true }, 'en')).toBe(
      'Read 1 row (2.00) = counted 1 (2.00) + set aside 0 (0.00).',
    );
  });

  it('never reads its own outputs back as a rep’s pipeline', () => {
    const again: SheetValues[] = [...reps, { name: '团队商机管道', values: rowsOf(rollUpTeamOperation(read).plan.sheets[0]) }];
    expect(rollUpTeamOperation({ ...read, sheets: again }).summary.deals).toBe(2);
  });
});

describe('money in the reconciliation line', () => {
  it('groups thousands and keeps cents', () => {
    expect(money(0)).toBe('0.00');
    expect(money(999.999)).toBe('1,000.00');
    expect(money(1234567.5)).toBe('1,234,567.50');
    expect(money(-0.001)).toBe('0.00');
    expect(money(-2500)).toBe('-2,500.00');
  });
});

describe('snapshot and pipeline change through the operations', () => {
  it('appends snapshots and compares two dates', () => {
    const first = takeSnapshotOperation(read, '2026-11-15T08:00:00Z').plan.sheets[0];
    expect(first.target).toEqual({ kind: 'new', baseName: '商机历史' });
    const history: (readonly unknown[])[] = [[HISTORY_MARKER], ['note'], ['headers'], ...(first.values?.[3].rows ?? [])];
    // a week later B1 is won and A1 slipped to January
    const later: SheetValues[] = [
      { ...reps[0], values: [reps[0].values[0], ['A1', 'ERP', 100000, 'C50', '2027-01-15', 'Demo', true]] },
      { ...reps[1], values: [reps[1].values[0], ['B1', 'Data', 50000, 'S100', '2026-11-30', '']] },
      { name: 'History', values: history },
    ];
    const second = takeSnapshotOperation({ sheets: later, named, asOf: TODAY + 7 }, '2026-11-22T08:00:00Z').plan.sheets[0];
    expect(second.target).toEqual({ kind: 'existing', name: 'History' });
    history.push(...(second.appends?.[0].rows ?? []));

    const { plan, diff } = comparePipelineOperation({ sheets: later, named, asOf: TODAY + 7 }, '2026-11-22', '2026-11-15');
    expect(diff.earlierTotal).toBe(150000);
    expect(diff.laterTotal).toBe(100000);
    expect(diff.deals.map((d) => [d.id, d.category])).toEqual([
      ['A1', 'slipped'],
      ['B1', 'won'],
    ]);
    const sheet = plan.sheets[0];
    expect(sheet.target).toEqual({ kind: 'owned', baseName: '商机变化', marker: PIPELINE_CHANGE_MARKER });
    const grid = rowsOf(sheet);
    const header = grid.findIndex((r) => r?.[0] === '类别');
    expect(grid.slice(header + 1, header + 5).map((r) => r.slice(0, 2))).toEqual([
      ['期初合计', 150000],
      ['推迟', 0],
      ['赢单', -50000],
      ['期末合计', 100000],
    ]);
    expect(sheet.charts?.[0]).toMatchObject({ kind: 'waterfall', source: `A${header + 1}:B${header + 4}` });
    assertResolves(plan);
  });

  it('names the date argument that has no snapshot', () => {
    expect(() => comparePipelineOperation(read, '2026-11-01', '2026-11-15')).toThrow(/dateA: there is no snapshot of 2026-11-01/);
    expect(() => comparePipelineOperation(read, 'last week', '2026-11-15')).toThrow(/dateA: "last week" is not a date/);
  });
});

describe('CSV export through the operation', () => {
  it('exports the counted deals with stage names and an inert formula-looking name', () => {
    const { csv } = exportPipelineCsvOperation(read, 'hubspot');
    const rows = parseCsv(csv);
    expect(rows).toHaveLength(3);
    expect(rows[1]).toEqual(["'=cmd|calc", '需求分析与正式方案设计', '100000', '2026-12-15', '0.5', 'Ann', 'Best case']);
  });
  it('names a wrong format', () => {
    expect(() => exportPipelineCsvOperation(read, 'excel')).toThrow(/format "excel"/);
  });
});

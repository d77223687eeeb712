import ExcelJS from 'exceljs';
import fc from 'fast-check';
import type { HyperFormula, RawCellContent } from 'hyperformula';
import type { PlanValue, SheetPlan, WritePlan } from '../../shared/plan';
import type { SheetValues } from '../../shared/sheet-values';
import { namedValuesFromReferences } from '../../shared/pipeline/named-values';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { reconciliationLine } from '../../shared/pipeline/rollup-plan';
import type { RepFigures } from '../../shared/pipeline/dashboard';
import { planToXlsxBuffer } from '../../tools/xlsx-writer';
import { AS_OF, teamWorkbook } from './team-workbook';
import { hyperFormulaFromXlsx } from '../helpers/xlsx-to-hyperformula';

/**
 * A generated 20-rep team workbook rolled up by the pure core, the roll-up's sheets written
 * with the reps' sheets to an .xlsx file, the file read back (ExcelJS) into HyperFormula with the
 * DealKit functions registered and recalculated there — the file carries formulas, no cached results —
 * and every figure the manager reads on the Dashboard compared with the pure code's.
 */

async function engineFromXlsx(buffer: Buffer): Promise<HyperFormula> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  return hyperFormulaFromXlsx(wb).hf;
}

function teamOf20(): SheetValues[] {
  const workbook = fc.sample(
    teamWorkbook.filter((w) => w.sheets.length >= 3),
    { numRuns: 1, seed: 42 },
  )[0];
  // 20 reps: the generated sheets copied under new names, with their own deal ids
  const reps = Array.from({ length: 20 }, (_, r) => {
    const base = workbook.sheets[r % workbook.sheets.length] as SheetValues;
    return {
      name: `Rep ${r + 1}`,
      values: base.values
        .map((row, i) => (i > 3 && typeof row[0] === 'string' && row[0] !== '' ? [`${row[0]}-${r}`, ...row.slice(1)] : row))
        .map((row, i) => (i === 1 ? ['Rep:', `Rep ${r + 1}`] : row)),
    };
  });
  // a Settings sheet with a quota per rep, so quota and coverage are on the dashboard too
  const settings = { name: 'Settings', values: [['Quotas'], ...reps.map((r, i) => [r.name, '2026-Q4', 1_000_000 + 50_000 * i])] };
  return [...reps, settings];
}

/** The reps' sheets as plan sheets, each one rectangular value block from A1. */
function sourcePlan(sheets: readonly SheetValues[]): SheetPlan[] {
  return sheets.map((s, i) => {
    const width = Math.max(1, ...s.values.map((row) => row.length));
    const rows = s.values.map((row) => Array.from({ length: width }, (_, c) => (row[c] === undefined ? null : (row[c] as PlanValue))));
    return { key: `source${i}`, target: { kind: 'new', baseName: s.name }, values: [{ at: 'A1', rows }] };
  });
}

describe('a 20-rep team workbook as .xlsx, rolled up and recalculated in HyperFormula', () => {
  const sheets = teamOf20();
  const named = namedValuesFromReferences({ DK_QUOTAS: `Settings!$A$2:$C$21` }, sheets);
  const { plan, view } = rollUpTeamOperation({ sheets, named, asOf: AS_OF });
  const d = view.dashboard;
  let hf: HyperFormula;
  let board: number;
  let grid: RawCellContent[][];

  beforeAll(async () => {
    const file: WritePlan = { sheets: [...sourcePlan(sheets), ...plan.sheets] };
    hf = await engineFromXlsx(await planToXlsxBuffer(file));
    board = hf.getSheetId('Dashboard') as number;
    grid = hf.getSheetValues(board) as RawCellContent[][];
  });
  afterAll(() => hf.destroy());

  const headerRow = (first: string, second: string): number => {
    const i = grid.findIndex((row) => row[0] === first && row[1] === second);
    expect(i).toBeGreaterThan(0);
    return i;
  };
  /** A figure read off the sheet against the pure one: blank cells are null, amounts to the cent's millionth. */
  const same = (actual: unknown, expected: string | number | null, where: string): void => {
    if (typeof expected === 'number') {
      if (typeof actual !== 'number') throw new Error(`${where}: ${String(actual)} is not ${expected}`);
      expect([where, actual]).toEqual([where, expect.closeTo(expected, 6)]);
    } else expect([where, actual ?? null]).toEqual([where, expected]);
  };
  const repCells = (r: RepFigures, label: string): (string | number | null)[] => [
    label,
    r.openDeals,
    r.openAmount,
    r.weighted,
    r.commit,
    r.bestCase,
    r.periodWon,
    r.quota,
    r.coverage,
    r.winRate,
    r.averageCycleDays,
    r.velocity,
    ...r.range.percentiles.map((p) => p.amount),
    r.range.chanceOfReachingQuota ?? null,
  ];

  it('is a real team: 20 reps with quotas, deals counted and rows set aside', () => {
    expect(d.reps).toHaveLength(20);
    expect(d.team.quota).toBeGreaterThan(0);
    expect(view.rollup.setAside.length).toBeGreaterThan(0);
    expect(d.funnel.some((f) => f.deals > 0)).toBe(true);
    expect(d.byMonth.length).toBeGreaterThan(1);
  });

  it('the reconciliation line on the Dashboard and the Team pipeline reads as the pure reconciliation', () => {
    const line = reconciliationLine(view.rollup.reconciliation, 'en');
    expect(grid[2]?.[0]).toBe(line);
    expect(hf.getCellValue({ sheet: hf.getSheetId('Team pipeline') as number, row: 2, col: 0 })).toBe(line);
  });

  it('every per-rep row and the team row, the team row recalculated from the rep rows', () => {
    const header = headerRow('Rep', 'Open deals');
    d.reps.forEach((r, i) => repCells(r, r.rep).forEach((v, c) => same(grid[header + 1 + i]?.[c], v, `rep ${r.rep} col ${c}`)));
    const teamRow = header + 1 + d.reps.length;
    repCells(d.team, 'Team').forEach((v, c) => same(grid[teamRow]?.[c], v, `team col ${c}`));
    for (let c = 1; c <= 7; c++) expect(hf.getCellFormula({ sheet: board, row: teamRow, col: c })).toMatch(/^=SUM\([A-Z]+\d+:[A-Z]+\d+\)$/);
  });

  it('the rep view and manager view table', () => {
    const header = headerRow('Rep', 'Period');
    [...d.forecastViews.map((v) => [v, v.rep] as const), [d.teamView, 'Team'] as const].forEach(([v, label], i) => {
      const expected = [
        label,
        v.period,
        v.repView.won,
        v.repView.commit,
        v.managerCommit,
        v.commitDifference,
        v.repView.bestCase,
        v.managerBestCase,
        v.bestCaseDifference,
        v.repView.weighted,
      ];
      expected.forEach((x, c) => same(grid[header + 1 + i]?.[c], x, `view ${label} col ${c}`));
    });
  });

  it('the funnel, recalculated from the Team pipeline rows by stage code', () => {
    const header = headerRow('Stage', 'Amount');
    d.funnel.forEach((f, i) => {
      const row = grid[header + 1 + i] ?? [];
      same(row[4], f.stage, `funnel code ${i}`);
      same(row[1], f.amount, `funnel ${f.stage} amount`);
      same(row[2], f.weighted, `funnel ${f.stage} weighted`);
      same(row[3], f.deals, `funnel ${f.stage} deals`);
      expect(hf.getCellFormula({ sheet: board, row: header + 1 + i, col: 1 })).toMatch(/^=SUMIFS\('Team pipeline'!/);
    });
  });

  it('the weighted forecast by month and by quarter', () => {
    for (const [label, rows] of [
      ['Month', d.byMonth],
      ['Quarter', d.byQuarter],
    ] as const) {
      const header = headerRow(label, 'Pipeline');
      rows.forEach((r, i) => [r.key, r.pipeline, r.bestCase, r.commit, r.won, r.total].forEach((v, c) => same(grid[header + 1 + i]?.[c], v, `${label} ${r.key} col ${c}`)));
    }
  });

  it('the engine found nothing to complain about on the Dashboard', () => {
    const errors = grid.flatMap((row, r) => row.flatMap((v, c) => (typeof v === 'object' && v !== null ? [`R${r + 1}C${c + 1}: ${JSON.stringify(v)}`] : [])));
    expect(errors).toEqual([]);
  });
});

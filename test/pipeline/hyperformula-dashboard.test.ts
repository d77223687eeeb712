import { HyperFormula, type RawCellContent } from 'hyperformula';
import fc from 'fast-check';
import { applyPlanToHyperFormula } from '../../playground/apply-plan-hyperformula';
import { rollUpTeamOperation } from '../../shared/pipeline/operations';
import { AS_OF, teamWorkbook } from './team-workbook';

/**
 * A generated team workbook rolled up by the pure core, the plan applied to HyperFormula, and the
 * dashboard's live figures (team sums of the rep rows; funnel read off the Team pipeline rows)
 * recalculated by the engine: they must equal what the pure code computed.
 */

function find(hf: HyperFormula, sheet: number, test: (row: unknown[]) => boolean): number {
  const values = hf.getSheetValues(sheet);
  return values.findIndex((row) => test(row as unknown[]));
}

it('a 20-rep team: the engine recomputes the team row and the funnel to the pure figures', () => {
  const workbook = fc.sample(teamWorkbook.filter((w) => w.sheets.length >= 3), { numRuns: 1, seed: 42 })[0];
  // grow it to 20 reps by copying sheets under new names and ids
  const sheets = Array.from({ length: 20 }, (_, r) => {
    const base = workbook.sheets[r % workbook.sheets.length];
    return {
      name: `Rep ${r + 1}`,
      values: base.values.map((row, i) => (i > 3 && typeof row[0] === 'string' && row[0] !== '' ? [`${row[0]}-${r}`, ...row.slice(1)] : row)),
    };
  });
  const { plan, view } = rollUpTeamOperation({ sheets, named: {}, asOf: AS_OF });
  const hf = HyperFormula.buildFromSheets(
    Object.fromEntries(sheets.map((s) => [s.name, s.values.map((row) => row.map((v) => (v === undefined ? null : v)) as RawCellContent[])])),
    { licenseKey: 'gpl-v3' },
  );
  const applied = applyPlanToHyperFormula(hf, plan);
  const board = hf.getSheetId(applied.sheetNames.dashboard) as number;

  const header = find(hf, board, (row) => row[0] === 'Rep' && row[1] === 'Open deals');
  const teamRow = hf.getSheetValues(board)[header + 1 + view.dashboard.reps.length] as unknown[];
  expect(teamRow[0]).toBe('Team');
  const t = view.dashboard.team;
  const expected = [t.openDeals, t.openAmount, t.weighted, t.commit, t.bestCase, t.periodWon];
  expected.forEach((value, i) => expect(teamRow[i + 1] as number).toBeCloseTo(value, 4));
  expect(hf.getCellFormula({ sheet: board, row: header + 1 + view.dashboard.reps.length, col: 2 })).toMatch(/^=SUM\(C\d+:C\d+\)$/);

  const funnelHeader = find(hf, board, (row) => row[0] === 'Stage' && row[1] === 'Amount');
  view.dashboard.funnel.forEach((stage, i) => {
    const row = hf.getSheetValues(board)[funnelHeader + 1 + i] as unknown[];
    expect(row[4]).toBe(stage.stage);
    expect(row[1] as number).toBeCloseTo(stage.amount, 4);
    expect(row[2] as number).toBeCloseTo(stage.weighted, 4);
    expect(row[3]).toBe(stage.deals);
  });
  expect(hf.getCellFormula({ sheet: board, row: funnelHeader + 1, col: 1 })).toContain("'Team pipeline'!$E$7:$E$");
});

/**
 * Stage-to-win conversion, the Team operation added as data: a history written into a workbook
 * (through the core's own snapshot plan), read back by the operation through the playground's host and
 * its Backend, counted by hand.
 */
import { serialFromParts } from '../../shared/pipeline/dates';
import { snapshotPlan, type HistoryDeal } from '../../shared/pipeline/snapshot';
import { HISTORY_MARKER } from '../../shared/pipeline/markers';
import { operationsOver } from '../../shared/workbook/run-operation';
import { createPlaygroundBackend } from '../../playground/playground-backend';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';

function deal(id: string, stage: string): HistoryDeal {
  return {
    id,
    owner: 'Ann',
    account: `Account ${id}`,
    opportunity: `Deal ${id}`,
    amount: 100000,
    currency: 'USD',
    stage,
    closeDate: serialFromParts(2027, 3, 31),
    probability: 0.5,
    weighted: 50000,
    forecastCategory: 'pipeline',
    evidencedStage: stage,
    sheet: 'Pipeline',
    row: 5,
  };
}

/** Three weekly snapshots: A goes G10 → C50 → won; B G10 → lost; C C50 → C50 → A90 (open); D A90 → won. */
const WEEKS: readonly (readonly HistoryDeal[])[] = [
  [deal('A', 'G10'), deal('B', 'G10'), deal('C', 'C50')],
  [deal('A', 'C50'), deal('B', 'LOST'), deal('C', 'C50'), deal('D', 'A90')],
  [deal('A', 'S100'), deal('C', 'A90'), deal('D', 'S100')],
];

function workbookWithHistory(): PlaygroundWorkbook {
  const workbook = new PlaygroundWorkbook();
  WEEKS.forEach((deals, week) => {
    const history = workbook.sheetNames().find((name) => workbook.cellValue(name, 0, 0) === HISTORY_MARKER);
    const date = serialFromParts(2026, 11, 2 + 7 * week);
    workbook.applyPlan(snapshotPlan(deals, { locale: 'en', date, takenAt: '2026-11-02T09:00:00.000Z', ...(history ? { historySheet: history } : {}) }));
  });
  return workbook;
}

describe('stage-to-win conversion from the snapshot history', () => {
  it('counts, per stage, the deals that reached it (passing a stage between snapshots reaches it) and how they ended', () => {
    const result = operationsOver(workbookWithHistory().host()).readStageConversion('en');
    if (!result.ok) throw new Error(result.message);
    const byCode = Object.fromEntries(result.value.lines.map((line) => [line.code, line]));
    expect(result.value.snapshots).toBe(3);
    // G10: A and D won (D was first seen at A90, past G10), B lost, C still open (not a loss).
    expect(byCode.G10).toMatchObject({ label: 'Plan & invite', probability: 0.1, reached: 4, won: 2, lost: 1, calibrated: 0.67, fewDeals: true });
    expect(byCode.G10?.conversion).toBeCloseTo(2 / 3);
    // No snapshot caught a deal at G20, but A (G10 → C50), C and D passed it; B was lost from G10.
    expect(byCode.G20).toMatchObject({ reached: 3, won: 2, lost: 0, conversion: 1, calibrated: 0.99 });
    expect(byCode.A90).toMatchObject({ reached: 3, won: 2, lost: 0, conversion: 1 });
    // The won stage is an outcome, not a line.
    expect(byCode.S100).toBeUndefined();
  });

  it('is offered by the playground Backend with no host code of its own, labelled in the UI language', async () => {
    const result = await createPlaygroundBackend(workbookWithHistory()).readStageConversion('zh-CN');
    if (!result.ok) throw new Error(result.message);
    expect(result.value.lines.find((line) => line.code === 'G10')?.label).toBe('客户规划与电话邀约');
  });

  it('answers with empty lines, not an error, in a workbook without a history', () => {
    const result = operationsOver(new PlaygroundWorkbook().host()).readStageConversion('en');
    expect(result.ok && result.value.snapshots === 0 && result.value.lines.every((line) => line.reached === 0 && line.conversion === null && line.calibrated === null)).toBe(true);
  });
});

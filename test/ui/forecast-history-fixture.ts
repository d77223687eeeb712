import { serialFromParts } from '../../shared/pipeline/dates';
import { HISTORY_MARKER } from '../../shared/pipeline/markers';
import { historyRecords, type HistoryDeal } from '../../shared/pipeline/snapshot';

/**
 * A pipeline history sheet worked by hand for 2026-Q4 (last day 2026-12-31; forecasts read at 8, 4
 * and 1 weeks before: 2026-11-05, 2026-12-03, 2026-12-24):
 *   2026-11-20  Ann A1 100,000 Commit (90 %), Bo B1 80,000 Best case (50 %), both closing in December
 *   2026-12-20  A1 won; B1 moved up to Commit (90 %)
 *   2027-01-05  A1 won; B1 lost
 * So: no snapshot by 2026-11-05 (8 weeks: blank); 4 weeks reads 2026-11-20, 1 week reads 2026-12-20;
 * the actual is 100,000 (Ann) and 0 (Bo).
 *   Ann  commit 100,000 at 4 and 1 weeks: error 0; weighted 90,000 at 4 weeks: −10 %.
 *   Bo   commit 0 at 4 weeks against 0: error 0; 80,000 at 1 week against 0: no percentage (blank).
 *   Team commit 100,000 (0 %) at 4 weeks, 180,000 (+80 %) at 1 week.
 */

export const day = (iso: string): number => {
  const [y, m, d] = iso.split('-').map(Number);
  return serialFromParts(y as number, m as number, d as number);
};

function deal(id: string, owner: string, amount: number, category: string, probability: number, close: string): HistoryDeal {
  return {
    id,
    owner,
    account: `${id} account`,
    opportunity: id,
    amount,
    currency: 'USD',
    stage: category === 'won' ? 'S100' : category === 'lost' ? 'LOST' : probability >= 0.9 ? 'A90' : 'C50',
    closeDate: day(close),
    probability,
    weighted: category === 'won' ? amount : amount * probability,
    forecastCategory: category,
    evidencedStage: '',
    sheet: owner,
    row: 3,
  };
}

const SNAPSHOTS: readonly [string, HistoryDeal[]][] = [
  ['2026-11-20', [deal('A1', 'Ann', 100000, 'commit', 0.9, '2026-12-15'), deal('B1', 'Bo', 80000, 'bestCase', 0.5, '2026-12-10')]],
  ['2026-12-20', [deal('A1', 'Ann', 100000, 'won', 1, '2026-12-15'), deal('B1', 'Bo', 80000, 'commit', 0.9, '2026-12-10')]],
  ['2027-01-05', [deal('A1', 'Ann', 100000, 'won', 1, '2026-12-15'), deal('B1', 'Bo', 80000, 'lost', 0, '2026-12-10')]],
];

/** The history sheet's values from A1: marker, note, headers, then the records. */
export function historySheetRows(): unknown[][] {
  const records = SNAPSHOTS.flatMap(([date, deals]) => historyRecords(deals, day(date), `${date}T09:00:00.000Z`));
  return [[HISTORY_MARKER], ['Written by DealKit'], ['Date'], ...records];
}

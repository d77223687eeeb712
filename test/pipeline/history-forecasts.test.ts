/**
 * The forecast rows a snapshot keeps: one rep row per rep of the dashboard's period (and per adjusted
 * rep and period), one manager row per adjustment. A team of 20 reps, each with the same four deals
 * scaled by the rep's number, so a rep given another rep's deals shows at once.
 */
import { historyForecasts, readTeam, type TeamView, type WorkbookRead } from '../../shared/pipeline/operations';

// 2026-11-15: the dashboard's period is 2026-Q4
const AS_OF = 46341;
const HEADER = ['Deal ID', 'Amount', 'Stage', 'Close date', 'Next step'];
const REPS = Array.from({ length: 20 }, (_, i) => `Rep ${i + 1}`);

function repSheet(rep: string, scale: number) {
  return {
    name: rep,
    values: [
      HEADER,
      [`${rep}-1`, 100000 * scale, 'A90', '2026-12-15', 'Sign'], // Commit, 90 %
      [`${rep}-2`, 60000 * scale, 'C50', '2026-12-20', 'Demo'], // Best case, 50 %
      [`${rep}-3`, 30000 * scale, 'S100', '2026-10-20', ''], // won in the quarter
      [`${rep}-4`, 70000 * scale, 'A90', '2027-02-01', 'Call'], // next quarter
    ],
  };
}

const read: WorkbookRead = {
  sheets: REPS.map((rep, i) => repSheet(rep, i + 1)),
  named: {
    DK_FORECAST_ADJUSTMENTS: [
      ['rep 3', '2026-Q4', 200000, null, 'call it higher'],
      ['Rep 7', '2027-Q1', 0, null, 'too early'],
    ],
  },
  asOf: AS_OF,
};

describe('historyForecasts on a 20-rep team', () => {
  const view = readTeam(read);

  it('gives each rep the forecast of their own deals, and the manager row beside an adjustment', () => {
    const rows = historyForecasts(view);
    const q4 = rows.filter((r) => r.view === 'rep' && r.period === '2026-Q4');
    // Commit: the A90 deal plus the won one (100,000 + 30,000); best case adds the C50 deal (+ 60,000);
    // weighted: 90 % of 100,000 + 50 % of 60,000 + the won 30,000 = 150,000 — each times the rep's number.
    expect(q4.map((r) => [r.rep, r.commit, r.bestCase, r.weighted])).toEqual(REPS.map((rep, i) => [rep, 130000 * (i + 1), 190000 * (i + 1), 150000 * (i + 1)]));
    // Rep 7's next quarter: only the 70,000 A90 deal, weighted at 90 %.
    expect(rows.filter((r) => r.period === '2027-Q1').map((r) => [r.rep, r.view, r.commit, r.bestCase, r.weighted ?? null])).toEqual([
      ['Rep 7', 'rep', 490000, 490000, 441000],
      ['Rep 7', 'manager', 0, 490000, null],
    ]);
    // The manager's commit for rep 3, best case kept from the rep's own row.
    expect(rows.filter((r) => r.view === 'manager' && r.period === '2026-Q4').map((r) => [r.rep, r.commit, r.bestCase])).toEqual([['rep 3', 200000, 570000]]);
  });

  it('reads the team’s deals once, not once per rep', () => {
    const deals = view.dashboard.deals;
    let reads = 0;
    const counted = new Proxy(deals, {
      get(target, property, receiver) {
        if (typeof property === 'string' && /^\d+$/.test(property)) reads += 1;
        return Reflect.get(target, property, receiver) as unknown;
      },
    });
    const watched: TeamView = { ...view, dashboard: { ...view.dashboard, deals: counted } };
    expect(historyForecasts(watched)).toEqual(historyForecasts(view));
    expect(deals.length).toBe(80);
    // One pass to group by rep; a filter per rep would read 21 × 80 deals here.
    expect(reads).toBeLessThanOrEqual(deals.length);
  });
});

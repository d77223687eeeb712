/**
 * Made-up deals in any number, so the playground can be tried (and its grid measured) at the size of
 * a real team's pipeline: `?deals=1000` in the playground's address. The same deals on every load.
 */
import { LADDERS } from '../shared/methods/ladders';
import { SAMPLE_DEALS, type SampleDeal } from './sample-workbook';

const ACCOUNTS = ['Northwind', 'Fabrikam', 'Tailspin', 'Adatum', 'Contoso', 'Woodgrove', 'Proseware', 'Litware', 'Fourth Coffee', 'Wingtip'];
const PROJECTS = ['scanning', 'portal', 'rostering', 'analytics', 'data platform', 'kiosks', 'field service', 'billing'];
const OWNERS = ['Li Na', 'Wang Wei', 'Zhang Min', 'Chen Jie'];
const COMPETITORS = ['Contoso', 'Litware', ''];
/** The deals are only ever on the milestones ladder, the sample's. */
const STAGES = LADDERS.MILESTONES.stages.map((stage) => stage.code);

/** A small deterministic generator (mulberry32): the same pipeline on every load. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The sample's own deals first, then made-up ones up to `count`. */
export function manyDeals(count: number): SampleDeal[] {
  const random = seeded(1000);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const deals = SAMPLE_DEALS.slice(0, count);
  for (let i = deals.length; i < count; i += 1) {
    const account = pick(ACCOUNTS);
    const stageIndex = Math.floor(random() * (STAGES.length - 1));
    deals.push({
      id: `D-${1000 + i}`,
      account: `${account} ${i}`,
      opportunity: `${account} ${pick(PROJECTS)}`,
      owner: pick(OWNERS),
      amount: 5000 * (1 + Math.floor(random() * 60)),
      stage: STAGES[stageIndex],
      close: [2026 + Math.floor(random() * 2), 1 + Math.floor(random() * 12), 1 + Math.floor(random() * 28)],
      entered: [2026, 1 + Math.floor(random() * 11), 1 + Math.floor(random() * 28)],
      nextStep: 'Follow up',
      competitor: pick(COMPETITORS),
      proven: stageIndex + 1,
    });
  }
  return deals;
}

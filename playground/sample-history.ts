/**
 * The sample's pipeline history: twelve Monday snapshots, 2026-08-03 to 2026-10-19, across the end of
 * 2026-Q3, so the Team panel's Pipeline change and Forecast accuracy have something to show on first
 * open. The weeks are a fixed story (no randomness, so every page load and every test sees the same
 * history): deals arrive, advance, slip, are won and lost, and the sheet's current deals are where
 * these weeks lead. Each week the story's deals are laid out as the pipeline sheets' rows and handed
 * to the Take snapshot operation itself, so the history sheet is exactly what snapshots write.
 *
 * What the story gives 2026-Q3 (won and Commit deals closing in the quarter, per the milestone ladder:
 * A90 is Commit): 8 weeks out (the 2026-08-03 snapshot) the team's commit is 55,000; 4 weeks out
 * (2026-08-31) 175,000; 1 week out (2026-09-21) 345,000, with Wingtip Toys committed at 130,000 and
 * then lost. What closed, read from 2026-10-05: 280,000 won. Between the last two snapshots one deal
 * is new, one advanced, one slipped, one pulled in, one grew, one was won and one lost.
 */
import { PIPELINE_SETTING_NAME_LIST } from '../shared/pipeline/forecast-settings';
import { takeSnapshotOperation } from '../shared/pipeline/operations';
import { isoFromSerial, serialFromParts } from '../shared/pipeline/dates';
import type { PipelineColumnId } from '../shared/pipeline/columns';
import { columnIndex } from '../shared/a1';
import type { SheetValues } from '../shared/sheet-values';
import type { PipelineFunnelLayout } from '../shared/templates';
import { namedValues } from '../shared/workbook/reading';
import type { PlaygroundWorkbook } from './playground-workbook';

type Day = readonly [number, number, number];

const FIRST_MONDAY: Day = [2026, 8, 3];
export const SAMPLE_HISTORY_WEEKS = 12;

/** The snapshot dates, ISO, oldest first. */
export function sampleSnapshotDates(): string[] {
  const first = serialFromParts(...FIRST_MONDAY);
  return Array.from({ length: SAMPLE_HISTORY_WEEKS }, (_, week) => isoFromSerial(first + 7 * week));
}

interface DealState {
  readonly stage: string;
  readonly amount: number;
  readonly close: Day;
  /** When the stage was entered; by default two days before the week's snapshot that first shows it. */
  readonly entered?: Day;
}

interface StoryDeal {
  readonly id: string;
  readonly account: string;
  readonly opportunity: string;
  readonly owner: string;
  /** Week (0–11) → what changed that week; the first entry is when the deal appears. */
  readonly weeks: Readonly<Record<number, Partial<DealState>>>;
}

const LI_NA = 'Li Na';
const WANG_WEI = 'Wang Wei';
const ZHANG_MIN = 'Zhang Min';
const CHEN_JIE = 'Chen Jie';

const STORY: readonly StoryDeal[] = [
  // The deals on the sample's sheets today, as they were in August to October.
  {
    id: 'D-101',
    account: 'Northwind Logistics',
    opportunity: 'Warehouse scanning',
    owner: LI_NA,
    weeks: { 0: { stage: 'G20', amount: 150000, close: [2026, 11, 30] }, 2: { stage: 'E25' }, 5: { stage: 'D30' }, 8: { amount: 180000 }, 9: { close: [2026, 12, 18] } },
  },
  {
    id: 'D-102',
    account: 'Fabrikam Health',
    opportunity: 'Patient portal',
    owner: WANG_WEI,
    weeks: { 6: { stage: 'G10', amount: 95000, close: [2026, 12, 31] }, 9: { close: [2027, 1, 30] }, 11: { stage: 'G20' } },
  },
  {
    id: 'D-103',
    account: 'Tailspin Air',
    opportunity: 'Crew rostering',
    owner: LI_NA,
    weeks: {
      0: { stage: 'D30', amount: 200000, close: [2026, 11, 27] },
      3: { stage: 'C50' },
      7: { stage: 'B75', entered: [2026, 9, 15] },
      10: { close: [2026, 12, 5] },
      11: { amount: 240000 },
    },
  },
  {
    id: 'D-104',
    account: 'Adatum Retail',
    opportunity: 'Store analytics',
    owner: ZHANG_MIN,
    weeks: { 11: { stage: 'G10', amount: 60000, close: [2027, 3, 31] } },
  },
  {
    id: 'D-201',
    account: 'Contoso Pharma',
    opportunity: 'Lab data platform',
    owner: CHEN_JIE,
    weeks: { 0: { stage: 'G20', amount: 150000, close: [2026, 11, 30] }, 2: { stage: 'E25' }, 4: { stage: 'D30' }, 8: { stage: 'C50' }, 11: { close: [2026, 12, 12] } },
  },
  {
    id: 'D-202',
    account: 'Woodgrove Bank',
    opportunity: 'Branch kiosks',
    owner: CHEN_JIE,
    weeks: { 4: { stage: 'G10', amount: 80000, close: [2027, 1, 29] }, 7: { stage: 'G20' }, 10: { stage: 'E25' } },
  },
  {
    id: 'D-203',
    account: 'Proseware',
    opportunity: 'Field service app',
    owner: CHEN_JIE,
    weeks: { 1: { stage: 'G20', amount: 45000, close: [2026, 12, 18] }, 3: { stage: 'E25' }, 5: { stage: 'D30' }, 7: { stage: 'C50' }, 9: { stage: 'B75' }, 11: { close: [2026, 12, 4] } },
  },
  // Deals closed in those weeks; reps cleared them from their sheets afterwards.
  {
    id: 'D-091',
    account: 'Litware Foods',
    opportunity: 'Cold-chain tracking',
    owner: LI_NA,
    weeks: { 0: { stage: 'B75', amount: 120000, close: [2026, 9, 18] }, 3: { stage: 'A90' }, 6: { stage: 'S100', close: [2026, 9, 11] } },
  },
  {
    id: 'D-092',
    account: "Margie's Travel",
    opportunity: 'Booking engine',
    owner: WANG_WEI,
    weeks: { 0: { stage: 'C50', amount: 70000, close: [2026, 9, 25] }, 4: { stage: 'B75' }, 7: { close: [2026, 10, 23] }, 9: { stage: 'A90' }, 10: { stage: 'S100', close: [2026, 10, 9] } },
  },
  {
    id: 'D-093',
    account: 'Coho Winery',
    opportunity: 'ERP upgrade',
    owner: ZHANG_MIN,
    weeks: { 0: { stage: 'A90', amount: 55000, close: [2026, 8, 28] }, 4: { stage: 'S100', close: [2026, 8, 27] } },
  },
  {
    id: 'D-094',
    account: 'Wingtip Toys',
    opportunity: 'E-commerce replatform',
    owner: CHEN_JIE,
    weeks: { 0: { stage: 'B75', amount: 130000, close: [2026, 9, 30] }, 6: { stage: 'A90' }, 8: { stage: 'LOST' } },
  },
  {
    id: 'D-095',
    account: 'Alpine Ski House',
    opportunity: 'Booking kiosks',
    owner: CHEN_JIE,
    weeks: { 0: { stage: 'C50', amount: 40000, close: [2026, 9, 15] }, 3: { stage: 'B75' }, 6: { stage: 'A90' }, 8: { stage: 'S100', close: [2026, 9, 25] } },
  },
  {
    id: 'D-096',
    account: 'Blue Yonder Airlines',
    opportunity: 'Crew app',
    owner: LI_NA,
    weeks: { 0: { stage: 'D30', amount: 90000, close: [2026, 9, 30] }, 5: { close: [2026, 12, 15] }, 8: { stage: 'C50' }, 11: { stage: 'LOST' } },
  },
  {
    id: 'D-097',
    account: 'Fourth Coffee',
    opportunity: 'Loyalty app',
    owner: ZHANG_MIN,
    weeks: { 2: { stage: 'E25', amount: 35000, close: [2026, 10, 30] }, 5: { stage: 'C50' }, 8: { stage: 'B75' }, 10: { stage: 'A90' }, 11: { stage: 'S100', close: [2026, 10, 16] } },
  },
  {
    id: 'D-098',
    account: 'Trey Research',
    opportunity: 'Lab scheduling',
    owner: WANG_WEI,
    weeks: { 0: { stage: 'E25', amount: 65000, close: [2026, 9, 30] }, 4: { stage: 'D30' }, 6: { stage: 'C50' }, 8: { stage: 'B75' }, 9: { stage: 'S100', close: [2026, 9, 29] } },
  },
];

/** Each deal's state in a week, or nothing before it appears. */
function stateIn(deal: StoryDeal, week: number, mondaySerial: number): (DealState & { readonly enteredSerial: number }) | undefined {
  let state: (DealState & { enteredSerial: number }) | undefined;
  for (let w = 0; w <= week; w += 1) {
    const change = deal.weeks[w];
    if (!change) continue;
    const monday = mondaySerial - 7 * (week - w);
    const base = state ?? { stage: '', amount: 0, close: [2026, 1, 1] as Day, enteredSerial: monday - 10 };
    const stageChanged = change.stage !== undefined && change.stage !== base.stage;
    const enteredSerial = change.entered ? serialFromParts(...change.entered) : stageChanged && state ? monday - 2 : base.enteredSerial;
    state = { ...base, ...change, enteredSerial };
  }
  return state;
}

/** One pipeline sheet as the roll-up reads it: the template's header row, then the week's deals. */
function pipelineSheetIn(name: string, header: readonly unknown[], layout: PipelineFunnelLayout, deals: readonly StoryDeal[], week: number, monday: number): SheetValues {
  const at = (letter: string | undefined): number => columnIndex(letter ?? 'A');
  const rows: unknown[][] = [];
  for (const deal of deals) {
    const state = stateIn(deal, week, monday);
    if (!state) continue;
    const row = new Array<unknown>(header.length).fill('');
    const put = (id: PipelineColumnId, value: unknown): void => {
      row[at(layout.columns[id])] = value;
    };
    put('id', deal.id);
    put('account', deal.account);
    put('opportunity', deal.opportunity);
    put('owner', deal.owner);
    put('amount', state.amount);
    put('currency', 'USD');
    put('stage', state.stage);
    put('closeDate', serialFromParts(...state.close));
    put('stageEntered', state.enteredSerial);
    put('method', 'TAS');
    // Every stage up to the one claimed is proven (none for a lost deal): the story is about movement.
    const reached = layout.proofColumns.findIndex((p) => p.stage === state.stage);
    layout.proofColumns.forEach((p, i) => (row[at(p.column)] = i <= reached));
    rows.push(row);
  }
  const above = Array.from({ length: layout.headerRow - 1 }, () => [] as unknown[]);
  return { name, values: [...above, header, ...rows] };
}

export interface SampleHistorySheets {
  readonly pipeline: string;
  readonly secondPipeline: string;
  readonly secondRep: string;
  readonly layout: PipelineFunnelLayout;
}

/**
 * Takes the twelve snapshots into the workbook through the Take snapshot operation, each as of its
 * Monday at 17:00 UTC, reading the pipeline sheets as the story has them that week.
 */
export function loadSampleHistory(workbook: PlaygroundWorkbook, sheets: SampleHistorySheets): void {
  const header = (workbook.snapshot(sheets.pipeline, false)?.values[sheets.layout.headerRow - 1] ?? []).slice(0, tableWidth(sheets.layout));
  const named = namedValues(workbook.read({ sheets: 'none', names: PIPELINE_SETTING_NAME_LIST }));
  const mine = STORY.filter((deal) => deal.owner !== sheets.secondRep);
  const theirs = STORY.filter((deal) => deal.owner === sheets.secondRep);
  const first = serialFromParts(...FIRST_MONDAY);
  let history: string | undefined;
  for (let week = 0; week < SAMPLE_HISTORY_WEEKS; week += 1) {
    const monday = first + 7 * week;
    const pipelines = [pipelineSheetIn(sheets.pipeline, header, sheets.layout, mine, week, monday), pipelineSheetIn(sheets.secondPipeline, header, sheets.layout, theirs, week, monday)];
    const historyValues = history === undefined ? [] : [workbook.snapshot(history, false) ?? { name: history, values: [] }];
    const { plan } = takeSnapshotOperation({ sheets: [...pipelines, ...historyValues], named, asOf: monday }, `${isoFromSerial(monday)}T17:00:00.000Z`);
    history = Object.values(workbook.applyPlan(plan).sheetNames)[0];
  }
}

/** Columns up to the last proof column: what the roll-up reads of a row. */
function tableWidth(layout: PipelineFunnelLayout): number {
  const letters = [...Object.values(layout.columns), ...layout.proofColumns.map((p) => p.column)].filter((letter): letter is string => letter !== undefined);
  return Math.max(...letters.map(columnIndex)) + 1;
}

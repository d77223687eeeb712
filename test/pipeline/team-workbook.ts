import fc from 'fast-check';
import type { SheetValues } from '../../shared/sheet-values';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';

/** Generated team workbooks for the property tests: reps' sheets with good rows and known bad ones. */

export const MILESTONE_CODES = ['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100'];
export const HEADER = ['Deal ID', 'Account', 'Opportunity', 'Owner', 'Amount', 'Stage', 'Close date', 'Stage entered', 'Next step', ...MILESTONE_CODES.map((c) => `Proof ${c}`)];
export const AS_OF = 46357; // 2026-12-01

export type Flaw = 'none' | 'missingId' | 'duplicateId' | 'unknownStage' | 'amountNotNumber' | 'missingCloseDate';

export interface GeneratedRow {
  readonly sheet: string;
  readonly row: number;
  readonly flaw: Flaw;
  readonly amount: number;
  readonly cells: unknown[];
}

export interface GeneratedWorkbook {
  readonly sheets: SheetValues[];
  readonly rows: GeneratedRow[];
}

const rowSpec = fc.record({
  amount: fc.integer({ min: 0, max: 5_000_000 }),
  stage: fc.constantFrom(...MILESTONE_CODES, 'LOST'),
  close: fc.integer({ min: AS_OF - 200, max: AS_OF + 300 }),
  inStage: fc.integer({ min: 0, max: 120 }),
  proofs: fc.integer({ min: 0, max: 8 }),
  nextStep: fc.constantFrom('', 'Call CFO', 'Demo'),
  flaw: fc.constantFrom<Flaw>('none', 'none', 'none', 'none', 'missingId', 'duplicateId', 'unknownStage', 'amountNotNumber', 'missingCloseDate'),
  ownerInColumn: fc.boolean(),
});

export const teamWorkbook = fc.array(fc.array(rowSpec, { maxLength: 25 }), { minLength: 1, maxLength: 6 }).map((reps): GeneratedWorkbook => {
  const sheets: SheetValues[] = [];
  const rows: GeneratedRow[] = [];
  let nextId = 1;
  let lastId = '';
  reps.forEach((specs, r) => {
    const rep = `Rep ${r + 1}`;
    const values: unknown[][] = [['Pipeline'], ['Rep:', rep], [], HEADER];
    specs.forEach((spec) => {
      // a duplicate needs an earlier id to copy; the first row of the workbook cannot be one
      const flaw: Flaw = spec.flaw === 'duplicateId' && lastId === '' ? 'none' : spec.flaw;
      const id = flaw === 'missingId' ? '' : flaw === 'duplicateId' ? lastId : `D${nextId++}`;
      if (id !== '') lastId = id;
      const cells: unknown[] = [
        id,
        `Account ${id}`,
        `Deal ${id}`,
        spec.ownerInColumn ? rep : null,
        flaw === 'amountNotNumber' ? 'about 5k' : spec.amount,
        flaw === 'unknownStage' ? 'Maybe' : spec.stage,
        flaw === 'missingCloseDate' ? null : spec.close,
        AS_OF - spec.inStage,
        spec.nextStep,
        ...MILESTONE_CODES.map((_, i) => i < spec.proofs),
      ];
      values.push(cells);
      rows.push({ sheet: rep, row: values.length, flaw, amount: flaw === 'amountNotNumber' ? 0 : spec.amount, cells });
    });
    sheets.push({ name: rep, values });
  });
  return { sheets, rows };
});

export const DEFAULT_TEAM_SETTINGS = teamSettingsFromNamedValues({});

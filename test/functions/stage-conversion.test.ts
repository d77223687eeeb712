/**
 * STAGE_CONVERSION in its three hosts: Excel's associated handler, the Apps Script global's invoker, and
 * the playground's HyperFormula plugin over the sample workbook's own Pipeline history sheet.
 */
import { loadSampleWorkbook } from '../../playground/sample-workbook';
import { PlaygroundWorkbook } from '../../playground/playground-workbook';
import { HISTORY_MARKER } from '../../shared/pipeline/markers';

class FakeError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

/** D-1 goes G10 → won, D-2 is lost from G20, D-3 is open at C50. */
const IDS = [['D-1'], ['D-2'], ['D-3'], ['D-1'], ['D-2']];
const STAGES = [['G10'], ['G20'], ['C50'], ['S100'], ['LOST']];
const EXPECTED = [
  ['G10', 3, 1, 1, 0.5],
  ['G20', 3, 1, 1, 0.5],
  ['E25', 2, 1, 0, 1],
  ['D30', 2, 1, 0, 1],
  ['C50', 2, 1, 0, 1],
  ['B75', 1, 1, 0, 1],
  ['A90', 1, 1, 0, 1],
];

describe('STAGE_CONVERSION in Excel', () => {
  const associated = new Map<string, (...args: unknown[]) => unknown>();

  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../excel-addin/functions');
    });
  });

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  it('spills stage, reached, won, lost and conversion, with omitted arguments as null and the invocation last', () => {
    expect(associated.get('STAGE_CONVERSION')?.(IDS, STAGES, null, null, null, { address: 'Sheet1!A1' })).toEqual(EXPECTED);
  });

  it('sets aside a row whose stage is not on the ladder, naming it in one more column', () => {
    const stages = STAGES.map((row, i) => (i === 2 ? ['C55'] : row));
    const result = associated.get('STAGE_CONVERSION')?.(IDS, stages, null, null, null, {}) as unknown[][];
    expect(result[0]?.[5]).toMatch(/^Set aside \(1\): stages, row 3: "C55" is not a stage/);
    // D-3 left out: E25 is reached by the won D-1 only.
    expect(result[2]?.slice(0, 5)).toEqual(['E25', 1, 1, 0, 1]);
  });
});

describe('STAGE_CONVERSION in Google Sheets', () => {
  it('runs through the Sheets invoker, a blank conversion where no deal has closed, Chinese messages with Chinese settings', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    expect(invokeForSheets('STAGE_CONVERSION', [IDS, STAGES, undefined, undefined, undefined])).toEqual(EXPECTED);
    const open = invokeForSheets('STAGE_CONVERSION', [[['D-9']], [['G20']]]) as unknown[][];
    expect(open.slice(0, 2)).toEqual([
      ['G10', 1, 0, 0, ''],
      ['G20', 1, 0, 0, ''],
    ]);
    expect(() => invokeForSheets('STAGE_CONVERSION', [[['D-1'], ['D-2']], [['G10']], undefined, undefined, [['language', 'zh-CN']]])).toThrow(/^stages：有 1 行，而 deal_ids 有 2 行/);
  });
});

describe('STAGE_CONVERSION in the playground', () => {
  it('over the Pipeline history sheet’s deal rows, ordered by their dates, matches the hand count of the sample story', () => {
    const workbook = new PlaygroundWorkbook();
    loadSampleWorkbook(workbook);
    const history = workbook.sheetNames().find((name) => workbook.cellValue(name, 0, 0) === HISTORY_MARKER) as string;
    const deal = (column: string) => `FILTER('${history}'!${column}4:${column}2000,'${history}'!C4:C2000="deal")`;
    workbook.applyPlan({ sheets: [{ key: 'check', target: { kind: 'new', baseName: 'Check' }, values: [] }] });
    workbook.setCellInput('Check', 'A1', `=STAGE_CONVERSION(${deal('D')},${deal('J')},${deal('A')},DK_STAGES)`);
    const values = workbook.snapshot('Check', false)?.values ?? [];
    expect(values.slice(0, 7).map((row) => row.slice(0, 4))).toEqual([
      ['G10', 15, 6, 2],
      ['G20', 14, 6, 2],
      ['E25', 13, 6, 2],
      ['D30', 12, 6, 2],
      ['C50', 11, 6, 2],
      ['B75', 9, 6, 1],
      ['A90', 7, 6, 1],
    ]);
    expect(values[0]?.[4]).toBeCloseTo(0.75);
  });
});

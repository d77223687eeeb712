/**
 * The three host adapters from source, without a build: each must call the one invoker and show its
 * message the way its host shows errors.
 */
import { HyperFormula } from 'hyperformula';
import { CATALOG } from '../../shared/functions/catalog';
import { dealKitLanguage, readDealKitSettings, registerDealKitFunctions, setDealKitLanguage } from '../../playground/dealkit-plugin';
import { DEFAULT_SETTINGS } from '../../shared/scoring/settings';
import { ratingColumn } from './helpers';

class FakeError {
  constructor(readonly code: string, readonly message: string) {}
}

describe('excel-addin/functions.ts', () => {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  let setLocale: (locale: 'en' | 'zh-CN') => void = () => undefined;

  beforeAll(() => {
    (globalThis as Record<string, unknown>).CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      setLocale = require('../../excel-addin/functions').setDealKitFunctionLocale;
    });
  });

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
  });

  it('associates every catalog function by its name', () => {
    expect([...associated.keys()]).toEqual(CATALOG.map((entry) => entry.name));
  });

  it('passes Excel’s arguments (null for omitted, an invocation object last) to the invoker', () => {
    const qualify = associated.get('QUALIFY');
    expect(qualify?.(ratingColumn('+++++ +++++ +++++ +++++'), null, null, { address: 'Sheet1!B2' })).toBe('Pursue');
    expect(associated.get('WINPROB')?.([['G10'], ['A90']], null, null, {})).toEqual([[0.1], [0.9]]);
  });

  it('throws a #VALUE! CustomFunctions.Error carrying the message, in the workbook language', () => {
    const bad = ratingColumn('+++++ +++++ +++++ +++++');
    bad[2] = ['maybe'];
    expect(() => associated.get('QUALIFY')?.(bad, null, null)).toThrow(expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/^ratings, row 3: /) }));
    setLocale('zh-CN');
    expect(() => associated.get('QUALIFY')?.(bad, null, null)).toThrow(expect.objectContaining({ message: expect.stringMatching(/^ratings，第 3 行：/) }));
    expect(associated.get('QUALIFY')?.(ratingColumn('+++++ +++++ +++++ +++++'), null, null)).toBe('全力争取');
  });
});

describe('excel-addin/functions.ts in Excel', () => {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const named: Record<string, unknown[][]> = { DK_LANGUAGE: [['en']], DK_YES_THRESHOLD: [[0.2]] };
  let runs = 0;
  let syncs = 0;

  beforeAll(() => {
    const globals = globalThis as Record<string, unknown>;
    globals.CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    globals.Excel = {
      run: async <T>(batch: (context: unknown) => Promise<T>): Promise<T> => {
        runs += 1;
        const context = {
          sync: async () => {
            syncs += 1;
          },
          workbook: {
            names: {
              getItemOrNullObject: (name: string) => ({
                isNullObject: !(name in named),
                getRange: () => ({ load() { return this; }, values: named[name] }),
              }),
            },
          },
        };
        return batch(context);
      },
    };
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../excel-addin/functions');
    });
  });

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  it('reads the Settings sheet once for a burst of calls, in two syncs, and follows its thresholds', async () => {
    const ratings = ratingColumn('+++++ +???? +++++ +++++');
    const results = await Promise.all([associated.get('QUALIFY')?.(ratings, null, null), associated.get('QUALIFY')?.(ratings, 'TAS', null)]);
    expect(results).toEqual(['Pursue', 'Pursue']);
    expect(runs).toBe(1);
    expect(syncs).toBe(2);
  });

  it('reports a mistyped setting in the cell, naming it', async () => {
    named.DK_YES_THRESHOLD = [['high']];
    // A later recalculation reads the settings afresh.
    const later = Date.now() + 60_000;
    const clock = jest.spyOn(Date, 'now').mockReturnValue(later);
    await expect(associated.get('ROI')?.([[2]], [[1]])).rejects.toMatchObject({ code: '#VALUE!', message: "Settings DK_YES_THRESHOLD: 'high' is not a number" });
    clock.mockRestore();
  });
});

describe('gas/custom-functions.ts', () => {
  let language: unknown = null;
  let named: Record<string, unknown[][]> = {};
  let reads = 0;

  beforeAll(() => {
    (globalThis as Record<string, unknown>).SpreadsheetApp = {
      getActiveSpreadsheet: () => ({
        getRangeByName: (name: string) => {
          reads += 1;
          if (name === 'DK_LANGUAGE') return language === null ? null : { getValues: () => [[language]] };
          return name in named ? { getValues: () => named[name] } : null;
        },
        getSpreadsheetLocale: () => 'en_US',
      }),
    };
  });

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).SpreadsheetApp;
  });

  it('runs the catalog and throws an Error with the message Sheets shows on hover', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    expect(invokeForSheets('ROI', [[[150]], [[100]]])).toBe(0.5);
    // Sheets passes undefined for every omitted parameter.
    expect(invokeForSheets('QUALIFY', [ratingColumn('+++++ +++++ +++++ +++++'), undefined, undefined])).toBe('Pursue');
    expect(() => invokeForSheets('ROI', [[[150]], [[0]]])).toThrow(/^costs: /);
    language = '中文';
    expect(invokeForSheets('FORECAST_CATEGORY', [[['A90']]])).toEqual([['承诺']]);
    expect(() => invokeForSheets('ROI', [[[150]], [['lots']]])).toThrow(/^costs，第 1 行：/);
    language = null;
  });

  it('follows the Settings sheet’s thresholds, and reads nothing more when there is no Settings sheet', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    const ratings = ratingColumn('+++++ +???? +++++ +++++');
    reads = 0;
    named = { DK_YES_THRESHOLD: [[0.2]] };
    expect(invokeForSheets('QUALIFY', [ratings])).toBe('Qualify further');
    expect(reads).toBe(1);
    language = 'en';
    expect(invokeForSheets('QUALIFY', [ratings])).toBe('Pursue');
    named = { DK_YES_THRESHOLD: [['high']] };
    expect(() => invokeForSheets('QUALIFY', [ratings])).toThrow("Settings DK_YES_THRESHOLD: 'high' is not a number");
    named = {};
    language = null;
  });

  it('refuses a call with too many arguments rather than ignoring the extras', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    expect(() => invokeForSheets('ROI', [[[150]], [[100]], 3])).toThrow('ROI takes at most 2 arguments (benefits, costs); got 3');
  });
});

describe('playground/dealkit-plugin.ts', () => {
  registerDealKitFunctions();
  registerDealKitFunctions();

  afterEach(() => {
    setDealKitLanguage('en');
    dealKitLanguage.settings = DEFAULT_SETTINGS;
  });

  function sheet(rows: unknown[][]) {
    return HyperFormula.buildFromArray(rows as never, { licenseKey: 'gpl-v3' });
  }

  it('evaluates =QUALIFY(range) and =DEAL.QUALIFY(range) over cells, blank cells as unknown', () => {
    const rows = ratingColumn('+++++ +++++ +++++ +++++').map((row) => [row[0]]);
    rows[0].push('=QUALIFY(A1:A20)', '=DEAL.QUALIFY(A1:A20)');
    for (const row of [5, 6, 7, 8]) rows[row] = [null];
    const hf = sheet(rows);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('Qualify further');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe('Qualify further');
  });

  it('spills column results and leaves the unused part of a spill blank', () => {
    const hf = sheet([
      ['G10', 100, '=WINPROB(A1:A3)', '=GAPS(E1:E20)', '+'],
      ['A90', 200, null, null, '?'],
      ['LOST', 300, null, null, '+'],
      ...Array.from({ length: 17 }, () => [null, null, null, null, '+']),
    ]);
    expect([0, 1, 2].map((row) => hf.getCellValue({ sheet: 0, row, col: 2 }))).toEqual([0.1, 0.9, 0]);
    expect([0, 1].map((row) => hf.getCellValue({ sheet: 0, row, col: 3 }))).toEqual(['2. Customer’s business profile', null]);
  });

  it('sizes a funnel spill by the ladder named in the formula, so a cell below it stays usable', () => {
    const hf = sheet([
      ['Qualified', 100, '=FUNNEL(A1:A2, B1:B2, "SIGNATURE")'],
      ['Won', 50],
      [],
      [],
      [],
      [null, null, 'Total'],
    ]);
    const values = hf.getSheetValues(0);
    expect(values.slice(0, 5).map((row) => row.slice(2, 6))).toEqual([
      ['Identified', 0, 0, 0],
      ['Validated', 0, 0, 0],
      ['Qualified', 1, 100, 50],
      ['Proposed', 0, 0, 0],
      ['Won', 1, 50, 50],
    ]);
  });

  it('turns input errors and bad input into a #VALUE! carrying the message that names the argument', () => {
    const hf = sheet([['=1/0', '=WINPROB(A1:A2)'], ['G10']]);
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 1 }) as { type: string; message: string };
    expect(value.type).toBe('VALUE');
    expect(value.message).toBe('stages, row 1: the cell holds the error #DIV/0!; fix that cell first');
  });

  it('refuses too many arguments with the invoker’s message', () => {
    const hf = sheet([['=ROI(150, 100, 3)', '=DEAL.ROI(150)']]);
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as { message: string }).message).toBe('ROI takes at most 2 arguments (benefits, costs); got 3');
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 1 }) as { message: string }).message).toBe('costs: is missing');
  });

  it('follows the workbook’s Settings sheet once read', () => {
    const ratings = ratingColumn('+++++ +???? +++++ +++++').map((row) => [row[0]]);
    ratings[0].push('=QUALIFY(A1:A20)');
    const hf = HyperFormula.buildFromSheets({ Deal: ratings, Settings: [['zh-CN', 0.2]] } as never, { licenseKey: 'gpl-v3' });
    hf.addNamedExpression('DK_LANGUAGE', '=Settings!$A$1');
    hf.addNamedExpression('DK_YES_THRESHOLD', '=Settings!$B$1');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('Qualify further');
    expect(readDealKitSettings(hf).settings.answerThresholds.yes).toBe(0.2);
    hf.rebuildAndRecalculate();
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('全力争取');
  });

  it('answers in the language the playground sets', () => {
    setDealKitLanguage('zh-CN');
    expect(dealKitLanguage.locale).toBe('zh-CN');
    const hf = sheet([['A90', '=FORECAST_CATEGORY(A1)']]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('承诺');
  });

  it('reads dates and percentages typed into cells as their numbers', () => {
    const hf = sheet([['G20', '2025-12-09', '=STALLED(A1, B1, DATE(2026,3,19))', '=VELOCITY(40, 50000, "25%", 100)', '=VELOCITY(40, 50000, D2, 100)'], [null, null, null, '25%']]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(70);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(5000);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe(5000);
  });
});

/**
 * The three host adapters from source, without a build: each must call the one invoker and show its
 * message the way its host shows errors.
 */
import { HyperFormula } from 'hyperformula';
import { CATALOG, findFunction } from '../../shared/functions/catalog';
import { invokeForHost } from '../../shared/functions/invoke';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { ratingColumn } from './helpers';

class FakeError {
  constructor(
    readonly code: string,
    readonly message: string,
  ) {}
}

describe('excel-addin/functions.ts', () => {
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
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('associates every catalog function by its name', () => {
    expect([...associated.keys()]).toEqual(CATALOG.map((entry) => entry.name));
  });

  it('passes Excel’s arguments (null for omitted, an invocation object last) to the invoker', () => {
    const qualify = associated.get('QUALIFY');
    expect(qualify?.(ratingColumn('+++++ +++++ +++++ +++++'), null, null, null, { address: 'Sheet1!B2' })).toBe('Pursue');
    expect(associated.get('WINPROB')?.([['G10'], ['A90']], null, null, null, {})).toEqual([[0.1], [0.9]]);
  });

  it('throws a #VALUE! CustomFunctions.Error carrying the message, in the language of the settings argument', () => {
    const bad = ratingColumn('+++++ +++++ +++++ +++++');
    bad[2] = ['maybe'];
    expect(() => associated.get('QUALIFY')?.(bad, null, null, null)).toThrow(expect.objectContaining({ code: '#VALUE!', message: expect.stringMatching(/^ratings, row 3: /) }));
    const chinese = [['language', 'zh-CN']];
    expect(() => associated.get('QUALIFY')?.(bad, null, null, chinese)).toThrow(expect.objectContaining({ message: expect.stringMatching(/^ratings，第 3 行：/) }));
    expect(associated.get('QUALIFY')?.(ratingColumn('+++++ +++++ +++++ +++++'), null, null, chinese)).toBe('全力争取');
  });

  it('without a settings argument, answers in Excel’s display language', () => {
    (globalThis as Record<string, unknown>).Office = { context: { displayLanguage: 'zh-CN' } };
    expect(associated.get('QUALIFY')?.(ratingColumn('+++++ +++++ +++++ +++++'), null, null, null)).toBe('全力争取');
    delete (globalThis as Record<string, unknown>).Office;
  });
});

describe('excel-addin/functions.ts in Excel', () => {
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  let runs = 0;

  beforeAll(() => {
    const globals = globalThis as Record<string, unknown>;
    globals.CustomFunctions = {
      associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
      Error: FakeError,
      ErrorCode: { invalidValue: '#VALUE!' },
    };
    globals.Excel = {
      run: () => {
        runs += 1;
        throw new Error('a custom function must not call Excel.run');
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

  it('follows the thresholds of its settings argument and never calls Excel.run', () => {
    const ratings = ratingColumn('+++++ +???? +++++ +++++');
    expect(associated.get('QUALIFY')?.(ratings, null, null, null)).toBe('Qualify further');
    expect(associated.get('QUALIFY')?.(ratings, 'TAS', null, [['yes_threshold', 0.2]])).toBe('Pursue');
    expect(runs).toBe(0);
  });

  it('reports a mistyped setting in the cell, naming the row, the key and the Settings cell', () => {
    expect(() => associated.get('QUALIFY')?.(ratingColumn('+++++ +++++ +++++ +++++'), null, null, [['yes_threshold', 'high', null, 'B24']])).toThrow(
      expect.objectContaining({ code: '#VALUE!', message: "settings, row 1: yes_threshold (Settings cell B24): 'high' is not a number" }),
    );
    // ROI reads no thresholds: the same bad cell does not concern it.
    expect(associated.get('ROI')?.([[2]], [[1]], [['yes_threshold', 'high', null, 'B24']])).toBe(1);
    expect(runs).toBe(0);
  });
});

describe('gas/custom-functions.ts', () => {
  let calls = 0;

  beforeAll(() => {
    // Every service a custom function might reach fails on any use: none may be touched.
    const failing = new Proxy(
      {},
      {
        get: (_target, key) => {
          // Jest inspects globals (symbols, then, asymmetricMatch…): only a service method is a host call.
          if (typeof key !== 'string' || !/^[a-z]+[A-Z]/.test(key)) return undefined;
          calls += 1;
          throw new Error(`a custom function must not call an Apps Script service (${key})`);
        },
      },
    );
    const globals = globalThis as Record<string, unknown>;
    globals.SpreadsheetApp = failing;
    globals.CacheService = failing;
    globals.PropertiesService = failing;
  });

  afterAll(() => {
    const globals = globalThis as Record<string, unknown>;
    delete globals.SpreadsheetApp;
    delete globals.CacheService;
    delete globals.PropertiesService;
  });

  it('runs the catalog and throws an Error with the message Sheets shows on hover', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    expect(invokeForSheets('ROI', [[[150]], [[100]]])).toBe(0.5);
    // Sheets passes undefined for every omitted parameter.
    expect(invokeForSheets('QUALIFY', [ratingColumn('+++++ +++++ +++++ +++++'), undefined, undefined, undefined])).toBe('Pursue');
    expect(() => invokeForSheets('ROI', [[[150]], [[0]]])).toThrow(/^costs: /);
    const chinese = [['language', '中文']];
    expect(invokeForSheets('FORECAST_CATEGORY', [[['A90']], undefined, undefined, chinese])).toEqual([['承诺']]);
    expect(() => invokeForSheets('ROI', [[[150]], [['lots']], chinese])).toThrow(/^costs，第 1 行：/);
    expect(calls).toBe(0);
  });

  it('follows the thresholds of its settings argument; a bad one names its Settings cell', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    const ratings = ratingColumn('+++++ +???? +++++ +++++');
    expect(invokeForSheets('QUALIFY', [ratings])).toBe('Qualify further');
    expect(
      invokeForSheets('QUALIFY', [
        ratings,
        undefined,
        undefined,
        [
          ['language', 'en', '', 'B5'],
          ['yes_threshold', 0.2, '', 'B24'],
        ],
      ]),
    ).toBe('Pursue');
    expect(() => invokeForSheets('QUALIFY', [ratings, undefined, undefined, [['yes_threshold', 'high', '', 'B24']]])).toThrow(
      "settings, row 1: yes_threshold (Settings cell B24): 'high' is not a number",
    );
    expect(calls).toBe(0);
  });

  it('reads a blank one-cell range, which Sheets passes as the blank cell itself, as Excel reads it', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    const excel = (name: string, args: unknown[]) => {
      const entry = findFunction(name);
      if (!entry) throw new Error(name);
      return invokeForHost(entry, args, 'en');
    };
    // =CONTROL(B2) with B2 blank: Excel hands over [[""]], Sheets "".
    expect(excel('CONTROL', [[['']]])).toEqual({ ok: true, result: 'In control' });
    expect(invokeForSheets('CONTROL', [''])).toBe('In control');
    const qualify = excel('QUALIFY', [[[null]], null, null, null]);
    expect(qualify.ok).toBe(false);
    expect(() => invokeForSheets('QUALIFY', [' '])).toThrow(qualify.ok ? 'unreachable' : qualify.message);
    // Omitted is still omitted.
    expect(() => invokeForSheets('CONTROL', [])).toThrow('signs: is missing');
  });

  it('refuses a call with too many arguments rather than ignoring the extras', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { invokeForSheets } = require('../../gas/custom-functions') as typeof import('../../gas/custom-functions');
    expect(() => invokeForSheets('ROI', [[[150]], [[100]], undefined, 3])).toThrow('ROI takes at most 3 arguments (benefits, costs, [settings]); got 4');
  });
});

describe('playground/dealkit-plugin.ts', () => {
  registerDealKitFunctions();
  registerDealKitFunctions();

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
    const hf = sheet([['Qualified', 100, '=FUNNEL(A1:A2, B1:B2, "SIGNATURE")'], ['Won', 50], [], [], [], [null, null, 'Total']]);
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
    const hf = sheet([['=ROI(150, 100, , 3)', '=DEAL.ROI(150)']]);
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 0 }) as { message: string }).message).toBe('ROI takes at most 3 arguments (benefits, costs, [settings]); got 4');
    expect((hf.getCellValue({ sheet: 0, row: 0, col: 1 }) as { message: string }).message).toBe('costs: is missing');
  });

  it('follows a settings range passed as the last argument through HyperFormula’s own dependency graph', () => {
    const ratings = ratingColumn('+++++ +???? +++++ +++++').map((row) => [row[0]]);
    ratings[0].push('=QUALIFY(A1:A20,,,DK_RULES)');
    const hf = HyperFormula.buildFromSheets(
      {
        Deal: ratings,
        Settings: [
          ['language', 'en'],
          ['yes_threshold', 0.34],
        ],
      } as never,
      { licenseKey: 'gpl-v3' },
    );
    hf.addNamedExpression('DK_RULES', '=Settings!$A$1:$B$2');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('Qualify further');
    // Only the Settings cells change: no formula is entered again, nothing asks for a recalculation.
    hf.setCellContents({ sheet: 1, row: 1, col: 1 }, 0.2);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('Pursue');
    hf.setCellContents({ sheet: 1, row: 0, col: 1 }, 'zh-CN');
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('全力争取');
  });

  it('answers in the language its settings argument gives', () => {
    const hf = sheet([['A90', '=FORECAST_CATEGORY(A1,,,{"language","zh-CN"})']]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe('承诺');
  });

  it('reads dates and percentages typed into cells as their numbers', () => {
    const hf = sheet([
      ['G20', '2025-12-09', '=STALLED(A1, B1, DATE(2026,3,19))', '=VELOCITY(40, 50000, "25%", 100)', '=VELOCITY(40, 50000, D2, 100)'],
      [null, null, null, '25%'],
    ]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 2 })).toBe(70);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(5000);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 4 })).toBe(5000);
  });
});

/**
 * Numbers as users type them, through the built artefacts: the Excel functions script and the Apps
 * Script project (its custom functions and its roll-up server function on the SpreadsheetApp fake).
 */
import { readFileSync } from 'node:fs';
import { createGasGlobals, type FakeSpreadsheetApp } from '../../fakes/spreadsheet-app';
import { loadGasProject } from '../../fakes/gas-vm';
import { builtFile } from '../helpers/dist';
import { CATALOG } from '../../shared/functions/catalog';
import { FakeCustomFunctionsError, loadAppsScript, loadExcelFunctions } from '../../fakes/built-hosts';
import { ROW_FAULT_MARK } from '../../gas/custom-functions';

type Outcome = { readonly value: unknown } | { readonly error: string };

const excel = loadExcelFunctions();
const sheets = loadAppsScript();
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A result with each row a host could not compute read as `{ error }`, whichever way the host shows it. */
function withRowErrors(result: unknown, isFault: (cell: unknown) => boolean, messageOf: (cell: unknown) => string): unknown {
  if (!Array.isArray(result)) return result;
  return (result as unknown[][]).map((row) => row.map((cell) => (isFault(cell) ? { error: messageOf(cell) } : cell)));
}

function inExcel(name: string, args: readonly unknown[]): Outcome {
  const handler = excel.associated.get(name);
  if (!handler) throw new Error(`${name} is not associated`);
  try {
    const result = handler(...args.map((a) => (a === undefined ? null : a)), {});
    return {
      value: json(
        withRowErrors(
          result,
          (cell) => cell instanceof FakeCustomFunctionsError,
          (cell) => (cell as FakeCustomFunctionsError).message,
        ),
      ),
    };
  } catch (error) {
    return { error: (error as { message: string }).message };
  }
}

function inSheets(name: string, args: readonly unknown[]): Outcome {
  const mark = `${ROW_FAULT_MARK} `;
  try {
    const result = (sheets[name] as (...a: unknown[]) => unknown)(...args);
    return {
      value: json(
        withRowErrors(
          result,
          (cell) => typeof cell === 'string' && cell.startsWith(mark),
          (cell) => (cell as string).slice(mark.length),
        ),
      ),
    };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Both built hosts give the same outcome, which is returned; omitted trailing arguments are passed as the hosts pass them. */
function call(name: string, ...given: unknown[]): Outcome {
  const count = CATALOG.find((entry) => entry.name === name)?.params.length ?? given.length;
  const args = [...given, ...Array<undefined>(Math.max(0, count - given.length)).fill(undefined)];
  const outcome = inExcel(name, args);
  expect(inSheets(name, args)).toEqual(outcome);
  return outcome;
}

/**
 * The refusal a call reports: the error of the whole call, else the first row a column shows as an error,
 * else the first row a summary lists in its set-aside line.
 */
function errorOf(outcome: Outcome): string {
  if ('error' in outcome) return outcome.error;
  const cells = Array.isArray(outcome.value) ? (outcome.value as unknown[][]).flat() : [];
  const fault = cells.find((cell): cell is { error: string } => typeof cell === 'object' && cell !== null && 'error' in cell);
  if (fault) return fault.error;
  const setAside = cells.find((cell): cell is string => typeof cell === 'string' && cell.startsWith('Set aside ('));
  if (setAside) return setAside.slice(setAside.indexOf('): ') + 3).split(' | ')[0];
  throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
}

describe('text amounts in the built functions (decimal mark ".", the default)', () => {
  it('refuses "1,5" and "12,34" naming the argument and row instead of reading 15 and 1234', () => {
    expect(errorOf(call('WEIGHTED', [['1,5']], [['C50']]))).toMatch(/^amounts, row 1: '1,5' is not a number as this workbook writes them: its decimal mark is "\."/);
    expect(errorOf(call('FUNNEL', [['G20'], ['C50']], [[100], ['12,34']]))).toMatch(/^amounts, row 2: '12,34' is not a number as this workbook writes them/);
  });

  it('reads grouped thousands, by comma or space, the same way', () => {
    expect(call('WEIGHTED', [['1,200'], ['1 200']], [['C50'], ['C50']])).toEqual({ value: [[600], [600]] });
  });
});

describe('amounts out of range in the built functions', () => {
  it('FORECAST_RANGE and FUNNEL refuse amounts of 1e308 naming amounts and the row', () => {
    expect(errorOf(call('FORECAST_RANGE', [[1e308], [1e308]], [[0.5], [0.5]]))).toMatch(/^amounts, row 1: 1e\+308 is above the largest amount/);
    expect(errorOf(call('FUNNEL', [['G20'], ['C50']], [[5], [1e308]]))).toMatch(/^amounts, row 2: 1e\+308 is above the largest amount/);
    expect(errorOf(call('WEIGHTED', [[2e15]], [['C50']]))).toMatch(/^amounts, row 1: /);
  });
});

describe('validation gaps in the built functions', () => {
  it('VELOCITY refuses a negative average size', () => {
    expect(errorOf(call('VELOCITY', 40, -50000, 0.25, 100))).toMatch(/^average_size: /);
  });

  it('PIPELINE_COVERAGE refuses a negative pipeline, quota or closed won', () => {
    expect(errorOf(call('PIPELINE_COVERAGE', -900000, 500000))).toMatch(/^open_pipeline: /);
    expect(errorOf(call('PIPELINE_COVERAGE', 900000, -500000))).toMatch(/^quota: /);
    expect(errorOf(call('PIPELINE_COVERAGE', 900000, 500000, -100000))).toMatch(/^closed_won: /);
  });

  it('STALLED refuses an entry date of -5 and an as-of date of 1e308', () => {
    expect(errorOf(call('STALLED', [['G20']], [[-5]], 46100))).toMatch(/^entered, row 1: /);
    expect(errorOf(call('STALLED', [['G20']], [[46000]], 1e308))).toMatch(/^as_of: /);
  });

  it('a ladder probability of 1.5 is refused as overrides refuse it; "40%" is read in both', () => {
    const ladder = [
      ['Open', 1.5],
      ['Won', 1],
    ];
    expect(errorOf(call('WINPROB', [['Open']], ladder))).toMatch(/^ladder row 1: probability 1.5 is above 1/);
    expect(errorOf(call('WINPROB', [['G20']], undefined, [[1.5]]))).toMatch(/^overrides, row 1: /);
    expect(
      call(
        'WINPROB',
        [['Open']],
        [
          ['Open', '40%'],
          ['Won', 1],
        ],
      ),
    ).toEqual({ value: [[0.4]] });
  });

  it('PAYBACK is the last time the running total turns non-negative', () => {
    expect(call('PAYBACK', [[-100], [100], [-500], [600]])).toEqual({ value: 2 + 500 / 600 });
  });
});

describe('text amounts and dates in the built Apps Script roll-up', () => {
  const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date'];
  type Result = { ok: true; value: { deals: number; setAside: number; amount: number } } | { ok: false; message: string };

  function rollUp(amounts: readonly (string | number)[], options: { decimalMark?: string; closeDates?: readonly string[] } = {}) {
    const globals = createGasGlobals({ sheets: ['Notes'], files: { sidebar: readFileSync(builtFile('gas', 'sidebar.html'), 'utf8') } });
    const app: FakeSpreadsheetApp = globals.SpreadsheetApp;
    const rows: (string | number | Date)[][] = [['Rep:', 'Ana', '', '', ''], HEADER];
    amounts.forEach((amount, i) => rows.push([`A-${i}`, `Deal ${i}`, amount, 'C50', options.closeDates?.[i] ?? new Date(2026, 11, 10)]));
    app.spreadsheet.insertSheet('Ana').getRange(1, 1, rows.length, HEADER.length).setValues(rows);
    if (options.decimalMark !== undefined) {
      const settings = app.spreadsheet.insertSheet('My settings');
      settings.getRange('B2').setValues([[options.decimalMark]]);
      app.spreadsheet.setNamedRange('DK_DECIMAL_MARK', settings.getRange('B2'));
    }
    const gas = loadGasProject({ globals });
    const result = gas.call('dealkitRollUpTeam', null, 'en') as Result;
    const dashboard = app.spreadsheet.getSheetByName('Dashboard');
    const shown = dashboard ? dashboard.getDataRange().getValues().flat().map(String).join('\n') : '';
    return { result, shown };
  }

  it('sets aside text amounts the "." convention cannot read, naming sheet and cell, instead of stripping commas', () => {
    const { result, shown } = rollUp(['€1.200,50', '1,5', '1 200,50', '1,2,3', '1 200', '$1,200.50']);
    expect(result).toMatchObject({ ok: true, value: { deals: 2, setAside: 4, amount: 2400.5 } });
    expect(shown).toMatch(/Ana!C3: amount '€1\.200,50' is not a number as this workbook writes them/);
    expect(shown).toMatch(/Ana!C6: amount '1,2,3'/);
  });

  it('reads them by the "," convention when the Settings sheet says so', () => {
    // Text a host would not take for a number in its own locale: Sheets turns a typed '1.200' into 1.2 on entry.
    const { result } = rollUp(['€1.200,50', '1,5', '1 200,50', '1.200 €'], { decimalMark: ',' });
    expect(result).toMatchObject({ ok: true, value: { deals: 4, setAside: 0, amount: 1200.5 + 1.5 + 1200.5 + 1200 } });
  });

  it('refuses a decimal-mark setting other than "." or ",", naming it', () => {
    const { result } = rollUp([100], { decimalMark: ';' });
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/'My settings'!B2 \(DK_DECIMAL_MARK\): the decimal mark is ";"/) });
  });

  it('sets aside a close date with text after the date', () => {
    const { result, shown } = rollUp([100, 200], { closeDates: ['2026-12-20 garbage', '2026-12-21'] });
    expect(result).toMatchObject({ ok: true, value: { deals: 1, setAside: 1, amount: 200 } });
    expect(shown).toMatch(/close date "2026-12-20 garbage" is not a date/);
  });
});

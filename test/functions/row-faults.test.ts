/**
 * One bad row of a deal table costs that row only, through each host's built code: Excel's functions.js
 * (a #VALUE! error value in the row), the Apps Script project (the row shows #DEALKIT! text, as Sheets
 * cannot hold an error inside a result) and HyperFormula with the DealKit plugin (a #VALUE! cell). The
 * other rows are what the function gives with the bad row left out; a summary lists the row it set aside
 * in one more column.
 */
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { cellA1 } from '../../shared/a1';
import { findFunction } from '../../shared/functions/catalog';
import { invokeForHost } from '../../shared/functions/invoke';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { ROW_FAULT_MARK } from '../../gas/custom-functions';
import { FakeCustomFunctionsError, loadAppsScript, loadExcelFunctions } from '../../fakes/built-hosts';

/** A cell a host could not compute, read back as its message. */
interface RowError {
  readonly error: string;
}

type Outcome = { readonly value: unknown } | RowError;

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const excel = loadExcelFunctions();
const sheets = loadAppsScript();
registerDealKitFunctions();

function paramCount(name: string): number {
  const entry = findFunction(name);
  if (!entry) throw new Error(`${name} is not a DealKit function`);
  return entry.params.length;
}

function inExcel(name: string, args: readonly unknown[]): Outcome {
  const handler = excel.associated.get(name);
  if (!handler) throw new Error(`${name} is not associated`);
  const excelArgs = Array.from({ length: paramCount(name) }, (_, i) => (args[i] === undefined ? null : args[i]));
  try {
    const result = handler(...excelArgs, {});
    const shown = Array.isArray(result)
      ? (result as unknown[][]).map((row) => row.map((cell) => (cell instanceof FakeCustomFunctionsError ? { error: `${cell.code} ${cell.message}` } : cell)))
      : result;
    return { value: json(shown) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function inSheets(name: string, args: readonly unknown[]): Outcome {
  try {
    const result = (sheets[name] as (...a: unknown[]) => unknown)(...args);
    const shown = Array.isArray(result)
      ? (result as unknown[][]).map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith(`${ROW_FAULT_MARK} `) ? { error: cell } : cell)))
      : result;
    return { value: json(shown) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Lays each range argument out in its own columns and reads `rows` × `columns` cells of the result. */
function inEngine(name: string, args: readonly unknown[], rows: number, columns: number): Outcome {
  const sheet: unknown[][] = [];
  const put = (row: number, col: number, value: unknown): void => {
    while (sheet.length <= row) sheet.push([]);
    sheet[row][col] = value;
  };
  let column = 0;
  const refs = args.map((arg) => {
    if (arg === undefined) return '';
    if (!Array.isArray(arg)) return typeof arg === 'string' ? `"${arg}"` : String(arg);
    const grid = arg as unknown[][];
    const width = Math.max(...grid.map((r) => r.length));
    grid.forEach((r, i) => r.forEach((v, j) => put(i, column + j, typeof v === 'string' ? `'${v}` : v)));
    const range = `${cellA1(0, column)}:${cellA1(grid.length - 1, column + width - 1)}`;
    column += width + 1;
    return range;
  });
  while (refs.length > 0 && refs[refs.length - 1] === '') refs.pop();
  const at = column + 1;
  put(0, at, `=${name}(${refs.join(',')})`);
  const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: 'gpl-v3' });
  const values = hf.getSheetValues(0);
  hf.destroy();
  const shown = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => {
      const value = values[r]?.[at + c];
      return value instanceof DetailedCellError ? { error: `${value.value} ${value.message}` } : (value ?? '');
    }),
  );
  return { value: shown };
}

const column = (...values: unknown[]): unknown[][] => values.map((value) => [value]);
const without = (grid: readonly (readonly unknown[])[], row: number): unknown[][] => grid.filter((_, i) => i !== row - 1).map((cells) => [...cells]);

/** The three hosts' outcomes of one call, named; HyperFormula reads the area the invoker's result has. */
function everyHost(name: string, args: readonly unknown[]): Record<'excel' | 'sheets' | 'engine', Outcome> {
  const entry = findFunction(name)!;
  const reference = invokeForHost(entry, args, 'en', () => 'fault');
  const grid = reference.ok && Array.isArray(reference.result) ? (reference.result as unknown[][]) : [[0]];
  return { excel: inExcel(name, args), sheets: inSheets(name, args), engine: inEngine(name, args, grid.length, grid[0].length) };
}

function valueOf(outcome: Outcome): unknown[][] {
  if (!('value' in outcome)) throw new Error(`expected a result, got the error ${outcome.error}`);
  return outcome.value as unknown[][];
}

const STAGES = column('G10', 'C50', 'Qualified', 'A90', 'S100', 'LOST');
const AMOUNTS = column(100000, 40000, 70000, 250000, 80000, 30000);
const ENTERED = column(46000, 46020, 46030, 46050, 46060, 46070);
const AS_OF = 46100;
const BAD_ROW = 3;
const BAD_STAGE = /^stages, row 3: "Qualified" is not a stage; use G10, G20, E25, D30, C50, B75, A90, S100, LOST$/;
const HOST_SHOWS = {
  excel: (message: RegExp) => new RegExp(`^#VALUE! ${message.source.slice(1)}`),
  sheets: (message: RegExp) => new RegExp(`^${ROW_FAULT_MARK} ${message.source.slice(1)}`),
  engine: (message: RegExp) => new RegExp(`^#VALUE! ${message.source.slice(1)}`),
};

describe.each([
  ['WINPROB', [STAGES], [0]],
  ['WEIGHTED', [AMOUNTS, STAGES], [0, 1]],
  ['FORECAST_CATEGORY', [STAGES], [0]],
  ['STALLED', [STAGES, ENTERED, AS_OF], [0, 1]],
] as const)('%s over a pipeline with one Qualified stage on the default ladder', (name, args, rowArgs) => {
  const withoutBadRow = args.map((arg, i) => ((rowArgs as readonly number[]).includes(i) ? without(arg as unknown[][], BAD_ROW) : arg));
  const outcomes = everyHost(name, args);

  it.each(['excel', 'sheets', 'engine'] as const)('in %s, errors that row only, naming it, and computes the rest as without it', (host) => {
    const result = valueOf(outcomes[host]);
    const expected = valueOf(everyHost(name, withoutBadRow)[host]);
    expect(result).toHaveLength(STAGES.length);
    expect(result[BAD_ROW - 1]).toEqual([{ error: expect.stringMatching(HOST_SHOWS[host](BAD_STAGE)) }]);
    expect(without(result, BAD_ROW)).toEqual(expected);
    expect(expected.flat().every((cell) => typeof cell === 'number' || (typeof cell === 'string' && !cell.startsWith('#')))).toBe(true);
  });
});

describe('EVIDENCED_STAGE and FORECAST_ACCURACY set their bad row aside too', () => {
  const proofs = [
    ['x', 'x', null, null, null, null, null, null],
    ['x', 'maybe', null, null, null, null, null, null],
    ['x', 'x', 'x', null, null, null, null, null],
  ];
  const forecast = column(120000, 'lots', 100000);
  const actual = column(100000, 100000, 100000);

  it.each(['excel', 'sheets', 'engine'] as const)('in %s', (host) => {
    expect(valueOf(everyHost('EVIDENCED_STAGE', [proofs])[host])).toEqual([['G20'], [{ error: expect.stringMatching(HOST_SHOWS[host](/^proofs, row 2: "maybe" is not a tick/)) }], ['E25']]);
    expect(valueOf(everyHost('FORECAST_ACCURACY', [forecast, actual])[host])).toEqual([
      [0.2],
      [{ error: expect.stringMatching(HOST_SHOWS[host](/^forecast, row 2: 'lots' is not a number/)) }],
      [0],
    ]);
  });
});

describe('FUNNEL and FORECAST_RANGE over the good rows, listing the row they set aside', () => {
  it.each(['excel', 'sheets', 'engine'] as const)('in %s', (host) => {
    const funnel = valueOf(everyHost('FUNNEL', [STAGES, AMOUNTS])[host]);
    const funnelWithout = valueOf(everyHost('FUNNEL', [without(STAGES, BAD_ROW), without(AMOUNTS, BAD_ROW)])[host]);
    expect(funnel.map((row) => row.slice(0, 4))).toEqual(funnelWithout);
    expect(funnelWithout.map((row) => row[0])).toEqual(['G10', 'G20', 'E25', 'D30', 'C50', 'B75', 'A90', 'S100']);
    // One more column: the rows set aside in its first cell, the rest blank.
    expect(funnel.map((row) => row[4])).toEqual([expect.stringMatching(/^Set aside \(1\): stages, row 3: "Qualified" is not a stage; use G10, /), '', '', '', '', '', '', '']);

    const amounts = column(100000, 'TBD', 100000);
    const probabilities = column(0.5, 0.5, 0.5);
    const range = valueOf(everyHost('FORECAST_RANGE', [amounts, probabilities])[host]);
    expect(range.map((row) => row.slice(0, 2))).toEqual(valueOf(everyHost('FORECAST_RANGE', [without(amounts, 2), without(probabilities, 2)])[host]));
    expect(range.map((row) => row[2])).toEqual(["Set aside (1): amounts, row 2: 'TBD' is not a number", '', '', '']);
  });
});

describe('a stage typed as its label, in English or Chinese, computes as its code', () => {
  const codes = column('G20', 'C50', 'A90');
  const labels = column('Visit & research', 'needs analysis & solution design', '商务谈判');

  it.each(['excel', 'sheets', 'engine'] as const)('in %s', (host) => {
    for (const [name, args] of [
      ['WINPROB', (stages: unknown[][]) => [stages]],
      ['WEIGHTED', (stages: unknown[][]) => [column(1000, 2000, 3000), stages]],
      ['FORECAST_CATEGORY', (stages: unknown[][]) => [stages]],
      ['FUNNEL', (stages: unknown[][]) => [stages, column(1000, 2000, 3000)]],
      ['STALLED', (stages: unknown[][]) => [stages, column(46000, 46000, 46000), AS_OF]],
    ] as const) {
      const byLabel = valueOf(everyHost(name, args(labels))[host]);
      expect(byLabel).toEqual(valueOf(everyHost(name, args(codes))[host]));
      expect(JSON.stringify(byLabel)).not.toMatch(/error|Set aside/);
    }
  });
});

describe('the message in the row follows the workbook’s language', () => {
  const chinese = [['language', 'zh-CN']];
  const BAD_STAGE_ZH = /^stages，第 3 行：“Qualified”不是有效阶段；可用 G10, /;

  it.each(['excel', 'sheets', 'engine'] as const)('in %s', (host) => {
    const result = valueOf(everyHost('WINPROB', [STAGES, undefined, undefined, chinese])[host]);
    expect(result[BAD_ROW - 1]).toEqual([{ error: expect.stringMatching(HOST_SHOWS[host](BAD_STAGE_ZH)) }]);
    const funnel = valueOf(everyHost('FUNNEL', [STAGES, AMOUNTS, undefined, undefined, chinese])[host]);
    expect(funnel[0][4]).toMatch(/^已剔除\(1\)：stages，第 3 行：“Qualified”不是有效阶段/);
  });
});

describe('a call that is wrong as a whole still errors as a whole', () => {
  it.each(['excel', 'sheets'] as const)('in %s, a ladder that is no ladder', (host) => {
    const outcome = host === 'excel' ? inExcel('WINPROB', [STAGES, 'STEPS']) : inSheets('WINPROB', [STAGES, 'STEPS']);
    expect(outcome).toEqual({ error: expect.stringMatching(/^ladder: 'STEPS' is not a ladder/) });
  });
});

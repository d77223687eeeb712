import fc from 'fast-check';
import { DealKitError } from '../../shared/errors';
import { CATALOG, type CatalogEntry } from '../../shared/functions/catalog';
import { helpOf } from '../../shared/functions/help';
import { hostError } from '../../shared/functions/coerce';
import { defaultCallContext, INTERNAL_SUBJECT, invokeEntry } from '../../shared/functions/invoke';
import type { FunctionEntry, FunctionResult } from '../../shared/functions/types';

/** Words the functions give meaning to, so generated inputs reach past the first validation. */
const MEANINGFUL = [
  '+',
  '-',
  '?',
  'yes',
  'no',
  'unknown',
  'YES',
  'x',
  'TRUE',
  'FALSE',
  'TAS',
  'SIGNATURE',
  'PPVVC',
  'MILESTONES',
  'FUNNEL',
  'G10',
  'G20',
  'C50',
  'A90',
  'S100',
  'LOST',
  'Qualified',
  'Won',
  'Identified',
  'L3',
  'Sponsor',
  'Supporter',
  'Neutral',
  'Enemy',
  'Non-supporter',
  'Decision maker',
  'Approver',
  'Coach',
  'decision',
  'management',
  'none',
  'brief',
  'deep',
  '25%',
  '1,200',
  '2026-03-31',
  '#N/A',
  '主办人',
  '是',
  '',
];

const cell = fc.oneof(
  fc.double(),
  fc.integer({ min: -5, max: 100 }),
  fc.constantFrom(0, 1, -1, 3, 5, 0.5, 45000, 46000),
  fc.string({ maxLength: 6 }),
  fc.constantFrom(...MEANINGFUL),
  fc.constantFrom(null, undefined, ''),
  fc.boolean(),
  fc.date({ min: new Date(1990, 0, 1), max: new Date(2040, 0, 1), noInvalidDate: true }),
  fc.constant(hostError('#REF!')),
);

const grid = fc.oneof(
  fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 25 }),
  // ragged
  fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 6 }),
  // a whole column of one meaningful word, so deeper rules are reached
  fc.tuple(fc.constantFrom(...MEANINGFUL), fc.integer({ min: 1, max: 30 })).map(([word, rows]) => Array.from({ length: rows }, () => [word])),
  fc.constant([]),
  fc.constant([[]]),
);

const argument = fc.oneof(cell, grid);

function isValidResult(result: FunctionResult): boolean {
  const scalarOk = (value: unknown): boolean => typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
  if (!Array.isArray(result)) return scalarOk(result);
  if (result.length === 0) return false;
  const width = result[0].length;
  return width > 0 && result.every((row) => Array.isArray(row) && row.length === width && row.every(scalarOk));
}

function checkCall(entry: FunctionEntry, args: unknown[]): void {
  let result: FunctionResult;
  try {
    result = invokeEntry(entry, args, defaultCallContext('en'));
  } catch (error) {
    if (!(error instanceof DealKitError)) throw new Error(`${entry.name} threw ${String(error)} on ${JSON.stringify(args)}`);
    if (error.subject === INTERNAL_SUBJECT) throw new Error(`${entry.name} failed internally: ${error.message} on ${JSON.stringify(args)}`);
    const named = entry.params.some((param) => error.message.includes(param.name) && error.messageIn('zh-CN').includes(param.name));
    if (!named) throw new Error(`${entry.name}: "${error.message}" names none of its arguments`);
    return;
  }
  if (!isValidResult(result)) throw new Error(`${entry.name} returned ${JSON.stringify(result)} on ${JSON.stringify(args)}`);
  if (entry.result !== 'value' && !Array.isArray(result)) throw new Error(`${entry.name} returned a scalar for a ${entry.result} result`);
}

describe.each(CATALOG.map((entry) => [entry.name, entry] as const))('%s on arbitrary input', (_name, entry) => {
  it('returns a valid result or an error naming one of its arguments', () => {
    const count = fc.integer({ min: 0, max: entry.params.length + 2 });
    fc.assert(
      fc.property(
        count.chain((n) => fc.array(argument, { minLength: n, maxLength: n })),
        (args) => {
          checkCall(entry, args);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('does the same on its own examples with one argument spoiled', () => {
    for (const example of helpOf(entry).examples) {
      fc.assert(
        fc.property(fc.nat({ max: Math.max(0, example.args.length - 1) }), argument, (index, spoiled) => {
          const args = [...example.args];
          args[index] = spoiled;
          checkCall(entry, args);
        }),
        { numRuns: 100 },
      );
    }
  });
});

/** The rows of an example's range arguments, one cell each: a bad value put there has a known row. */
function rangeCells(entry: CatalogEntry): { example: readonly unknown[]; param: number; row: number; column: number }[] {
  const cells: { example: readonly unknown[]; param: number; row: number; column: number }[] = [];
  for (const example of helpOf(entry).examples) {
    entry.params.forEach((param, p) => {
      const grid = example.args[p];
      // A single cell is read as a value (a ladder id, a number of days), not as rows.
      if (param.kind !== 'range' || !Array.isArray(grid) || (grid.length === 1 && (grid[0] as unknown[]).length === 1)) return;
      (grid as unknown[][]).forEach((cells_, r) => cells_.forEach((_, c) => cells.push({ example: example.args, param: p, row: r + 1, column: c + 1 })));
    });
  }
  return cells;
}

function spoilCell(args: readonly unknown[], param: number, row: number, column: number, bad: unknown): unknown[] {
  const spoiled = [...args];
  spoiled[param] = (args[param] as unknown[][]).map((cells, r) => cells.map((value, c) => (r === row - 1 && c === column - 1 ? bad : value)));
  return spoiled;
}

const withRangeCells = CATALOG.filter((entry) => rangeCells(entry).length > 0);

describe.each(withRangeCells.map((entry) => [entry.name, entry] as const))('%s with one bad cell in a range argument', (_name, entry) => {
  const cells = rangeCells(entry);

  // Every cell of every example, so a row that is misnamed cannot be missed by sampling.
  it('names the argument and the row of a host error value (#REF!) wherever it sits', () => {
    for (const { example, param, row, column } of cells) {
      const name = entry.params[param].name;
      let error: unknown;
      try {
        invokeEntry(entry, spoilCell(example, param, row, column, hostError('#REF!')), defaultCallContext('en'));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(DealKitError);
      const message = (error as DealKitError).message;
      const zh = (error as DealKitError).messageIn('zh-CN');
      expect({ name, row, message, zh, en: message.startsWith(`${name}, row ${row}:`), cn: zh.startsWith(`${name}，第 ${row} 行`) }).toEqual({
        name,
        row,
        message,
        zh,
        en: true,
        cn: true,
      });
    }
  });

  it('when a bad number or word is refused by position, the position is that cell’s row', () => {
    for (const { example, param, row, column } of cells) {
      for (const bad of [-7, 2.5, 'zz?bad', '150%']) {
        const name = entry.params[param].name;
        try {
          invokeEntry(entry, spoilCell(example, param, row, column, bad), defaultCallContext('en'));
        } catch (error) {
          if (!(error instanceof DealKitError)) throw error;
          // A whole-range complaint ("costs: ROI needs costs above 0") names no position; anything naming one must be exact.
          if (!error.message.startsWith(name) || !/\b(row|item) \d+/.test(error.message)) continue;
          expect(error.message).toMatch(new RegExp(`^${name},? row ${row}:`));
        }
      }
    }
  });
});

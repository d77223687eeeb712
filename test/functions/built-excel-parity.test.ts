/**
 * The shipped functions.js is minified hard to stay under its size limit (field names shortened, see
 * webpack.config.js): it must still answer every call exactly as the source does — each result, each
 * message, in both languages. Every documented example is called as written and with each kind of
 * settings argument, then again with cells swapped for others a sheet may hold; seeded, so a failure repeats.
 */
import { CATALOG } from '../../shared/functions/catalog';
import { FUNCTION_HELP } from '../../shared/functions/help';
import { FakeCustomFunctionsError, loadExcelFunctions } from '../../fakes/built-hosts';

type Handler = (...args: unknown[]) => unknown;

/** A deterministic stream of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}

const CELLS: readonly unknown[] = [
  null,
  '',
  ' ',
  0,
  1,
  -1,
  0.5,
  2,
  100,
  1e16,
  -0,
  NaN,
  Infinity,
  true,
  false,
  'x',
  '+',
  '-',
  '?',
  'yes',
  'no',
  '是',
  '否',
  '未知',
  'TAS',
  'SIGNATURE',
  'PPVVC',
  'MILESTONES',
  'FUNNEL',
  'G10',
  'C50',
  'A90',
  'S100',
  'LOST',
  'Won',
  'Qualified',
  'L3',
  '商务谈判',
  'lost',
  '1,234.5',
  '1.234,5',
  '12%',
  '40%',
  '-3',
  '1e3',
  'abc',
  '#N/A',
  '#REF!',
  new Date(2024, 0, 15),
  '2024-02-30',
  '2024-02-28',
  46000,
  46100,
  3,
  5,
  4,
  'sponsor',
  'Enemy',
  '敌人',
  'Neutral',
  'A',
  'D, E',
  'Coach',
  'deep',
  'None',
  'Decision layer',
  'Alice',
  'yes_threshold',
  'language',
  'zh-CN',
  'decimal_mark',
  ',',
  'TAS.05',
  'control_limit',
  'commit_from',
  0.95,
  'B24',
  'frontal',
  'a text that goes on well past the forty characters a message quotes',
  'Demo',
  0.3,
  0.8,
  0.1,
  0.9,
  1.2,
  250000,
];

const SETTINGS: readonly unknown[] = [
  null,
  [['language', 'zh-CN']],
  [
    ['language', 'en'],
    ['decimal_mark', ','],
  ],
  [
    ['yes_threshold', 0.2],
    ['no_threshold', 0.3],
  ],
  [
    ['control_at_risk', 1],
    ['control_limit', 2],
    ['best_case_from', 0.4],
    ['commit_from', 0.8],
    ['red_flag_influence', 2],
    ['lead_ratio', 2],
  ],
  [
    ['TAS.05', 3, true, 'B9'],
    ['SIG.04', 0, 'no'],
  ],
  [['bogus', 1]],
  [['language', 'fr']],
  [['yes_threshold', '#N/A', null, 'B3']],
];

/** What a cell shows: a value, or an error element as its code and message. */
function shown(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shown);
  if (value instanceof FakeCustomFunctionsError) return `${value.code} ${value.message}`;
  if (typeof value === 'number' && Number.isNaN(value)) return 'NaN';
  return value;
}

function outcome(handler: Handler, args: readonly unknown[]): string {
  try {
    return JSON.stringify(shown(handler(...args, {})));
  } catch (error) {
    return `throws ${error instanceof FakeCustomFunctionsError ? `${error.code} ${error.message}` : String(error)}`;
  }
}

/** The calls: each example as written with every settings argument, then varied cell by cell. */
function calls(): [name: string, args: unknown[]][] {
  const random = seeded(20261207);
  const pick = <T>(from: readonly T[]): T => from[Math.floor(random() * from.length)];
  const vary = (value: unknown): unknown => {
    if (!Array.isArray(value)) return random() < 0.1 ? null : pick(CELLS);
    const roll = random();
    if (roll < 0.15 && value.length > 1) return value.slice(0, -1);
    if (roll < 0.25) return [...value, value[0]];
    return value.map((item) => (random() < 0.25 ? vary(item) : item));
  };
  const list: [string, unknown[]][] = [];
  for (const entry of CATALOG) {
    const count = entry.params.length;
    const asExcel = (args: readonly unknown[]): unknown[] => Array.from({ length: count }, (_, i) => args[i] ?? null);
    for (const example of FUNCTION_HELP[entry.name].examples) {
      for (const settings of SETTINGS) {
        const args = asExcel(example.args);
        args[count - 1] = settings;
        list.push([entry.name, args]);
      }
      for (let n = 0; n < 60; n += 1) {
        const args = asExcel(example.args).map((arg) => (random() < 0.4 ? vary(arg) : arg));
        args[count - 1] = pick(SETTINGS);
        list.push([entry.name, args]);
      }
    }
  }
  return list;
}

/** excel-addin/functions.ts from source, under the same runtime stand-in as the built script. */
function sourceHandlers(): Map<string, Handler> {
  const associated = new Map<string, Handler>();
  const globals = globalThis as Record<string, unknown>;
  globals.CustomFunctions = { associate: (id: string, fn: Handler) => associated.set(id, fn), Error: FakeCustomFunctionsError, ErrorCode: { invalidValue: '#VALUE!' } };
  jest.isolateModules(() => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require('../../excel-addin/functions');
  });
  return associated;
}

describe.each([
  ['English', 'en-US'],
  ['Chinese', 'zh-CN'],
])('the built functions.js with Excel in %s', (_language, displayLanguage) => {
  const office = { context: { displayLanguage } };
  let source: Map<string, Handler>;
  let built: Map<string, Handler>;

  beforeAll(() => {
    source = sourceHandlers();
    (globalThis as Record<string, unknown>).Office = office;
    built = loadExcelFunctions({ Office: office }).associated;
  });

  afterAll(() => {
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    delete (globalThis as Record<string, unknown>).Office;
  });

  it('answers every call as the source does: the same results and the same messages', () => {
    const differences: string[] = [];
    const all = calls();
    for (const [name, args] of all) {
      const expected = outcome(source.get(name)!, args);
      const actual = outcome(built.get(name)!, args);
      if (actual !== expected) differences.push(`${name}(${JSON.stringify(args)}): built ${actual}, source ${expected}`);
    }
    expect(differences.slice(0, 5)).toEqual([]);
    expect(all.length).toBeGreaterThan(2000);
  });
});

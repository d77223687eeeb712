/**
 * The reliability probe: the BUILT artefacts used as an adversarial user would use them, with a seeded
 * generator so every run makes the same calls and finds the same things. Section 1 calls every catalog
 * function (its `settings` argument included) thousands of times with generated arguments — ranges of
 * numbers, text numbers in both decimal conventions, NaN-like text, dates, booleans, error text, huge and
 * empty ranges, wrong arity, random settings rows — through dist/excel-addin/functions.js and the
 * dist/gas custom-function globals (fakes/built-hosts.ts), and counts clear errors, raw
 * exceptions, results a cell cannot show and answers on which the two hosts disagree. Section 2 calls
 * every `dealkit*` server function of dist/gas with malformed arguments and counts raw exceptions (and
 * refused calls that changed a cell anyway). Section 3 builds rep pipeline workbooks with the faults reps'
 * sheets have (mixed-locale text amounts, broken dates, duplicate headers, stray columns, huge amounts,
 * user sheets named like DealKit's own) on the SpreadsheetApp fake (fakes/gas-vm.ts), rolls them
 * up, snapshots and exports them, and counts non-finite cells, reconciliations that do not hold, text
 * amounts read against the workbook's decimal mark, user cells changed and raw exceptions. Each host gets
 * what it really passes: Excel every declared argument (null when omitted) and never a formula short of
 * a required one; Sheets a one-cell range as the cell's value, blanks as '' and Dates of its own realm.
 * `npm run probe` builds first; counts go to bench/probe.json (the same seed writes the same file), with
 * up to five examples (input and output) of every non-zero defect count.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { CATALOG, type CatalogEntry } from '../shared/functions/catalog';
import { helpOf } from '../shared/functions/help';
import type { FunctionEntry } from '../shared/functions/types';
import { pipelineHeaderRow, type PipelineColumnId } from '../shared/pipeline/columns';
import { isGeneratedSheet, TEAM_PIPELINE_MARKER } from '../shared/pipeline/markers';
import { FakeCustomFunctionsError, loadAppsScript, loadExcelFunctions } from '../fakes/built-hosts';
import { ROW_FAULT_MARK } from '../gas/custom-functions';
import { createGasGlobals, type FakeGasGlobals, type FakeSheet } from '../fakes/spreadsheet-app';
import { GAS_DIST, loadGasProject, type GasVm } from '../fakes/gas-vm';
import { seededRandom, type SeededRandom } from './bench/seeded-random';

const SEED = 20261206;
const CALLS_PER_FUNCTION = 1100;
const SERVER_CALLS_PER_FUNCTION = 80;
const WORKBOOKS = 30;
const EXAMPLES_KEPT = 5;

/**
 * Messages a JavaScript engine writes, which a user cannot act on. An error is CLEAR when the host's
 * error type carries it (CustomFunctions.Error #VALUE! in Excel, an Error in Apps Script), it matches none
 * of these, and it starts with the name of one of the function's arguments or with the function's own
 * name, followed by a separator (space, comma, colon, bracket, in either language) — the way every
 * DealKit message points the user at what to fix. Anything else thrown is a RAW exception.
 */
const RAW_ERROR =
  /Cannot read|Cannot convert|Cannot destructure|is not a function|is not iterable|of undefined|of null|TypeError|RangeError|ReferenceError|SyntaxError|Maximum call stack|\[object Object\]/;

/** Text that betrays a number or object that leaked into a result or message (unless the user typed it). */
const LEAKED_TEXT = /\bNaN\b|Infinity|\bundefined\b|\[object /;

function leaks(text: string, inputText: string): boolean {
  const match = LEAKED_TEXT.exec(text);
  return match !== null && !inputText.includes(match[0]);
}

function isClearMessage(message: unknown, entry: FunctionEntry, inputText: string): boolean {
  if (typeof message !== 'string' || message.trim() === '' || RAW_ERROR.test(message) || leaks(message, inputText)) return false;
  const names = [entry.name, ...entry.params.map((param) => param.name)];
  return names.some((name) => message.startsWith(name) && /^($|[\s,，:：(（[])/.test(message.slice(name.length)));
}

/** A date cell: Excel hands functions its serial number, Apps Script a Date at local midnight. */
class DateCell {
  constructor(readonly serial: number) {}
}

type Examples = Record<string, unknown[]>;

function keep(examples: Examples, kind: string, example: unknown): void {
  const list = (examples[kind] ??= []);
  if (list.length < EXAMPLES_KEPT) list.push(example);
}

// ---------------------------------------------------------------------------------------------- inputs

const TEXT_NUMBERS = ['1,200.50', '1.200,50', '1 200,50', '1 200', '1,5', '12,34', '€1.200,50', '$1,000', '1,2,3', ' 42 ', '50%', '(100)', '1e3', '0x10', '-0', '+7', '١٢٣', '１２'];
const NAN_LIKE = ['NaN', 'Infinity', '-Infinity', '1e999', '-1e999'];
const ERROR_TEXT = ['#REF!', '#N/A', '#VALUE!', '#DIV/0!', '#NUM!', '#NAME?', '#ERROR!'];
const WORDS = [
  '+',
  '-',
  '?',
  '',
  ' ',
  'yes',
  'no',
  'TRUE',
  'G20',
  'A90',
  'C50',
  'LOST',
  'lost',
  'Won',
  'TAS.03',
  'maybe',
  '2026-12-20',
  '2026-12-20 garbage',
  '31/02/2026',
  '<script>alert(1)</script>',
  '团队',
  'x'.repeat(3000),
];
const NUMBERS = [0, -0, 1, -1, 0.5, 1.5, -50000, 40, 100, 1e15, 1e16, 1e308, -1e308, 5e-324, Number.MAX_SAFE_INTEGER, 46357, 2958466, -5];

/**
 * Whether this call's cells may hold NaN-like text. Half the calls have none, so a NaN or Infinity in
 * their messages or results cannot be an echo of what the user typed.
 */
let nanLikeText = true;

function randomCell(random: SeededRandom): unknown {
  const roll = random.next();
  if (!nanLikeText && roll >= 0.5 && roll < 0.55) return random.pick(TEXT_NUMBERS);
  if (roll < 0.25) return random.pick(NUMBERS);
  if (roll < 0.35) return Math.round((random.next() - 0.3) * 10 ** random.int(0, 7) * 100) / 100;
  if (roll < 0.5) return random.pick(TEXT_NUMBERS);
  if (roll < 0.55) return random.pick(NAN_LIKE);
  if (roll < 0.62) return new DateCell(random.pick([46357, 46000 + random.int(0, 800), 1, 0, -1, 2958466]));
  if (roll < 0.68) return random.next() < 0.5;
  if (roll < 0.73) return random.pick(ERROR_TEXT);
  if (roll < 0.82) return null;
  return random.pick(WORDS);
}

function randomGrid(random: SeededRandom): unknown[][] {
  const roll = random.next();
  let rows: number;
  let columns: number;
  if (roll < 0.03) {
    rows = random.int(2000, 6000);
    columns = random.int(1, 3);
  } else if (roll < 0.08) {
    return [[random.pick([null, ''])]];
  } else if (roll < 0.09) {
    return random.pick([[], [[]]]);
  } else {
    rows = random.int(1, 25);
    columns = random.int(1, 4);
  }
  const uniform = random.next() < 0.3 ? randomCell(random) : undefined;
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => (uniform !== undefined && random.next() < 0.9 ? uniform : randomCell(random))));
}

const SETTING_KEYS = [
  'yes_threshold',
  'no_threshold',
  'lead_ratio',
  'control_at_risk',
  'control_limit',
  'red_flag_influence',
  'best_case_from',
  'commit_from',
  'decimal_mark',
  'language',
  'TAS.03',
  'TAS.05',
  'YES_THRESHOLD',
  'yes_treshold',
  '',
  'x',
];
const SETTING_VALUES = [',', '.', 'x', 'en', 'zh-CN', 'fr', 0.2, 0.9, 3, -1, '20%', '0,2', '0.2', 1e308, null, '', true, '#REF!', 'NaN'];

function randomSettings(random: SeededRandom): unknown {
  const roll = random.next();
  if (roll < 0.45) return null;
  if (roll < 0.5) return randomGrid(random);
  const rows = random.int(1, 5);
  return Array.from({ length: rows }, () => {
    const value = random.pick(SETTING_VALUES);
    const row: unknown[] = [random.pick(SETTING_KEYS), value === 'NaN' && !nanLikeText ? '0.2' : value];
    if (random.next() < 0.3) row.push(random.pick(['', true, false]), random.pick(['B22', '', 'Z9']));
    return row;
  });
}

function randomArgument(random: SeededRandom, kind: string): unknown {
  if (random.next() < 0.12) return random.next() < 0.5 ? null : randomGrid(random);
  if (kind === 'range') return randomGrid(random);
  return randomCell(random);
}

/** A catalog example with some arguments replaced: reaches the paths past the first argument check. */
function mutatedExample(random: SeededRandom, entry: CatalogEntry): unknown[] {
  const examples = helpOf(entry).examples;
  const args = [...random.pick(examples).args];
  const changes = random.next() < 0.7 ? 1 : 2;
  for (let i = 0; i < changes; i += 1) {
    const at = random.int(0, entry.params.length - 1);
    const current = args[at];
    if (Array.isArray(current) && current.length > 0 && random.next() < 0.6) {
      const copy = (current as unknown[][]).map((row) => [...row]);
      const r = random.int(0, copy.length - 1);
      copy[r][random.int(0, copy[r].length - 1)] = randomCell(random);
      args[at] = copy;
    } else args[at] = randomArgument(random, entry.params[at].kind);
  }
  return args;
}

function randomCall(random: SeededRandom, entry: CatalogEntry): unknown[] {
  nanLikeText = random.next() < 0.5;
  const settingsAt = entry.params.length - 1;
  let args: unknown[];
  const roll = random.next();
  if (roll < 0.25) args = [...random.pick(helpOf(entry).examples).args];
  else if (roll < 0.7) args = mutatedExample(random, entry);
  else args = entry.params.map((param) => randomArgument(random, param.kind));
  if (random.next() < 0.35) args[settingsAt] = randomSettings(random);
  const arity = random.next();
  if (arity < 0.05) args = args.slice(0, random.int(0, args.length - 1));
  else if (arity < 0.08) args = [...entry.params.map((_, i) => args[i]), ...Array.from({ length: random.int(1, 3) }, () => randomCell(random))];
  return args;
}

// ----------------------------------------------------------------------------- section 1: functions

interface FunctionCounts {
  calls: number;
  excelCalls: number;
  appsScriptCalls: number;
  results: number;
  resultsByFunction: Record<string, number>;
  clearErrors: number;
  /** Rows of a result the call could not compute, each shown with a message naming its row (counted among the results). */
  rowFaults: number;
  rawExceptions: number;
  nonFinite: number;
  nonShowable: number;
  leakedText: number;
  /** Calls with a required argument left out or too many arguments: Excel refuses the formula, only Sheets runs it. */
  excelRefusedFormulas: number;
  comparedCalls: number;
  /** Of the compared calls, those on which the hosts answered differently: */
  disagreements: number;
  /** … both with a value, not the same; */
  differentValues: number;
  /** … one with a value, the other with an error; */
  valueAgainstError: number;
  /** … both with a clear error, worded differently (which argument is blamed first). */
  differentErrors: number;
  /**
   * Not counted as disagreements: the same error, except that Excel says "row 1" of a one-cell range
   * and Sheets, which passes a one-cell range over as the cell's value, cannot.
   */
  sameErrorButRowOfOneCell: number;
  /** Of the disagreements, those where an argument was a single cell (Sheets hands a one-cell range over as the value itself). */
  disagreementsWithOneCellRange: number;
}

type Outcome = { readonly value: unknown } | { readonly error: unknown; readonly clear: boolean };

function showable(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function containsNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  return Array.isArray(value) && value.some(containsNonFinite);
}

function isShowableResult(value: unknown): boolean {
  if (showable(value)) return true;
  if (!Array.isArray(value) || value.length === 0) return false;
  const width = Array.isArray(value[0]) ? value[0].length : -1;
  return width > 0 && value.every((row) => Array.isArray(row) && row.length === width && row.every(showable));
}

function resultTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.flatMap(resultTexts) : [];
}

/** JSON for comparing and reporting, with dates and long text made readable. */
function describe(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof DateCell) return `date(${v.serial})`;
    if (typeof v === 'string' && v.length > 60) return `${v.slice(0, 20)}…(${v.length} chars)`;
    if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
    if (Array.isArray(v) && v.length > 12) return [...v.slice(0, 6), `…(${v.length} rows)`];
    return v;
  });
}

/** The whole input as text, for telling a leaked NaN from one the user typed. */
function fullText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (v instanceof DateCell ? `date(${v.serial})` : typeof v === 'number' && !Number.isFinite(v) ? String(v) : v)) ?? 'undefined';
}

function serialToDate(serial: number, makeDate: (y: number, m: number, d: number) => Date): Date {
  return makeDate(1899, 11, 30 + serial);
}

function probeFunctions(random: SeededRandom, examples: Examples): FunctionCounts {
  const counts: FunctionCounts = {
    calls: 0,
    excelCalls: 0,
    appsScriptCalls: 0,
    results: 0,
    resultsByFunction: {},
    clearErrors: 0,
    rowFaults: 0,
    rawExceptions: 0,
    nonFinite: 0,
    nonShowable: 0,
    leakedText: 0,
    excelRefusedFormulas: 0,
    comparedCalls: 0,
    disagreements: 0,
    differentValues: 0,
    valueAgainstError: 0,
    differentErrors: 0,
    sameErrorButRowOfOneCell: 0,
    disagreementsWithOneCellRange: 0,
  };
  const excel = loadExcelFunctions();
  const gas = loadAppsScript();
  // Apps Script hands a custom function arrays and Dates of its own realm.
  const makeGasDate = vm.runInContext('(function (y, m, d) { return new Date(y, m, d); })', gas) as (y: number, m: number, d: number) => Date;
  const gasArray = vm.runInContext('(function () { return []; })', gas) as () => unknown[];

  const forExcel = (value: unknown): unknown => {
    if (value instanceof DateCell) return value.serial;
    if (Array.isArray(value)) return value.map(forExcel);
    return value;
  };
  const forGas = (value: unknown, top: boolean): unknown => {
    if (value instanceof DateCell) return serialToDate(value.serial, makeGasDate);
    // Sheets hands a blank cell over as ''; a null is only ever an omitted argument.
    if (value === null && !top) return '';
    if (Array.isArray(value)) {
      // Sheets passes a one-cell range as the cell's value, not as a 1×1 array.
      if (top && value.length === 1 && Array.isArray(value[0]) && value[0].length === 1) return forGas(value[0][0], false);
      const copy = gasArray();
      for (const item of value) copy.push(forGas(item, false));
      return copy;
    }
    return value;
  };

  const run = (host: 'excel' | 'gas', entry: FunctionEntry, fn: (...args: unknown[]) => unknown, args: unknown[], input: unknown[]): Outcome => {
    counts.calls += 1;
    if (host === 'excel') counts.excelCalls += 1;
    else counts.appsScriptCalls += 1;
    let value: unknown;
    try {
      value = fn(...args);
    } catch (error) {
      const hostError = host === 'excel' ? error instanceof FakeCustomFunctionsError && error.code === '#VALUE!' : Object.prototype.toString.call(error) === '[object Error]';
      const message = (error as { message?: unknown } | null)?.message;
      const clear = hostError && isClearMessage(message, entry, fullText(input));
      if (clear) counts.clearErrors += 1;
      else {
        counts.rawExceptions += 1;
        keep(examples, `functions.rawExceptions`, { host, fn: entry.name, args: describe(input), thrown: String(message ?? error) });
      }
      return { error: message, clear };
    }
    // A row the call set aside: Excel shows a #VALUE! error value, Sheets its marked text. Read as Sheets
    // shows it, so the hosts compare; its message is held to the standard of a whole call's.
    if (host === 'excel' && Array.isArray(value)) {
      value = (value as unknown[][]).map((row) =>
        Array.isArray(row) ? row.map((cell) => (cell instanceof FakeCustomFunctionsError && cell.code === '#VALUE!' ? `${ROW_FAULT_MARK} ${cell.message}` : cell)) : row,
      );
    }
    for (const text of resultTexts(value)) {
      if (!text.startsWith(`${ROW_FAULT_MARK} `)) continue;
      counts.rowFaults += 1;
      if (isClearMessage(text.slice(ROW_FAULT_MARK.length + 1), entry, fullText(input))) continue;
      counts.rawExceptions += 1;
      keep(examples, `functions.rawExceptions`, { host, fn: entry.name, args: describe(input), row: text });
    }
    counts.results += 1;
    counts.resultsByFunction[entry.name] = (counts.resultsByFunction[entry.name] ?? 0) + 1;
    if (containsNonFinite(value)) {
      counts.nonFinite += 1;
      keep(examples, 'functions.nonFinite', { host, fn: entry.name, args: describe(input), result: describe(value) });
    } else if (!isShowableResult(value)) {
      counts.nonShowable += 1;
      keep(examples, 'functions.nonShowable', { host, fn: entry.name, args: describe(input), result: describe(value) });
    }
    const inputText = fullText(input);
    const leaked = resultTexts(value).find((text) => leaks(text, inputText));
    if (leaked !== undefined) {
      counts.leakedText += 1;
      keep(examples, 'functions.leakedText', { host, fn: entry.name, args: describe(input), result: leaked.slice(0, 200) });
    }
    return { value };
  };

  for (const entry of CATALOG) {
    const excelFn = excel.associated.get(entry.name);
    const gasFn = gas[entry.name];
    if (!excelFn || typeof gasFn !== 'function') throw new Error(`${entry.name} is missing from a built host`);
    for (let i = 0; i < CALLS_PER_FUNCTION; i += 1) {
      const input = randomCall(random, entry);
      const gasOutcome = run(
        'gas',
        entry,
        gasFn as (...args: unknown[]) => unknown,
        input.map((arg) => forGas(arg, true)),
        input,
      );
      // Excel refuses a formula with a required argument left out or with too many (functions.json declares them),
      // so such a call only reaches Sheets, which passes whatever the formula has.
      if (input.length > entry.params.length || entry.params.some((param, at) => !param.optional && input[at] === undefined)) {
        counts.excelRefusedFormulas += 1;
        continue;
      }
      // Excel passes every declared parameter (null when omitted); an invocation object follows.
      const excelArgs = entry.params.map((_, at) => (input[at] === undefined ? null : forExcel(input[at])));
      const excelOutcome = run('excel', entry, excelFn, [...excelArgs, { address: 'Sheet1!A1' }], input);
      counts.comparedCalls += 1;
      const same =
        'value' in excelOutcome && 'value' in gasOutcome
          ? describe(excelOutcome.value) === describe(gasOutcome.value)
          : 'error' in excelOutcome && 'error' in gasOutcome && excelOutcome.error === gasOutcome.error;
      const withoutRow = (message: unknown) => String(message).replace(/, row 1:|，第 1 行：/, (found) => (found.startsWith(',') ? ':' : '：'));
      if (!same && 'error' in excelOutcome && 'error' in gasOutcome && withoutRow(excelOutcome.error) === gasOutcome.error) {
        counts.sameErrorButRowOfOneCell += 1;
        continue;
      }
      if (!same) {
        counts.disagreements += 1;
        const kind = 'value' in excelOutcome && 'value' in gasOutcome ? 'differentValues' : 'value' in excelOutcome || 'value' in gasOutcome ? 'valueAgainstError' : 'differentErrors';
        counts[kind] += 1;
        const oneCell = input.some((arg) => Array.isArray(arg) && arg.length === 1 && Array.isArray(arg[0]) && arg[0].length === 1);
        if (oneCell) counts.disagreementsWithOneCellRange += 1;
        keep(examples, `functions.disagreements.${kind}${oneCell ? '.oneCellRange' : ''}`, {
          fn: entry.name,
          args: describe(input),
          excel: describe(excelOutcome),
          appsScript: describe(gasOutcome),
        });
      }
    }
  }
  return counts;
}

// ---------------------------------------------------------------------- section 2: server functions

/** An answer a sidebar can show: {ok:true, …} or {ok:false, message} with a message a user can act on. */
function isServerAnswer(answer: unknown, args: readonly unknown[]): boolean {
  if (typeof answer !== 'object' || answer === null) return false;
  const { ok, message } = answer as { ok?: unknown; message?: unknown };
  if (ok === true) return true;
  return ok === false && typeof message === 'string' && message.trim() !== '' && !RAW_ERROR.test(message) && !leaks(message, fullText(args));
}

const HEADER = ['Deal ID', 'Opportunity', 'Amount', 'Stage', 'Close date', 'Next step'];
const GOOD_REVIEW = { finished: '', evidence: '', doingNow: '', preparingNext: '' };
const GOOD_DEAL = {
  row: 2,
  id: 'A-0',
  account: '',
  opportunity: 'Deal 0',
  owner: '',
  amount: 1000,
  stage: 'G20',
  stageEntered: '',
  closeDate: '2026-12-10',
  nextStep: 'Call',
  evidence: '',
  proofs: [],
};
const GOOD_SHAPES: readonly Record<string, unknown>[] = [
  { sheetName: 'Ana', row: 2, dealId: 'A-0', stage: 'G20', proofs: [], review: GOOD_REVIEW, stageEntered: '2026-12-01', read: GOOD_DEAL },
  { sheetName: null, method: 'TAS', ours: [], theirs: [], notes: [], signs: [], strategy: {} },
  { sheetName: null, slots: {}, benefits: [], costs: [], risks: [] },
  { locale: 'en', ladder: 'MILESTONES', currency: 'USD', sheetName: null },
  { id: 'settings', locale: 'en' },
  { periodKind: 'quarter' },
];
const FIELDS = [
  'sheetName',
  'row',
  'dealId',
  'stage',
  'proofs',
  'review',
  'read',
  'locale',
  'method',
  'ours',
  'theirs',
  'notes',
  'signs',
  'strategy',
  'slots',
  'benefits',
  'costs',
  'risks',
  'ladder',
  'currency',
  'id',
  'format',
  'periodKind',
  'period',
  'stageEntered',
  '__proto__',
  'constructor',
];
const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '=IMPORTXML("http://x","//a")',
  '=1+1',
  '{{7*7}}',
  '<?= 1 ?>',
];

function garbage(random: SeededRandom, depth = 0): unknown {
  const roll = random.next();
  if (roll < 0.1) return undefined;
  if (roll < 0.18) return null;
  if (roll < 0.28) return random.pick([0, -1, 1.5, 1e308, -1e308, 2 ** 53, 3, 2]);
  if (roll < 0.34) return random.next() < 0.5;
  if (roll < 0.44) return random.pick(PAYLOADS);
  if (roll < 0.48) return 'x'.repeat(random.pick([10000, 200000]));
  if (roll < 0.58)
    return random.pick([
      '',
      ' ',
      'en',
      'zh-CN',
      'fr',
      'Ana',
      'Team pipeline',
      'Dashboard',
      'Settings',
      'A-0',
      'G20',
      'salesforce',
      'hubspot',
      '2026-12-01',
      '2026-Q4',
      'quarter',
      'TAS',
      'settings',
      'toString',
      '__proto__',
      'constructor',
    ]);
  if (depth > 3 || roll < 0.66) {
    if (random.next() < 0.3) {
      // Deep nesting, as a hostile client could send.
      let nested: unknown = random.pick(PAYLOADS);
      for (let i = 0; i < random.int(20, 300); i += 1) nested = random.next() < 0.5 ? [nested] : { a: nested };
      return nested;
    }
    return random.pick([[], {}, [1, 'a'], [[null]], { length: 3 }]);
  }
  if (roll < 0.8) return Array.from({ length: random.int(0, 5) }, () => garbage(random, depth + 1));
  const shaped: Record<string, unknown> = random.next() < 0.6 ? { ...random.pick(GOOD_SHAPES) } : {};
  for (let i = random.int(1, 4); i > 0; i -= 1) shaped[random.pick(FIELDS)] = garbage(random, depth + 1);
  return shaped;
}

interface ServerCounts {
  functions: number;
  calls: number;
  answeredOk: number;
  refused: number;
  /** dealkitOpen…: menu handlers, which open a panel and answer nothing. */
  menuHandlerCalls: number;
  rawExceptions: number;
  refusedButWrote: number;
}

/** The project's HTML files, which the menu and open-dialog functions serve. */
function builtHtmlFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of readdirSync(GAS_DIST)) if (file.endsWith('.html')) files[file.replace(/\.html$/, '')] = readFileSync(join(GAS_DIST, file), 'utf8');
  return files;
}

function pipelineWorkbookForServer(files: Record<string, string>): GasVm {
  const globals = createGasGlobals({ sheets: ['Notes'], files });
  const book = globals.SpreadsheetApp.spreadsheet;
  book
    .getSheetByName('Notes')!
    .getRange(1, 1, 2, 2)
    .setValues([
      ['my notes', 42],
      ['keep', 'me'],
    ]);
  book
    .insertSheet('Ana')
    .getRange(1, 1, 3, HEADER.length)
    .setValues([HEADER, ['A-0', 'Deal 0', 1000, 'G20', new Date(2026, 11, 10), 'Call'], ['A-1', 'Deal 1', 2000, 'G20', new Date(2026, 11, 11), 'Call']]);
  book.getSheetByName('Ana')!.activate();
  globals.SpreadsheetApp.resetLog();
  return loadGasProject({ globals });
}

function sheetState(sheets: readonly FakeSheet[]): Map<FakeSheet, string> {
  return new Map(sheets.map((sheet) => [sheet, `${sheet.getName()}\n${JSON.stringify(sheet.getDataRange().getValues())}`]));
}

function changedSheets(before: Map<FakeSheet, string>, globals: FakeGasGlobals): string[] {
  const now = new Set(globals.SpreadsheetApp.spreadsheet.getSheets());
  const changed: string[] = [];
  for (const [sheet, state] of before) {
    if (!now.has(sheet)) changed.push(`${state.split('\n')[0]} (deleted)`);
    else if (sheetState([sheet]).get(sheet) !== state) changed.push(sheet.getName());
  }
  return changed;
}

function probeServer(random: SeededRandom, examples: Examples): ServerCounts {
  const files = builtHtmlFiles();
  let gas = pipelineWorkbookForServer(files);
  const names = Object.keys(gas.context)
    .filter((name) => name.startsWith('dealkit') && typeof gas.context[name] === 'function')
    .sort();
  const counts: ServerCounts = { functions: names.length, calls: 0, answeredOk: 0, refused: 0, menuHandlerCalls: 0, rawExceptions: 0, refusedButWrote: 0 };
  for (const name of names) {
    const arity = (gas.context[name] as (...args: unknown[]) => unknown).length;
    const menuHandler = name.startsWith('dealkitOpen');
    for (let i = 0; i < SERVER_CALLS_PER_FUNCTION; i += 1) {
      if (i % 20 === 0) gas = pipelineWorkbookForServer(files);
      const args = Array.from({ length: arity }, () => garbage(random));
      // The locale is usually sound, so the checks past it are reached.
      if (arity > 0 && random.next() < 0.6) args[arity - 1] = random.pick(['en', 'zh-CN']);
      if (random.next() < 0.05) args.push(garbage(random));
      const before = sheetState(gas.globals.SpreadsheetApp.spreadsheet.getSheets());
      counts.calls += 1;
      let answer: unknown;
      try {
        answer = gas.call(name, ...args);
      } catch (error) {
        counts.rawExceptions += 1;
        keep(examples, 'server.rawExceptions', { fn: name, args: describe(args), thrown: String(error).slice(0, 300) });
        continue;
      }
      // The menu's handlers (gas/menu.ts) open a panel and answer nothing; only a throw is raw for them.
      if (menuHandler && answer === undefined) {
        counts.menuHandlerCalls += 1;
        continue;
      }
      if (!isServerAnswer(answer, args)) {
        counts.rawExceptions += 1;
        keep(examples, 'server.rawExceptions', { fn: name, args: describe(args), answered: describe(answer)?.slice(0, 300) });
        continue;
      }
      if ((answer as { ok: boolean }).ok) counts.answeredOk += 1;
      else {
        counts.refused += 1;
        const changed = changedSheets(before, gas.globals);
        if (changed.length > 0) {
          counts.refusedButWrote += 1;
          keep(examples, 'server.refusedButWrote', { fn: name, args: describe(args), answered: describe(answer), changed });
        }
      }
    }
  }
  return counts;
}

// ------------------------------------------------------------------------------ section 3: workbooks

const GENERATED_NAMES = [
  'Team pipeline',
  'Dashboard',
  'Pipeline history',
  'Pipeline change',
  'Forecast accuracy',
  '团队商机管道',
  '仪表板',
  '商机历史',
  'team pipeline',
  'Team pipeline (2)',
];
const STAGES = ['G10', 'G20', 'C50', 'A90', 'LOST', 'WON', 'c50', ' A90 ', 'Z99', '', 'Closed won'];
const AMOUNTS: readonly unknown[] = [
  1200,
  50000,
  0,
  -5,
  1e308,
  -1e308,
  1e13,
  1e16,
  0.005,
  '€1.200,50',
  '1,5',
  '1 200,50',
  '1,2,3',
  '1,200.50',
  '1.200',
  '12abc',
  '',
  null,
  '#REF!',
  true,
  'NaN',
  'Infinity',
  '50%',
];
const COLUMN_SETS: readonly PipelineColumnId[][] = [
  ['id', 'opportunity', 'amount', 'stage', 'closeDate', 'nextStep'],
  ['id', 'account', 'opportunity', 'owner', 'amount', 'stage', 'closeDate', 'stageEntered', 'nextStep'],
  ['id', 'opportunity', 'amount', 'currency', 'stage', 'closeDate', 'probabilityOverride', 'overrideReason'],
];

interface GeneratedSheet {
  readonly name: string;
  readonly values: unknown[][];
}

/** Every amount cell typed under each deal ID of a workbook (an ID typed twice is ambiguous and not checked). */
type AmountsById = Map<string, unknown[]>;

function repSheet(random: SeededRandom, name: string, ids: string[], amountsById: AmountsById = new Map()): GeneratedSheet {
  const locale = random.next() < 0.75 ? 'en' : 'zh-CN';
  const columns = random.pick(COLUMN_SETS);
  const header = pipelineHeaderRow(locale, [], columns);
  const fault = random.next();
  if (fault < 0.12) header.push(header[columns.indexOf('amount')]);
  else if (fault < 0.2) header.push(header[columns.indexOf('stage')]);
  if (random.next() < 0.5) header.push(random.pick(['Notes', 'Comment', '备注', 'Amount EUR', '']));
  const rows: unknown[][] = [];
  if (random.next() < 0.5) rows.push(['Rep:', name]);
  if (random.next() < 0.3) rows.push([]);
  rows.push(header);
  const count = random.int(0, random.next() < 0.1 ? 150 : 25);
  for (let r = 0; r < count; r += 1) {
    if (random.next() < 0.05) {
      rows.push([]);
      continue;
    }
    const row: unknown[] = header.map(() => '');
    const id = random.next() < 0.08 ? random.pick(['', ids[0] ?? 'X-1']) : `${name.slice(0, 3)}-${r}`;
    ids.push(String(id));
    columns.forEach((column, at) => {
      switch (column) {
        case 'id':
          row[at] = id;
          break;
        case 'amount':
          row[at] = random.next() < 0.5 ? random.int(1, 900) * 100 : random.pick(AMOUNTS);
          break;
        case 'stage':
          row[at] = random.next() < 0.7 ? random.pick(['G10', 'G20', 'C50', 'A90']) : random.pick(STAGES);
          break;
        case 'closeDate':
        case 'stageEntered':
          row[at] =
            random.next() < 0.75
              ? new Date(2026, random.int(0, 14), random.int(1, 28))
              : random.pick([new Date(Number.NaN), '2026-12-20', '2026-12-20 garbage', 46400, '', 'soon', new Date(9e15)]);
          break;
        case 'currency':
          row[at] = random.pick(['USD', 'EUR', '', 'usd', 'XXX']);
          break;
        case 'probabilityOverride':
          row[at] = random.pick(['', '', 0.5, 1.5, '40%', 'high', -0.1]);
          break;
        default:
          row[at] = random.next() < 0.8 ? `${column} ${r}` : random.pick(['', '<b>x</b>', '=1+1']);
      }
    });
    for (let at = columns.length; at < header.length; at += 1) if (random.next() < 0.3) row[at] = random.pick(AMOUNTS);
    // A row with content only under an unread column.
    if (random.next() < 0.04) {
      row.fill('');
      row[header.length - 1] = 'ask Bo about the renewal';
    } else amountsById.set(String(id), [...(amountsById.get(String(id)) ?? []), row[columns.indexOf('amount')]]);
    rows.push(row);
  }
  return { name, values: rows };
}

function userSheetLikeGenerated(random: SeededRandom, name: string): GeneratedSheet {
  if (random.next() < 0.4) return { ...repSheet(random, name, []), name };
  const rows = random.int(1, 12);
  return { name, values: Array.from({ length: rows }, (_, r) => [`my ${name} note ${r}`, random.int(1, 1000), random.pick(['', 'keep', 1e308, '1,5'])]) };
}

/**
 * The rows padded to a rectangle, as setValues needs. Text that setValues would turn into a number (Sheets
 * parses a plain decimal string as typed) keeps a leading apostrophe, so it stays text as in a column
 * formatted as text or pasted from a CSV: the probe means '1.200' to reach the roll-up as text.
 */
function rectangular(values: readonly unknown[][]): unknown[][] {
  const width = Math.max(1, ...values.map((row) => row.length));
  const asTyped = (cell: unknown) => (cell === undefined ? '' : typeof cell === 'string' && /^\s*[+-]?(\d+\.?\d*|\.\d+)\s*$/.test(cell) ? `'${cell}` : cell);
  return values.map((row) => Array.from({ length: width }, (_, at) => asTyped(row[at])));
}

function rowHasContent(row: readonly unknown[]): boolean {
  return row.some((cell) => cell !== '' && cell !== null && cell !== undefined);
}

/**
 * What a text amount means by the documented rule (docs/functions.md, the decimal-mark paragraph): the
 * workbook's decimal mark decides; "," or "." or a space only group digits in threes; anything else is
 * refused (set aside), never guessed. undefined: must be set aside.
 */
const TEXT_AMOUNT_RULE: Readonly<Record<'.' | ',', Readonly<Record<string, number | undefined>>>> = {
  '.': { '1,200.50': 1200.5, '1.200': 1.2, '1,5': undefined, '1 200,50': undefined, '1,2,3': undefined, '12abc': undefined, NaN: undefined, Infinity: undefined },
  ',': { '1,200.50': undefined, '1.200': 1200, '1,5': 1.5, '1 200,50': 1200.5, '1,2,3': undefined, '12abc': undefined, NaN: undefined, Infinity: undefined },
};

/** Deal ID → amount as the generated Team pipeline sheet shows it (the sheet whose A1 is DealKit's team marker). */
function teamPipelineAmounts(sheets: readonly FakeSheet[]): Map<string, unknown> | undefined {
  const team = sheets.find((sheet) => sheet.getRange(1, 1).getValue() === TEAM_PIPELINE_MARKER);
  if (!team) return undefined;
  const values = team.getDataRange().getValues();
  const idHeaders = [pipelineHeaderRow('en', [], ['id'])[0], pipelineHeaderRow('zh-CN', [], ['id'])[0]];
  const amountHeaders = [pipelineHeaderRow('en', [], ['amount'])[0], pipelineHeaderRow('zh-CN', [], ['amount'])[0]];
  const headerAt = values.findIndex((row) => row.some((cell) => idHeaders.includes(String(cell))));
  if (headerAt < 0) return undefined;
  const idAt = values[headerAt].findIndex((cell) => idHeaders.includes(String(cell)));
  const amountAt = values[headerAt].findIndex((cell) => amountHeaders.includes(String(cell)));
  const out = new Map<string, unknown>();
  for (const row of values.slice(headerAt + 1)) if (row[idAt] !== '' && row[idAt] !== null) out.set(String(row[idAt]), row[amountAt]);
  return out;
}

interface WorkbookCounts {
  workbooks: number;
  repSheets: number;
  userSheetsNamedLikeDealKit: number;
  pipelineRows: number;
  serverCalls: number;
  refusals: number;
  rawExceptions: number;
  nonFiniteCells: number;
  nonFiniteCsvFields: number;
  reconciliationFailures: number;
  setAsideWithoutReason: number;
  /** Workbooks whose Settings say the decimal mark is ",". */
  commaDecimalWorkbooks: number;
  /** Text amounts checked against the decimal-mark rule in the Team pipeline sheet, and those read otherwise. */
  textAmountsChecked: number;
  amountsReadAgainstRule: number;
  wrongWrites: number;
}

const NON_FINITE_TEXT = /^(NaN|-?Infinity|undefined|null|\[object Object\])$|Infinity\.NaN/;

function probeWorkbooks(random: SeededRandom, examples: Examples): WorkbookCounts {
  const files = builtHtmlFiles();
  const counts: WorkbookCounts = {
    workbooks: 0,
    repSheets: 0,
    userSheetsNamedLikeDealKit: 0,
    pipelineRows: 0,
    serverCalls: 0,
    refusals: 0,
    rawExceptions: 0,
    nonFiniteCells: 0,
    nonFiniteCsvFields: 0,
    reconciliationFailures: 0,
    setAsideWithoutReason: 0,
    commaDecimalWorkbooks: 0,
    textAmountsChecked: 0,
    amountsReadAgainstRule: 0,
    wrongWrites: 0,
  };
  for (let w = 0; w < WORKBOOKS; w += 1) {
    counts.workbooks += 1;
    const globals = createGasGlobals({ sheets: ['Notes'], files });
    const book = globals.SpreadsheetApp.spreadsheet;
    book
      .getSheetByName('Notes')!
      .getRange(1, 1, 1, 2)
      .setValues([['keep this', 7]]);
    const ids: string[] = [];
    const amountsById: AmountsById = new Map();
    const sheets: GeneratedSheet[] = [];
    for (let r = random.int(1, 6); r > 0; r -= 1) sheets.push(repSheet(random, random.pick(['Ana', 'Bo', 'Chen', 'Dee', 'Eli', '王伟', 'Rep 7']) + (r > 1 ? ` ${r}` : ''), ids, amountsById));
    for (let u = random.int(0, 2); u > 0; u -= 1) {
      const name = random.pick(GENERATED_NAMES);
      if (sheets.some((sheet) => sheet.name === name)) continue;
      sheets.push(userSheetLikeGenerated(random, name));
      counts.userSheetsNamedLikeDealKit += 1;
    }
    for (const sheet of sheets) {
      if (book.getSheetByName(sheet.name)) continue;
      const values = rectangular(sheet.values);
      book.insertSheet(sheet.name).getRange(1, 1, values.length, values[0].length).setValues(values);
      if (!GENERATED_NAMES.includes(sheet.name)) counts.repSheets += 1;
      counts.pipelineRows += sheet.values.filter(rowHasContent).length;
    }
    globals.SpreadsheetApp.resetLog();
    const gas = loadGasProject({ globals });
    const userSheets = book.getSheets();
    const before = sheetState(userSheets);

    const call = (name: string, ...args: unknown[]): { ok: boolean; value?: unknown; message?: string } | undefined => {
      counts.serverCalls += 1;
      let answer: unknown;
      try {
        answer = gas.call(name, ...args);
      } catch (error) {
        counts.rawExceptions += 1;
        keep(examples, 'workbooks.rawExceptions', { workbook: w, fn: name, args, thrown: String(error).slice(0, 300) });
        return undefined;
      }
      if (!isServerAnswer(answer, args)) {
        counts.rawExceptions += 1;
        keep(examples, 'workbooks.rawExceptions', { workbook: w, fn: name, args, answered: describe(answer)?.slice(0, 300) });
        return undefined;
      }
      const result = answer as { ok: boolean; value?: unknown; message?: string };
      if (!result.ok) {
        counts.refusals += 1;
        keep(examples, 'workbooks.refusals (not a defect by itself)', { workbook: w, fn: name, message: result.message });
      }
      return result;
    };

    const checkReport = (answer: ReturnType<typeof call>): void => {
      if (!answer?.ok) return;
      const report = (
        answer.value as {
          report?: {
            read: { deals: number; amount: number };
            counted: { deals: number; amount: number };
            setAside: { deals: number; amount: number };
            balanced: boolean;
            setAsideRows: { sheet: string; row: number; reasons: unknown[] }[];
          };
        }
      ).report;
      if (!report) return;
      const cents = (n: number) => Math.round(n * 100);
      const holds =
        report.balanced === true &&
        report.read.deals === report.counted.deals + report.setAside.deals &&
        cents(report.read.amount) === cents(report.counted.amount) + cents(report.setAside.amount) &&
        [report.read.amount, report.counted.amount, report.setAside.amount].every(Number.isFinite) &&
        report.setAsideRows.length === report.setAside.deals;
      if (!holds) {
        counts.reconciliationFailures += 1;
        keep(examples, 'workbooks.reconciliationFailures', {
          workbook: w,
          read: report.read,
          counted: report.counted,
          setAside: report.setAside,
          balanced: report.balanced,
          listed: report.setAsideRows.length,
        });
      }
      for (const line of report.setAsideRows) {
        if (!Array.isArray(line.reasons) || line.reasons.length === 0) {
          counts.setAsideWithoutReason += 1;
          keep(examples, 'workbooks.setAsideWithoutReason', { workbook: w, line });
        }
      }
    };

    let decimalMark: '.' | ',' = '.';
    if (random.next() < 0.5) {
      // The manager inserts DealKit's Settings sheet and says numbers are written 1.234,5.
      call('dealkitInsertTemplate', { id: 'settings' }, random.pick(['en', 'zh-CN']));
      const mark = book.getRangeByName('DK_DECIMAL_MARK');
      if (mark) {
        mark.setValue(',');
        decimalMark = ',';
        counts.commaDecimalWorkbooks += 1;
      } else keep(examples, 'workbooks.noDecimalMarkName', { workbook: w });
    }
    checkReport(call('dealkitRollUpTeam', null, random.pick(['en', 'zh-CN'])));
    const shown = teamPipelineAmounts(book.getSheets());
    for (const [id, typed] of amountsById) {
      if (typed.length !== 1 || typeof typed[0] !== 'string' || !(typed[0] in TEXT_AMOUNT_RULE[decimalMark]) || !shown) continue;
      counts.textAmountsChecked += 1;
      const expected = TEXT_AMOUNT_RULE[decimalMark][typed[0]];
      const got = shown.get(id);
      // Set aside for another reason (stage, date…) is not a misreading; counted must be read by the rule.
      const wrong = got !== undefined && (expected === undefined || typeof got !== 'number' || Math.abs(got - expected) > 1e-9);
      if (wrong) {
        counts.amountsReadAgainstRule += 1;
        keep(examples, 'workbooks.amountsReadAgainstRule', { workbook: w, decimalMark, id, typed: typed[0], shown: got, expected: expected ?? 'set aside' });
      }
    }
    call('dealkitTakeSnapshot', 'en');
    call('dealkitRollUpTeam', random.pick([null, '2026-Q4', '2026-12', '2026']), 'en');
    call('dealkitTakeSnapshot', 'zh-CN');
    checkReport(call('dealkitRollUpTeam', random.pick([null, '2027-Q1']), 'en'));
    const dates = call('dealkitListSnapshotDates', 'en');
    const listed = dates?.ok && Array.isArray(dates.value) ? (dates.value as unknown[]) : [];
    if (listed.length > 0) call('dealkitComparePipeline', listed[0], listed[listed.length - 1], 'en');
    call('dealkitForecastAccuracy', random.pick(['quarter', 'month']), 'en');
    for (const format of ['salesforce', 'hubspot']) {
      const csv = call('dealkitExportPipelineCsv', format, 'en');
      const text = csv?.ok ? (csv.value as { csv?: unknown }).csv : undefined;
      if (typeof text !== 'string') continue;
      const fields = text.split(/\r\n|,/).map((field) => field.replace(/^"|"$/g, ''));
      const bad = fields.filter((field) => NON_FINITE_TEXT.test(field));
      counts.nonFiniteCsvFields += bad.length;
      if (bad.length > 0) keep(examples, 'workbooks.nonFiniteCsvFields', { workbook: w, format, fields: bad.slice(0, 5) });
    }

    // Every cell DealKit wrote: the sheets it created or owns. User sheets are compared whole below.
    for (const sheet of book.getSheets()) {
      if (before.has(sheet) && !isGeneratedSheet(sheet.getDataRange().getValues())) continue;
      const values = sheet.getDataRange().getValues();
      values.forEach((row, r) =>
        row.forEach((cell, c) => {
          const bad =
            (typeof cell === 'number' && !Number.isFinite(cell)) || (typeof cell === 'string' && NON_FINITE_TEXT.test(cell)) || (cell instanceof Date && Number.isNaN(cell.getTime()));
          if (bad) {
            counts.nonFiniteCells += 1;
            keep(examples, 'workbooks.nonFiniteCells', { workbook: w, sheet: sheet.getName(), row: r + 1, column: c + 1, cell: String(cell) });
          }
        }),
      );
    }
    for (const changed of changedSheets(before, globals)) {
      counts.wrongWrites += 1;
      keep(examples, 'workbooks.wrongWrites', { workbook: w, sheet: changed });
    }
  }
  return counts;
}

// ------------------------------------------------------------------------------------------------ main

function main(): void {
  const started = performance.now();
  const examples: Examples = {};
  const functions = probeFunctions(seededRandom(SEED), examples);
  const afterFunctions = performance.now();
  const server = probeServer(seededRandom(SEED + 1), examples);
  const afterServer = performance.now();
  const workbooks = probeWorkbooks(seededRandom(SEED + 2), examples);
  const finished = performance.now();
  const totals = {
    rawExceptions: functions.rawExceptions + server.rawExceptions + workbooks.rawExceptions,
    nonFinite: functions.nonFinite + functions.nonShowable + functions.leakedText + workbooks.nonFiniteCells + workbooks.nonFiniteCsvFields,
    wrongWrites: workbooks.wrongWrites + server.refusedButWrote,
    disagreements: functions.disagreements,
    reconciliationFailures: workbooks.reconciliationFailures + workbooks.setAsideWithoutReason,
  };
  // No timings in the file: the same seed writes the same file, so a rerun's diff shows only what changed.
  const result = {
    seed: SEED,
    totals,
    functions,
    server,
    workbooks,
    examples,
  };
  const out = join(__dirname, '..', 'bench');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'probe.json'), `${JSON.stringify(result, null, 2)}\n`);
  const line = (label: string, counts: object) =>
    `${label}: ${Object.entries(counts)
      .filter(([, v]) => typeof v === 'number')
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`;
  console.log(line('functions', functions));
  console.log(line('server functions', server));
  console.log(line('workbooks', workbooks));
  console.log(line('TOTAL', totals));
  console.log(
    `seed ${SEED}: functions ${round(afterFunctions - started)} s, server functions ${round(afterServer - afterFunctions)} s, workbooks ${round(finished - afterServer)} s; written to bench/probe.json`,
  );
}

function round(ms: number): number {
  return Math.round(ms / 100) / 10;
}

main();

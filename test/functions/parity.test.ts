import { join } from 'node:path';
import { DetailedCellError, HyperFormula } from 'hyperformula';
import { cellA1 } from '../../shared/a1';
import { CATALOG } from '../../shared/functions/catalog';
import { helpOf } from '../../shared/functions/help';
import { invokeForHost, type RowFault } from '../../shared/functions/invoke';
import type { FunctionEntry } from '../../shared/functions/types';
import { functionsJson } from '../../tools/catalog-artifacts';
import { registerDealKitFunctions } from '../../playground/dealkit-plugin';
import { ROW_FAULT_MARK } from '../../gas/custom-functions';
import { distDir, FakeCustomFunctionsError, loadAppsScript, loadExcelFunctions, requireBuilt, topLevelFunctionNames } from '../../fakes/built-hosts';

interface Case {
  readonly entry: FunctionEntry;
  readonly args: readonly unknown[];
}

/** Every catalog example, plus a bad input per function so the error path is compared too. */
function cases(): Case[] {
  const all: Case[] = [];
  for (const entry of CATALOG) {
    for (const example of helpOf(entry).examples) all.push({ entry, args: example.args });
    const spoiled = [...(helpOf(entry).examples[0]?.args ?? [])];
    spoiled[0] = [['not valid ⚠'], ['#N/A']];
    all.push({ entry, args: spoiled });
  }
  return all;
}

type Outcome = { readonly value: unknown } | { readonly error: string };

/**
 * What the invoker gives the host, a row it could not compute shown as `rowFault` shows it: each host
 * passes its own (Excel an error value, Sheets marked text, HyperFormula a #VALUE!).
 */
function expected(entry: FunctionEntry, args: readonly unknown[], rowFault: RowFault): Outcome {
  const outcome = invokeForHost(entry, args, 'en', rowFault);
  return outcome.ok ? { value: outcome.result } : { error: outcome.message };
}

const excelRowFault: RowFault = (message) => new FakeCustomFunctionsError('#VALUE!', message);
const sheetsRowFault: RowFault = (message) => `${ROW_FAULT_MARK} ${message}`;
/** HyperFormula's #VALUE! cells, read back as their message. */
const engineRowFault: RowFault = (message) => ({ error: message });

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the built Excel functions.json', () => {
  const built = JSON.parse(requireBuilt(join(distDir, 'excel-addin', 'functions.json'))) as ReturnType<typeof functionsJson>;

  it('is what the catalog generates, and lists every entry with its parameters', () => {
    expect(built).toEqual(json(functionsJson()));
    const functions = (built as { functions: { id: string; name: string; parameters: { name: string; optional: boolean }[] }[] }).functions;
    expect(functions.map((f) => f.id)).toEqual(CATALOG.map((entry) => entry.name));
    for (const entry of CATALOG) {
      const listed = functions.find((f) => f.id === entry.name);
      expect(listed?.parameters.map((p) => [p.name, p.optional])).toEqual(entry.params.map((p) => [p.name, p.optional === true]));
    }
  });
});

describe('the built Excel functions.js', () => {
  const excel = loadExcelFunctions();

  it('associates every catalog entry once', () => {
    expect([...excel.associateCalls].sort()).toEqual(CATALOG.map((entry) => entry.name).sort());
  });

  it.each(cases().map((c, i) => [`${c.entry.name} #${i}`, c] as const))('agrees with the invoker: %s', (_label, { entry, args }) => {
    const handler = excel.associated.get(entry.name);
    if (!handler) throw new Error(`${entry.name} not associated`);
    // Excel passes every declared parameter (null when omitted) and an invocation object after them.
    const excelArgs = entry.params.map((_, i) => (args[i] === undefined ? null : args[i]));
    let outcome: Outcome;
    try {
      outcome = { value: json(handler(...excelArgs, {})) };
    } catch (error) {
      if (!(error instanceof Object) || (error as { code?: string }).code !== '#VALUE!') throw error;
      expect(error.constructor.name).toBe(FakeCustomFunctionsError.name);
      outcome = { error: (error as FakeCustomFunctionsError).message };
    }
    expect(outcome).toEqual(json(expected(entry, args, excelRowFault)));
  });
});

describe('the built Apps Script project', () => {
  const sandbox = loadAppsScript();
  const code = requireBuilt(join(distDir, 'gas', 'Code.js'));

  it('declares every catalog entry as a documented top-level custom function', () => {
    const names = topLevelFunctionNames(code);
    for (const entry of CATALOG) {
      expect(names).toContain(entry.name);
      const params = entry.params.map((p) => p.name).join(', ');
      const block = new RegExp(`/\\*\\*((?!\\*/)[\\s\\S])*@customfunction\\s*\\*/\\s*function ${entry.name}\\(${params}\\)`);
      expect(code).toMatch(block);
      expect(typeof sandbox[entry.name]).toBe('function');
    }
  });

  it('passes extra arguments on, so too many is an error rather than ignored', () => {
    for (const entry of CATALOG) {
      const fn = sandbox[entry.name] as (...args: unknown[]) => unknown;
      const args = [...helpOf(entry).examples[0].args, ...Array(entry.params.length - helpOf(entry).examples[0].args.length).fill(undefined), 'extra'];
      expect(() => fn(...args)).toThrow(`${entry.name} takes at most ${entry.params.length} arguments`);
    }
  });

  it.each(cases().map((c, i) => [`${c.entry.name} #${i}`, c] as const))('agrees with the invoker: %s', (_label, { entry, args }) => {
    const fn = sandbox[entry.name] as (...args: unknown[]) => unknown;
    let outcome: Outcome;
    try {
      outcome = { value: json(fn(...entry.params.map((_, i) => args[i]))) };
    } catch (error) {
      outcome = { error: (error as Error).message };
    }
    expect(outcome).toEqual(json(expected(entry, args, sheetsRowFault)));
  });
});

describe('HyperFormula with the DealKit plugin', () => {
  registerDealKitFunctions();

  it('registers every entry bare and with the DEAL. prefix, with the same parameters', () => {
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const entry of CATALOG) {
      expect(names).toContain(entry.name);
      expect(names).toContain(`DEAL.${entry.name}`);
      const plugin = HyperFormula.getFunctionPlugin(entry.name) as unknown as { implementedFunctions: Record<string, { parameters: unknown[] }> };
      expect(plugin.implementedFunctions[entry.name].parameters).toHaveLength(entry.params.length);
    }
  });

  /** Lays each range argument out in its own columns and calls the function on those cells. */
  function evaluateInSheet(entry: FunctionEntry, args: readonly unknown[], prefix: string): Outcome {
    const sheet: unknown[][] = [];
    const put = (row: number, col: number, value: unknown) => {
      while (sheet.length <= row) sheet.push([]);
      sheet[row][col] = value;
    };
    let column = 0;
    const refs = args.map((arg) => {
      if (arg === undefined) return '';
      if (!Array.isArray(arg)) {
        if (arg === null) return '""';
        if (typeof arg === 'string') return `"${arg.replace(/"/g, '""')}"`;
        // HyperFormula spells the logical constants as functions.
        return typeof arg === 'boolean' ? (arg ? 'TRUE()' : 'FALSE()') : String(arg);
      }
      const rows = arg as unknown[][];
      const width = Math.max(...rows.map((r) => r.length));
      rows.forEach((r, i) => r.forEach((v, j) => put(i, column + j, v === null ? null : typeof v === 'string' ? `'${v}` : v)));
      const range = `${cellA1(0, column)}:${cellA1(rows.length - 1, column + width - 1)}`;
      column += width + 1;
      return range;
    });
    while (refs.length > 0 && refs[refs.length - 1] === '') refs.pop();
    const at = column + 1;
    put(0, at, `=${prefix}${entry.name}(${refs.join(',')})`);
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: 'gpl-v3' });
    const top = hf.getCellValue({ sheet: 0, row: 0, col: at });
    const result = expected(entry, args, engineRowFault);
    if (!('value' in result)) return { error: top instanceof DetailedCellError ? top.message : `no error: ${String(top)}` };
    if (!Array.isArray(result.value)) return { value: top };
    const rows = result.value as unknown[][];
    const values = hf.getSheetValues(0);
    const shown = (value: unknown): unknown => (value instanceof DetailedCellError ? { error: value.message } : (value ?? ''));
    return { value: rows.map((row, r) => row.map((_, c) => shown(values[r]?.[at + c]))) };
  }

  it.each(cases().map((c, i) => [`${c.entry.name} #${i}`, c] as const))('agrees with the invoker in a sheet: %s', (_label, { entry, args }) => {
    expect(evaluateInSheet(entry, args, '')).toEqual(json(expected(entry, args, engineRowFault)));
    expect(evaluateInSheet(entry, args, 'DEAL.')).toEqual(json(expected(entry, args, engineRowFault)));
  });
});

import { SETTINGS_PARAM } from '../../shared/functions/types';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG, findFunction } from '../../shared/functions/catalog';
import { exampleFormula } from '../../shared/functions/formula-text';
import { FUNCTION_HELP, helpOf, paramHelp } from '../../shared/functions/help';
import { defaultCallContext, invokeEntry } from '../../shared/functions/invoke';
import { resultSizeOf } from '../../shared/functions/result-sizes';
import { functionsJson, functionsReferenceMarkdown, gasFunctionsSource } from '../../tools/catalog-artifacts';
import { EXCEL_BUILTIN_FUNCTIONS } from './fixtures/excel-builtins';
import { SHEETS_BUILTIN_FUNCTIONS } from './fixtures/sheets-builtins';

/** The functions the add-in promises its users, with exactly these arguments. */
const REQUIRED: Record<string, string> = {
  QUALIFY: 'ratings, [method], [competitor]',
  ASSESSMENT: 'ratings, [method], [competitor]',
  GAPS: 'ratings, [method]',
  CONTROL: 'signs',
  STRATEGY: 'compelling, can_compete, lead_3to1, can_change_criteria, can_fragment, position_to_protect, future_value',
  SUPPORT: 'attitudes, influence',
  RELATIONSHIP_RISKS: 'names, roles, layers, attitudes, contacts, influence',
  // the optional overrides column comes last so formulas written before it still work
  WINPROB: 'stages, [ladder], [overrides]',
  WEIGHTED: 'amounts, stages, [ladder], [overrides]',
  FORECAST_CATEGORY: 'stages, [ladder], [overrides]',
  FUNNEL: 'stages, amounts, [ladder], [overrides]',
  STAGE_CONVERSION: 'deal_ids, stages, [dates], [ladder]',
  STALLED: 'stages, entered, [as_of], [limits]',
  EVIDENCED_STAGE: 'proofs, [ladder]',
  NETVALUE: 'benefits, costs, [risks]',
  ROI: 'benefits, costs',
  PAYBACK: 'cashflows',
  VALUE_STATEMENT: 'template, slot1, [slot2], [slot3], [slot4]',
  DEAL_GRADE: 'value_to_customer, value_to_us, [strategic]',
  VELOCITY: 'open_deals, average_size, win_rate, cycle_days',
  PIPELINE_COVERAGE: 'open_pipeline, quota, [closed_won]',
  FORECAST_ACCURACY: 'forecast, actual',
  ACTIONS_DUE: 'due, status, today',
};

/** The signature before the settings argument, which every function takes last (checked below). */
const signature = (name: string): string | undefined =>
  findFunction(name)
    ?.params.filter((param) => param.name !== 'settings')
    .map((param) => (param.optional ? `[${param.name}]` : param.name))
    .join(', ');

describe('the catalog', () => {
  it.each(Object.entries(REQUIRED))('has %s(%s)', (name, args) => {
    expect(signature(name)).toBe(args);
  });

  it('holds nothing beyond that table but FORECAST_RANGE', () => {
    const extra = CATALOG.map((entry) => entry.name).filter((name) => !(name in REQUIRED));
    expect(extra.filter((name) => name !== 'FORECAST_RANGE')).toEqual([]);
  });

  it('reuses no name of an Excel or Google Sheets built-in function', () => {
    const builtIns = new Set([...EXCEL_BUILTIN_FUNCTIONS, ...SHEETS_BUILTIN_FUNCTIONS]);
    expect(CATALOG.map((entry) => entry.name).filter((name) => builtIns.has(name))).toEqual([]);
  });

  it('keeps built-in lists that would catch the obvious clashes', () => {
    for (const name of ['FORECAST', 'VALUE', 'RANK', 'NPV', 'IRR', 'FORECAST.LINEAR', 'TREND', 'GROWTH', 'PV']) {
      expect(EXCEL_BUILTIN_FUNCTIONS).toContain(name);
    }
    for (const name of ['FORECAST', 'VALUE', 'RANK', 'NPV', 'IRR', 'QUERY', 'SPARKLINE', 'SPLIT', 'JOIN']) {
      expect(SHEETS_BUILTIN_FUNCTIONS).toContain(name);
    }
    expect(EXCEL_BUILTIN_FUNCTIONS.length).toBeGreaterThan(450);
    expect(SHEETS_BUILTIN_FUNCTIONS.length).toBeGreaterThan(450);
  });

  it('uses names Excel accepts as custom-function ids: A–Z, 0–9, _; 3+ characters; not a cell reference', () => {
    for (const { name } of CATALOG) {
      expect(name).toMatch(/^[A-Z][A-Z0-9_]{2,}$/);
      expect(name).not.toMatch(/^[A-Z]{1,3}[0-9]+$/);
      expect(name).not.toMatch(/^R[0-9]*C[0-9]*$/);
      expect(name.endsWith('_')).toBe(false);
    }
  });

  it('documents every function and parameter in both languages, required parameters first', () => {
    for (const entry of CATALOG) {
      const help = helpOf(entry);
      // Help for exactly the parameters the function has: none missing, none left from a renamed one.
      // The settings parameter, the same on every function, has its help written from what the entry reads.
      expect(entry.params[entry.params.length - 1]).toEqual(SETTINGS_PARAM);
      expect(Object.keys(help.params).sort()).toEqual(
        entry.params
          .filter((param) => param !== SETTINGS_PARAM)
          .map((param) => param.name)
          .sort(),
      );
      for (const value of [help.description, help.resultHelp, ...entry.params.map((p) => paramHelp(entry, p)), ...help.examples.flatMap((e) => (e.note ? [e.note] : []))]) {
        expect(value.en.trim()).not.toBe('');
        expect(value['zh-CN'].trim()).not.toBe('');
        expect(value['zh-CN']).not.toBe(value.en);
      }
      const names = entry.params.map((param) => param.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9_]*$/);
      const firstOptional = entry.params.findIndex((param) => param.optional);
      if (firstOptional >= 0) expect(entry.params.slice(firstOptional).every((param) => param.optional)).toBe(true);
      if (entry.result !== 'value') expect(resultSizeOf(entry)).toBeDefined();
      expect(help.examples.length).toBeGreaterThan(0);
    }
  });

  it('has help for catalog functions only', () => {
    expect(Object.keys(FUNCTION_HELP).sort()).toEqual(CATALOG.map((entry) => entry.name).sort());
  });

  it('does not compile help that leaves a catalog function or parameter out, or documents one the catalog lacks', () => {
    const { DEAL_GRADE: dealGradeHelp, ...withoutDealGrade } = FUNCTION_HELP;
    // @ts-expect-error DEAL_GRADE is in the catalog, so its help is required
    const leftOut: typeof FUNCTION_HELP = withoutDealGrade;
    // @ts-expect-error DEAL_GRADES is no catalog function
    const stray: typeof FUNCTION_HELP = { ...FUNCTION_HELP, DEAL_GRADES: dealGradeHelp };
    const { costs, ...roiWithoutCosts } = FUNCTION_HELP.ROI.params;
    // @ts-expect-error ROI takes costs, so their help is required
    const paramLeftOut: typeof FUNCTION_HELP = { ...FUNCTION_HELP, ROI: { ...FUNCTION_HELP.ROI, params: roiWithoutCosts } };
    // @ts-expect-error ROI takes no cost argument
    const strayParam: typeof FUNCTION_HELP = { ...FUNCTION_HELP, ROI: { ...FUNCTION_HELP.ROI, params: { ...FUNCTION_HELP.ROI.params, cost: costs } } };
    expect(Object.keys(leftOut)).not.toContain('DEAL_GRADE');
    expect(Object.keys(stray)).toContain('DEAL_GRADES');
    expect(Object.keys(paramLeftOut.ROI.params)).not.toContain('costs');
    expect(Object.keys(strayParam.ROI.params)).toContain('cost');
  });

  it('gives the documented result for every example', () => {
    for (const entry of CATALOG) {
      for (const example of helpOf(entry).examples) {
        const formula = exampleFormula(entry, example, '');
        expect({ formula, result: invokeEntry(entry, example.args, defaultCallContext('en')) }).toEqual({ formula, result: example.result });
      }
    }
  });

  it('declares ranges as matrices and column or spill results as matrices in functions.json', () => {
    type Json = { functions: { id: string; result: { dimensionality: string }; parameters: { name: string; dimensionality: string; type: string }[] }[] };
    const json = functionsJson() as Json;
    for (const entry of CATALOG) {
      const listed = json.functions.find((f) => f.id === entry.name);
      expect(listed?.result.dimensionality).toBe(entry.result === 'value' ? 'scalar' : 'matrix');
      expect(listed?.parameters.map((p) => p.dimensionality)).toEqual(entry.params.map((p) => (p.kind === 'range' ? 'matrix' : 'scalar')));
      // The invoker, not Excel, coerces: Excel would answer a wrong type with a bare #VALUE!.
      expect(new Set(listed?.parameters.map((p) => p.type))).toEqual(new Set(entry.params.length ? ['any'] : []));
    }
  });

  it('writes one documented Apps Script global per function, the JSDoc right above it', () => {
    const source = gasFunctionsSource();
    for (const entry of CATALOG) {
      const params = entry.params.map((p) => `${p.name}: unknown`).join(', ');
      const at = source.indexOf(`global.${entry.name} = function (${params}) {`);
      expect(at).toBeGreaterThan(0);
      expect(source.slice(0, at).trimEnd().endsWith('@customfunction\n */')).toBe(true);
      const block = source.slice(source.lastIndexOf('/**', at), at);
      for (const param of entry.params) {
        expect(block).toMatch(new RegExp(`@param \\{[^}]+\\} ${param.optional ? `\\[${param.name}\\]` : param.name} \\S`));
      }
    }
  });

  it('has docs/functions.md up to date with the catalog', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'docs', 'functions.md'), 'utf8');
    expect(committed).toBe(functionsReferenceMarkdown());
  });
});

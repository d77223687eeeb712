/**
 * The built custom functions are functions of their arguments only. With every Apps Script service a
 * custom function could reach replaced by a stand-in that fails on any use (and an Excel global that
 * fails the same way), every function of the built Apps Script project and of the built Excel
 * functions script gives its documented answers, with and without a settings argument, and the
 * stand-ins record no call at all.
 */
import { CATALOG } from '../../shared/functions/catalog';
import { helpOf } from '../../shared/functions/help';
import { LANGUAGE_RULE_ID, SCALAR_RULES } from '../../shared/settings/function-rules';
import { loadAppsScript, loadExcelFunctions } from '../../fakes/built-hosts';

const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Counts and refuses every use of a service: reading a method is already a call to the host. */
function failingService(name: string, calls: string[]): unknown {
  return new Proxy(
    {},
    {
      get: (_target, key) => {
        if (typeof key !== 'string') return undefined;
        calls.push(`${name}.${key}`);
        throw new Error(`${name}.${key} is not available in a custom function`);
      },
    },
  );
}

/** DK_RULES as the Settings template writes it, holding DealKit's defaults: the documented answers must not move. */
const DEFAULT_RULES: unknown[][] = [[LANGUAGE_RULE_ID, 'en', '', 'B5'], ...SCALAR_RULES.map((rule) => [rule.id, rule.defaultValue, '', 'B1'])];

const examples = CATALOG.flatMap((entry) => helpOf(entry).examples.map((example, index) => ({ entry, example, label: `${entry.name} example ${index + 1}` })));

describe('the built Apps Script project with failing SpreadsheetApp, CacheService and PropertiesService', () => {
  const calls: string[] = [];
  const sandbox = loadAppsScript(Object.fromEntries(['SpreadsheetApp', 'CacheService', 'PropertiesService', 'LockService', 'Session'].map((name) => [name, failingService(name, calls)])));

  it.each(examples.map((e) => [e.label, e] as const))('%s gives its documented answer', (_label, { entry, example }) => {
    const fn = sandbox[entry.name] as (...args: unknown[]) => unknown;
    const own = entry.params.length - 1;
    const args = Array.from({ length: own }, (_, i) => example.args[i]);
    const settings = example.args[own];
    expect(json(fn(...args, settings))).toEqual(json(example.result));
    if (settings === undefined) expect(json(fn(...args, DEFAULT_RULES))).toEqual(json(example.result));
    expect(calls).toEqual([]);
  });
});

describe('the built Excel functions script with an Excel global that fails on any use', () => {
  const calls: string[] = [];
  const excel = loadExcelFunctions({ Excel: failingService('Excel', calls) });

  it.each(examples.map((e) => [e.label, e] as const))('%s gives its documented answer', (_label, { entry, example }) => {
    const handler = excel.associated.get(entry.name);
    if (!handler) throw new Error(`${entry.name} not associated`);
    const own = entry.params.length - 1;
    const args = Array.from({ length: own }, (_, i) => (example.args[i] === undefined ? null : example.args[i]));
    const settings = example.args[own];
    expect(json(handler(...args, settings ?? null, {}))).toEqual(json(example.result));
    if (settings === undefined) expect(json(handler(...args, DEFAULT_RULES, {}))).toEqual(json(example.result));
    expect(calls).toEqual([]);
  });
});

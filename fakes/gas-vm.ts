/**
 * Runs the built Apps Script project the way Apps Script does: every `dist/gas/*.js` file evaluated in
 * order in one global scope (a Node `vm` context) whose globals are the in-memory fakes.
 *
 * Arrays and objects made inside the vm belong to another realm: `toEqual` against outside arrays can
 * fail and `instanceof Array` is false. `call` passes arguments in and results out through JSON, as
 * `google.script.run` does.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { createGasGlobals, type FakeGasGlobals } from './spreadsheet-app';

export const GAS_DIST = join(__dirname, '..', 'dist', 'gas');

export interface GasVm {
  /** The vm's global object: every top-level function of the project is a property. */
  readonly context: vm.Context;
  readonly globals: FakeGasGlobals;
  /** Calls a top-level function with JSON-copied arguments and returns a JSON copy of its result. */
  call(name: string, ...args: unknown[]): unknown;
}

export interface GasVmOptions {
  /** Folder of the built project; default dist/gas. */
  readonly dir?: string;
  /** Fakes to use (e.g. a workbook seeded by the test); new ones when omitted. */
  readonly globals?: FakeGasGlobals;
  /** Sheet names of a new fake workbook. */
  readonly sheets?: readonly string[];
  readonly userLocale?: string;
}

/** True when the Apps Script bundle has been built (npm run build). */
export function gasBundleBuilt(dir = GAS_DIST): boolean {
  return existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.js'));
}

export function loadGasProject(options: GasVmOptions = {}): GasVm {
  const dir = options.dir ?? GAS_DIST;
  if (!gasBundleBuilt(dir)) throw new Error(`No built Apps Script files in ${dir}: run npm run build first.`);
  const htmlFiles: Record<string, string> = {};
  for (const f of readdirSync(dir)) if (f.endsWith('.html')) htmlFiles[f.replace(/\.html$/, '')] = readFileSync(join(dir, f), 'utf8');
  const globals = options.globals ?? createGasGlobals({ sheets: options.sheets, files: htmlFiles, userLocale: options.userLocale });

  const sandbox: Record<string, unknown> = {
    SpreadsheetApp: globals.SpreadsheetApp,
    Charts: globals.Charts,
    LockService: globals.LockService,
    HtmlService: globals.HtmlService,
    PropertiesService: globals.PropertiesService,
    Session: globals.Session,
    Logger: globals.Logger,
    console,
  };
  const context = vm.createContext(sandbox);
  // Apps Script evaluates the project's files in the order they are listed; the build has one or a few.
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort()) {
    vm.runInContext(readFileSync(join(dir, file), 'utf8'), context, { filename: join(dir, file) });
  }
  context.__dkArgs = '[]';
  return {
    context,
    globals,
    call(name: string, ...args: unknown[]): unknown {
      if (typeof context[name] !== 'function') throw new Error(`The Apps Script project has no top-level function ${name}.`);
      const json = globals.SpreadsheetApp.execute(name, () => {
        context.__dkArgs = JSON.stringify(args);
        return vm.runInContext(`JSON.stringify(${name}.apply(null, JSON.parse(__dkArgs)))`, context) as string | undefined;
      });
      return json === undefined ? undefined : JSON.parse(json);
    },
  };
}

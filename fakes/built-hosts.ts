/**
 * The built artefacts loaded the way their hosts load them: Excel's functions.js in a sandbox that supplies
 * the custom-functions runtime (associate, Error, ErrorCode); every dist/gas/*.js in one sandbox, as
 * Apps Script concatenates a project's files into one global scope.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';

export const distDir = join(__dirname, '..', 'dist');

export function requireBuilt(path: string): string {
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npx tsx tools/build.ts\` (npm test does) before these tests`);
  return readFileSync(path, 'utf8');
}

export class FakeCustomFunctionsError {
  readonly code: string;
  readonly message: string;
  constructor(code: string, message: string) {
    this.code = code;
    this.message = message;
  }
}

export interface ExcelRuntime {
  readonly associated: Map<string, (...args: unknown[]) => unknown>;
  readonly associateCalls: string[];
}

/** `globals` are put in the sandbox beside CustomFunctions (e.g. an `Excel` stand-in). */
export function loadExcelFunctions(globals: Record<string, unknown> = {}): ExcelRuntime {
  const source = requireBuilt(join(distDir, 'excel-addin', 'functions.js'));
  const associated = new Map<string, (...args: unknown[]) => unknown>();
  const associateCalls: string[] = [];
  const CustomFunctions = {
    associate(id: string | Record<string, (...args: unknown[]) => unknown>, fn?: (...args: unknown[]) => unknown) {
      if (typeof id === 'string' && fn) {
        associateCalls.push(id);
        associated.set(id, fn);
      } else if (typeof id === 'object') {
        for (const [key, value] of Object.entries(id)) {
          associateCalls.push(key);
          associated.set(key, value);
        }
      }
    },
    Error: FakeCustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
      invalidName: '#NAME?',
      invalidReference: '#REF!',
    },
  };
  const sandbox: Record<string, unknown> = { ...globals, CustomFunctions, console };
  sandbox.self = sandbox;
  sandbox.window = sandbox;
  vm.createContext(sandbox);
  vm.runInContext(source, sandbox, { filename: 'functions.js' });
  return { associated, associateCalls };
}

/** `globals` are Apps Script services (or stand-ins) the project finds at run time. */
export function loadAppsScript(globals: Record<string, unknown> = {}): Record<string, unknown> {
  const dir = join(distDir, 'gas');
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run \`npx tsx tools/build.ts\` (npm test does) before these tests`);
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.js'))
    .sort();
  if (files.length === 0) throw new Error(`${dir} holds no .js files: run the build first`);
  const sandbox: Record<string, unknown> = { ...globals, console };
  vm.createContext(sandbox);
  for (const file of files) vm.runInContext(readFileSync(join(dir, file), 'utf8'), sandbox, { filename: file });
  return sandbox;
}

/** Top-level function declarations of a plain script, as Apps Script lists them for custom functions. */
export function topLevelFunctionNames(source: string): string[] {
  return [...source.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((match) => match[1]);
}

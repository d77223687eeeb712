/**
 * The sidebar reaches the server only through top-level functions of the built Apps Script project
 * (google.script.run cannot call anything else), one per operation, generated at build from the
 * operation list. An operation added to the list without a rebuild has no server function, and the
 * sidebar would answer "missing" for it: these checks fail first.
 */
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { loadGasProject } from '../../fakes/gas-vm';
import { createSheetsBackend, type ScriptRun } from '../../gas/sidebar/sheets-backend';
import type { Locale } from '../../shared/i18n';
import type { BackendResult } from '../../shared/workbook/backend';
import { OPERATION_IDS, OPERATIONS, serverFunctionName, type Backend, type OperationId } from '../../shared/workbook/operations';
import { builtFile } from '../helpers/dist';

/** The function declarations at the top level of a script, as Apps Script lists them for google.script.run. */
function topLevelFunctions(source: string): string[] {
  const script = ts.createSourceFile('Code.js', source, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return script.statements.filter(ts.isFunctionDeclaration).flatMap((declaration) => (declaration.name ? [declaration.name.text] : []));
}

const declared = topLevelFunctions(readFileSync(builtFile('gas', 'Code.js'), 'utf8'));
const expected = OPERATION_IDS.map(serverFunctionName);

/** One operation called as the panels call it: placeholders for its arguments, then the UI's language. */
function callOperation(backend: Backend, id: OperationId, locale: Locale): Promise<BackendResult<unknown>> {
  const method = backend[id] as (...call: unknown[]) => Promise<BackendResult<unknown>>;
  return method(...OPERATIONS[id].takes.map(() => null), locale);
}

describe('the server functions of the built Apps Script project', () => {
  it('declares exactly one top-level function per operation, named dealkit and the operation', () => {
    for (const name of expected) expect(declared.filter((candidate) => candidate === name)).toEqual([name]);
  });

  it('declares no server function beyond the operations (the menu’s dealkitOpen… handlers aside)', () => {
    const server = declared.filter((name) => name.startsWith('dealkit') && !name.startsWith('dealkitOpen'));
    expect([...server].sort()).toEqual([...expected].sort());
  });

  it('the sidebar backend calls each operation’s function by that name, and the built project answers it', async () => {
    const gas = loadGasProject({ sheets: ['Notes'] });
    const calls: { name: string; args: unknown[] }[] = [];
    // google.script.run offers exactly the project's top-level functions; each answers on a later tick.
    const run = (): ScriptRun => {
      let onOk: (value: unknown) => void = () => undefined;
      const runner: ScriptRun = {
        withSuccessHandler(handler) {
          onOk = handler;
          return runner;
        },
        withFailureHandler() {
          return runner;
        },
      };
      for (const name of declared) {
        runner[name] = (...args: unknown[]) => {
          calls.push({ name, args });
          setTimeout(() => onOk(gas.call(name, ...args)), 0);
        };
      }
      return runner;
    };
    const backend = createSheetsBackend(run);
    for (const id of OPERATION_IDS) {
      calls.length = 0;
      const result = await callOperation(backend, id, 'zh-CN');
      expect({ id, calls }).toEqual({ id, calls: [{ name: serverFunctionName(id), args: [...OPERATIONS[id].takes.map(() => null), 'zh-CN'] }] });
      // An answer from the server itself (a refusal of the placeholders is one), never "missing" or "unexpected".
      expect(typeof result.ok).toBe('boolean');
      if (!result.ok) expect(result.message).not.toMatch(/is missing|Unexpected answer/);
    }
  });
});

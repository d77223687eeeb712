/**
 * The Apps Script server functions the sidebar calls, generated from the one operation list
 * (shared/workbook/operations.ts): google.script.run can only call top-level functions, and
 * gas-webpack-plugin makes one of each `global.NAME = function` it finds. Each passes its call on to
 * the one server runner, so no operation is written out by hand on the server.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPERATION_IDS, OPERATIONS, serverFunctionName } from '../shared/workbook/operations';

export function serverFunctionsSource(): string {
  const lines: string[] = [
    '// Generated from the DealKit operation list by tools/server-functions.ts. Do not edit: run `npm run build`.',
    "import { runServerOperation } from '../server-operation';",
    '',
    'declare global {',
    ...OPERATION_IDS.map((id) => `  var ${serverFunctionName(id)}: (...call: unknown[]) => unknown;`),
    '}',
    '',
  ];
  for (const id of OPERATION_IDS) {
    const names = OPERATIONS[id].takes.map(([name]) => name);
    lines.push(`/** Sidebar: ${id}(${[...names, 'locale'].join(', ')}). */`);
    // Every argument received is passed on: the runner checks them, so a call with too few is refused by name.
    lines.push(`global.${serverFunctionName(id)} = function () {`);
    lines.push(`  return runServerOperation('${id}', Array.prototype.slice.call(arguments));`);
    lines.push('};');
    lines.push('');
  }
  lines.push('export {};');
  return `${lines.join('\n')}\n`;
}

export function writeServerFunctions(root: string): void {
  mkdirSync(join(root, 'gas', 'generated'), { recursive: true });
  writeFileSync(join(root, 'gas', 'generated', 'server-functions.ts'), serverFunctionsSource());
}

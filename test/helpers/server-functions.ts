import { runServerOperation } from '../../gas/server-operation';
import { OPERATION_IDS, serverFunctionName } from '../../shared/workbook/operations';

/**
 * The sidebar's server functions on the TypeScript sources, as the build's generated module
 * (gas/generated/server-functions.ts) declares them: one `dealkit<Id>` global per operation, each
 * handing its call to the server runner. The built bundle's own functions are checked in
 * test/gas/server-functions.test.ts.
 */
export function installServerFunctions(target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  for (const id of OPERATION_IDS) target[serverFunctionName(id)] = (...call: unknown[]) => runServerOperation(id, call);
}

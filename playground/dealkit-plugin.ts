/**
 * The DealKit functions as a HyperFormula function plugin, built from the catalog: the playground's grid
 * and the tests evaluate the same invoker Excel and Sheets call. Each function is registered twice:
 * bare (`QUALIFY`, as typed in Sheets and the playground) and prefixed (`DEAL.QUALIFY`, as in Excel and
 * the .xlsx templates). A formula without a settings argument computes in English with the defaults.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue, type ImplementedFunctions } from 'hyperformula';
import { CATALOG } from '../shared/functions/catalog';
import { hostError } from '../shared/functions/coerce';
import { invokeForHost, type HostOutcome } from '../shared/functions/invoke';
import { resultSizeOf } from '../shared/functions/result-sizes';
import type { ArgumentShape, FunctionEntry } from '../shared/functions/types';

/** HyperFormula's procedure node: only its arguments are read here. */
interface ProcedureNode {
  readonly args: unknown[];
}

type RunFunction = (args: unknown[], state: unknown, metadata: unknown, implementation: (...values: unknown[]) => unknown) => unknown;
type SizeOfAst = (ast: unknown, state: unknown) => ArraySize;

const ERROR_CODES: Record<ErrorType, string> = {
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NAME]: '#NAME?',
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.CYCLE]: '#CYCLE!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.SPILL]: '#SPILL!',
  [ErrorType.LIC]: '#LIC!',
  [ErrorType.ERROR]: '#ERROR!',
};

/** A HyperFormula value as a host value the invoker understands. */
function hostValue(value: unknown): unknown {
  if (value === EmptyValue || value === undefined) return null;
  if (value instanceof CellError) return hostError(ERROR_CODES[value.type] ?? `#${value.type}`);
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(hostValue));
  // Dates, percentages and currencies arrive as numbers wrapped with their format.
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

/**
 * A #VALUE! carrying the message. HyperFormula's arrays hold error values like any other cell value
 * (InternalScalarValue includes CellError), so a bad row of a column is a #VALUE! in that row only and
 * the other rows spill, as in Excel.
 */
function valueError(message: string): CellError {
  return new CellError(ErrorType.VALUE, message);
}

function toHyperFormula(outcome: HostOutcome): unknown {
  if (!outcome.ok) return valueError(outcome.message);
  const result = outcome.result;
  return Array.isArray(result) ? SimpleRangeValue.onlyValues(result as Parameters<typeof SimpleRangeValue.onlyValues>[0]) : result;
}

function methodName(entry: FunctionEntry): string {
  return `dealkit_${entry.name.toLowerCase()}`;
}

class DealKitPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {};
}

const plugin = DealKitPlugin as unknown as {
  implementedFunctions: ImplementedFunctions;
  prototype: Record<string, unknown>;
};

for (const entry of CATALOG) {
  const method = methodName(entry);
  const sizeMethod = `${method}_size`;
  for (const name of [entry.name, `DEAL.${entry.name}`]) {
    plugin.implementedFunctions[name] = {
      method,
      sizeOfResultArrayMethod: sizeMethod,
      vectorizationForbidden: true,
      // Every parameter optional and of any type, so the invoker (not HyperFormula) reports what is missing or wrong.
      parameters: entry.params.map(() => ({ argumentType: FunctionArgumentType.ANY, optionalArg: true })),
      // Extra arguments reach the invoker, which names what the function takes.
      repeatLastArgs: 1,
    };
  }
  plugin.prototype[method] = function (this: { runFunction: RunFunction; metadata: (name: string) => unknown }, ast: ProcedureNode, state: unknown) {
    // Only the arguments count: the settings come in as the last one, so HyperFormula's own dependency
    // graph recalculates a formula when its Settings cells change.
    return this.runFunction(ast.args, state, this.metadata(entry.name), (...values: unknown[]) => toHyperFormula(invokeForHost(entry, values.map(hostValue), 'en', valueError)));
  };
  plugin.prototype[sizeMethod] = function (this: { arraySizeForAst: SizeOfAst }, ast: ProcedureNode, state: unknown) {
    const resultSize = resultSizeOf(entry);
    if (!resultSize) return ArraySize.scalar();
    const sizes: (ArgumentShape | undefined)[] = entry.params.map((_, index) => {
      const arg = ast.args[index] as { type?: string; value?: unknown } | undefined;
      if (arg === undefined || arg.type === 'EMPTY') return undefined;
      const size = this.arraySizeForAst(arg, state);
      const literal = arg.type === 'STRING' || arg.type === 'NUMBER' ? (arg.value as string | number) : undefined;
      return { rows: size.height, columns: size.width, ...(literal === undefined ? {} : { literal }) };
    });
    const { rows, columns } = resultSize(sizes);
    return new ArraySize(Math.max(1, columns), Math.max(1, rows));
  };
}

let registered = false;

/** Registers the plugin with HyperFormula once; later calls do nothing. */
export function registerDealKitFunctions(): void {
  if (registered) return;
  const names = Object.keys(plugin.implementedFunctions);
  const alreadyThere = HyperFormula.getRegisteredFunctionNames('enGB').includes(names[0]);
  if (!alreadyThere) {
    const translations = Object.fromEntries(names.map((name) => [name, name]));
    HyperFormula.registerFunctionPlugin(DealKitPlugin, { enGB: translations, enUS: translations });
  }
  registered = true;
}

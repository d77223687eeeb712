/**
 * The DealKit functions as a HyperFormula function plugin, built from the catalog: the playground's grid
 * and the tests evaluate the same invoker Excel and Sheets call. Each function is registered twice:
 * bare (`QUALIFY`, as typed in Sheets and the playground) and prefixed (`DEAL.QUALIFY`, as in Excel and
 * the .xlsx templates).
 */
import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
  type ImplementedFunctions,
} from 'hyperformula';
import { isDealKitError } from '../shared/errors';
import type { Locale } from '../shared/i18n';
import { CATALOG } from '../shared/functions/catalog';
import { hostError } from '../shared/functions/coerce';
import { invokeEntry } from '../shared/functions/invoke';
import type { ArgumentShape, CallContext, FunctionEntry } from '../shared/functions/types';
import { contextFromNamedRanges } from '../shared/functions/workbook-settings';
import { DEFAULT_SETTINGS, type ScoringSettings } from '../shared/scoring/settings';

/**
 * The language and scoring rules the plugin's text results follow. The playground sets them from its
 * Settings sheet; HyperFormula caches results, so call `rebuildAndRecalculate()` after a change.
 */
export const dealKitLanguage: { locale: Locale; settings: ScoringSettings } = { locale: 'en', settings: DEFAULT_SETTINGS };

export function setDealKitLanguage(locale: Locale): void {
  dealKitLanguage.locale = locale;
}

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

function toHyperFormula(result: ReturnType<typeof invokeEntry>): unknown {
  return Array.isArray(result) ? SimpleRangeValue.onlyValues(result) : result;
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
    return this.runFunction(ast.args, state, this.metadata(entry.name), (...values: unknown[]) => {
      try {
        const context = { locale: dealKitLanguage.locale, settings: dealKitLanguage.settings };
        return toHyperFormula(invokeEntry(entry, values.map(hostValue), context));
      } catch (error) {
        const message = isDealKitError(error) ? error.messageIn(dealKitLanguage.locale) : String(error);
        return new CellError(ErrorType.VALUE, message);
      }
    });
  };
  plugin.prototype[sizeMethod] = function (this: { arraySizeForAst: SizeOfAst }, ast: ProcedureNode, state: unknown) {
    if (entry.result === 'value' || !entry.resultSize) return ArraySize.scalar();
    const sizes: (ArgumentShape | undefined)[] = entry.params.map((_, index) => {
      const arg = ast.args[index] as { type?: string; value?: unknown } | undefined;
      if (arg === undefined || arg.type === 'EMPTY') return undefined;
      const size = this.arraySizeForAst(arg, state);
      const literal = arg.type === 'STRING' || arg.type === 'NUMBER' ? (arg.value as string | number) : undefined;
      return { rows: size.height, columns: size.width, ...(literal === undefined ? {} : { literal }) };
    });
    const { rows, columns } = entry.resultSize(sizes);
    return new ArraySize(Math.max(1, columns), Math.max(1, rows));
  };
}

/**
 * Reads the workbook's Settings sheet (its DK_* named expressions) into the plugin's language and rules,
 * as the Excel and Sheets hosts do on each recalculation. Call `rebuildAndRecalculate()` afterwards.
 */
export function readDealKitSettings(hf: HyperFormula): CallContext {
  const read = (name: string): unknown[][] | undefined => {
    const named = hf.getNamedExpression(name);
    if (!named || typeof named.expression !== 'string') return undefined;
    const address = named.expression.replace(/^=/, '');
    const range = hf.simpleCellRangeFromString(address, 0);
    if (range) return hf.getRangeValues(range);
    const cell = hf.simpleCellAddressFromString(address, 0);
    return cell ? [[hf.getCellValue(cell)]] : undefined;
  };
  const context = contextFromNamedRanges(read, dealKitLanguage.locale);
  dealKitLanguage.locale = context.locale;
  dealKitLanguage.settings = context.settings;
  return context;
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

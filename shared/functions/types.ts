import type { Locale, Text } from '../i18n';
import type { DecimalMark } from '../numbers/decimal-mark';
import type { ScoringSettings } from '../scoring/settings';
import type { RuleFamily } from '../settings/function-rules';

/** How the invoker reads an argument before the implementation sees it. */
export type ParamKind = 'range' | 'number' | 'text' | 'boolean' | 'date';

/**
 * What a call returns: one value; one value per row of its first range argument (so one formula
 * serves a whole table column); or a block that spills over several rows and columns.
 */
export type ResultShape = 'value' | 'column' | 'spill';

/** A cell after coercion: blanks are null; dates are serial numbers (days since 1899-12-30). */
export type Cell = number | string | boolean | null;
/** A rectangular block of cells, row-major; never empty (at least 1×1). */
export type Grid = readonly (readonly Cell[])[];

export interface GridSize {
  readonly rows: number;
  readonly columns: number;
}

/** What a host knows of an argument before evaluating it: its size, and its value when typed as a constant. */
export interface ArgumentShape extends GridSize {
  readonly literal?: number | string | boolean;
}

/** What a cell may show: the invoker guarantees finite numbers and rectangular arrays. */
export type ResultScalar = number | string | boolean;
export type ResultGrid = ResultScalar[][];
export type FunctionResult = ResultScalar | ResultGrid;

/** The value an argument of each kind arrives as in an implementation. */
export interface KindValue {
  range: Grid;
  number: number;
  text: string;
  boolean: boolean;
  date: number;
}

export interface ParamSpec<Name extends string = string> {
  /** snake_case, as users see it in the host's argument help. */
  readonly name: Name;
  readonly kind: ParamKind;
  readonly optional?: boolean;
  /** Used when an optional argument is omitted or blank; without one the implementation gets undefined. */
  readonly default?: number | string | boolean;
  /** One value per row of the table the result follows (see `rowsParam`). */
  readonly rows?: true;
}

export interface FunctionExample {
  /**
   * The arguments as a host passes them (2D arrays for ranges, undefined for an omitted optional one);
   * the formula text is written from them, so the documented formula and the tested call are one.
   */
  readonly args: readonly unknown[];
  /** The expected result in English. */
  readonly result: FunctionResult;
  readonly note?: Text;
}

/** What a call knows besides its arguments. */
export interface CallContext {
  /** The workbook's language: text results are written in it. */
  readonly locale: Locale;
  /** The workbook's scoring rules (the defaults unless a host supplies a manager's edits). */
  readonly settings: ScoringSettings;
  /** How the workbook writes numbers as text (its Settings sheet's DK_DECIMAL_MARK); absent means '.'. */
  readonly decimalMark?: DecimalMark;
}

type ArgValue<P extends ParamSpec> = P extends { readonly optional: true }
  ? P extends { readonly default: number | string | boolean }
    ? KindValue[P['kind']]
    : KindValue[P['kind']] | undefined
  : KindValue[P['kind']];

/** The coerced arguments of an implementation, typed from its parameter list. */
export type ArgsOf<Ps extends readonly ParamSpec[]> = { readonly [K in keyof Ps]: Ps[K] extends ParamSpec ? ArgValue<Ps[K]> : never };

/**
 * `Name` and `ParamName` are the entry's literal names, so the catalog's type lists every function and
 * parameter (see FunctionName), and help keyed by them must cover them exactly.
 */
export interface FunctionEntry<Name extends string = string, ParamName extends string = string> {
  /** Upper-case; Excel shows it as DEAL.NAME, Sheets and the playground as NAME. */
  readonly name: Name;
  readonly params: readonly ParamSpec<ParamName>[];
  readonly result: ResultShape;
  /** How large a `column` or `spill` result can be is in result-sizes.ts: only the playground's engine asks. */
  /**
   * The result depends on something besides the arguments (today's date when `as_of` is omitted), so a
   * host must recalculate it on every calculation, not only when an argument changes.
   */
  readonly volatile?: boolean;
  /**
   * The families of rules the function reads from its settings argument (besides the language, which
   * every function reads): a bad Settings cell errors only the functions that read it.
   */
  readonly reads?: readonly RuleFamily[];
  readonly implement: (args: readonly unknown[], context: CallContext) => FunctionResult;
}

/** A required parameter, declared as a call: the functions script then carries one short call per parameter, not an object literal. */
export function param<const N extends string, const K extends ParamKind>(name: N, kind: K): { readonly name: N; readonly kind: K } {
  return { name, kind };
}

/** A range parameter, the commonest kind. */
export function rangeParam<const N extends string>(name: N): { readonly name: N; readonly kind: 'range' } {
  return param(name, 'range');
}

/**
 * A range of one value per deal row, the rows a column result follows or a summary adds up: a fault in one
 * of its rows (a stage no ladder has, an amount typed as text) costs the host's call that row only.
 */
export function rowsParam(name: string): { readonly name: string; readonly kind: 'range'; readonly rows: true } {
  return { ...rangeParam(name), rows: true };
}

/** A parameter that may be left out; the implementation then gets undefined. */
export function optionalParam<const N extends string, const K extends ParamKind>(name: N, kind: K): { readonly name: N; readonly kind: K; readonly optional: true } {
  return { name, kind, optional: true };
}

/**
 * The optional last parameter of every function: the Settings sheet's DK_RULES block, or any range of
 * the same shape (see settings-argument.ts). The catalog adds it; entries never declare it.
 */
export const SETTINGS_PARAM_NAME = 'settings';
export const SETTINGS_PARAM: ParamSpec<typeof SETTINGS_PARAM_NAME> = optionalParam(SETTINGS_PARAM_NAME, 'range');

interface EntryDefinition<Name extends string, Ps extends readonly ParamSpec[]> extends Omit<FunctionEntry<Name>, 'params' | 'implement'> {
  readonly params: Ps;
  readonly implement: (args: ArgsOf<Ps>, context: CallContext) => FunctionResult;
}

/**
 * Declares a catalog entry with its implementation typed from its parameters; the invoker has
 * coerced the arguments to exactly those types before the implementation runs. Every entry gets the
 * settings parameter last; the invoker turns it into the call context, so implementations never see it.
 */
export function defineFunction<const Name extends string, const Ps extends readonly ParamSpec[]>(
  definition: EntryDefinition<Name, Ps>,
): FunctionEntry<Name, Ps[number]['name'] | typeof SETTINGS_PARAM_NAME> {
  const { implement, params, ...rest } = definition;
  // The invoker coerces each argument to its declared kind first, so the typed implementation is the entry's own.
  return { ...rest, params: [...params, SETTINGS_PARAM], implement: implement as FunctionEntry['implement'] };
}

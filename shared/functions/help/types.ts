import type { Text } from '../../i18n';
import type { FunctionEntry, FunctionExample, SETTINGS_PARAM_NAME } from '../types';

/** What the reference page, functions.json and the Apps Script JSDoc say about one function. */
export interface FunctionHelp<ParamName extends string = string> {
  readonly description: Text;
  /** Help for each parameter, by the parameter's name. */
  readonly params: Readonly<Record<ParamName, Text>>;
  /** What the result holds, for the reference page and the `@return` line. */
  readonly resultHelp: Text;
  /**
   * Worked examples: the formula text is written from their arguments, and the tests run each one, so
   * the documented formula and the tested call are one.
   */
  readonly examples: readonly FunctionExample[];
}

/**
 * The help an entry needs: one text per parameter it declares, and no other. The settings parameter
 * is documented once for all functions (params.ts), so an entry's help leaves it out.
 */
export type HelpOf<Entry extends FunctionEntry> = Entry extends FunctionEntry<string, infer ParamName> ? FunctionHelp<Exclude<ParamName, typeof SETTINGS_PARAM_NAME>> : never;

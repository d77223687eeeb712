import type { Text } from '../../i18n';
import type { FunctionExample } from '../types';

/** What the reference page, functions.json and the Apps Script JSDoc say about one function. */
export interface FunctionHelp {
  readonly description: Text;
  /** Help for each parameter, by the parameter's name. */
  readonly params: Readonly<Record<string, Text>>;
  /** What the result holds, for the reference page and the `@return` line. */
  readonly resultHelp: Text;
  /**
   * Worked examples: the formula text is written from their arguments, and the tests run each one, so
   * the documented formula and the tested call are one.
   */
  readonly examples: readonly FunctionExample[];
}

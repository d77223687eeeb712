import { DealKitError, isDealKitError } from '../../errors';
import { text } from '../../i18n';

/**
 * An error of a scoring rule that names its own parameter (`values`, `cycleDays`) re-labelled with the
 * name the spreadsheet user sees (`cashflows`, `cycle_days`), so the message points at the argument
 * they typed. Errors about anything else come back unchanged.
 */
export function renameArgument(error: DealKitError, names: Readonly<Record<string, string>>): DealKitError {
  const subject = error.subject;
  if (subject === undefined) return error;
  const from = Object.keys(names).find((name) => subject === name || subject.startsWith(`${name} `));
  if (from === undefined) return error;
  const to = names[from];
  const rename = (message: string): string => (message.startsWith(from) ? to + message.slice(from.length) : message);
  return new DealKitError(text(rename(error.text.en), rename(error.text['zh-CN'])), to + subject.slice(from.length));
}

/** Runs a scoring rule, re-labelling the parameter names in its errors (see renameArgument). */
export function withArgumentNames<T>(names: Readonly<Record<string, string>>, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw isDealKitError(error) ? renameArgument(error, names) : error;
  }
}

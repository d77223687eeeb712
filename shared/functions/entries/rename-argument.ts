import { DealKitError, isDealKitError } from '../../errors';
import { text } from '../../i18n';

/**
 * Runs a scoring rule whose errors name its own parameters (`values`, `cycleDays`) and re-labels them
 * with the names the spreadsheet user sees (`cashflows`, `cycle_days`), so the message points at the
 * argument they typed.
 */
export function withArgumentNames<T>(names: Readonly<Record<string, string>>, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isDealKitError(error) || error.subject === undefined) throw error;
    const from = Object.keys(names).find((name) => error.subject === name || error.subject?.startsWith(`${name} `));
    if (from === undefined) throw error;
    const to = names[from];
    const rename = (message: string): string => (message.startsWith(from) ? to + message.slice(from.length) : message);
    throw new DealKitError(text(rename(error.text.en), rename(error.text['zh-CN'])), to + error.subject.slice(from.length));
  }
}

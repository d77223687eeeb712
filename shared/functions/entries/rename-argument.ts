import { DealKitError, isDealKitError } from '../../errors';
import { text } from '../../i18n';

/**
 * Runs a scoring rule whose errors name its own parameter (`values`) and re-labels them with the name the
 * spreadsheet user sees (`cashflows`), so the message points at the argument they typed.
 */
export function withArgumentName<T>(from: string, to: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isDealKitError(error) || error.subject === undefined || !error.subject.startsWith(from)) throw error;
    const rename = (message: string): string => (message.startsWith(from) ? to + message.slice(from.length) : message);
    throw new DealKitError(text(rename(error.text.en), rename(error.text['zh-CN'])), to + error.subject.slice(from.length));
  }
}

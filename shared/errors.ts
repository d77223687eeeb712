import type { Locale, Text } from './i18n';

/**
 * The one error type the core throws for bad input. It names what was wrong (an argument, a row,
 * a cell, a slot) so the message a user sees in a cell or a sidebar tells them what to fix.
 */
export class DealKitError extends Error {
  readonly text: Text;
  /** The argument, cell or field at fault, when there is one. */
  readonly subject?: string;

  constructor(text: Text, subject?: string) {
    super(text.en);
    this.name = 'DealKitError';
    this.text = text;
    this.subject = subject;
  }

  messageIn(locale: Locale): string {
    return this.text[locale];
  }
}

export function isDealKitError(value: unknown): value is DealKitError {
  return value instanceof DealKitError;
}

/** An error about a whole argument or field, "ladder: …" in both languages: the form most messages take. */
export function argumentError(argument: string, en: string, zh: string): DealKitError {
  return new DealKitError({ en: `${argument}: ${en}`, 'zh-CN': `${argument}：${zh}` }, argument);
}

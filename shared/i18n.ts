/** The two languages every user-facing text ships in. */
export type Locale = 'en' | 'zh-CN';

export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

/** A user-facing text in both languages. */
export interface Text {
  readonly en: string;
  readonly 'zh-CN': string;
}

export function text(en: string, zh: string): Text {
  return { en, 'zh-CN': zh };
}

export function tr(value: Text, locale: Locale): string {
  return value[locale];
}

/** Accepts the spellings users type in a settings cell: en, EN, zh, zh-CN, 中文… */
export function parseLocale(raw: unknown): Locale | undefined {
  if (typeof raw !== 'string') return undefined;
  const key = raw.trim().toLowerCase();
  if (key === 'en' || key === 'english' || key === 'en-us' || key === 'en-gb') return 'en';
  if (key === 'zh' || key === 'zh-cn' || key === 'zh-hans' || key === '中文' || key === '简体中文' || key === 'chinese') return 'zh-CN';
  return undefined;
}

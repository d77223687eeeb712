import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Text } from '../../i18n';
import { fill, UI_TEXT, type UiTextId } from '../texts';

/** The UI language for every component below the provider, with functions that return plain strings. */
export interface LocaleTools {
  readonly locale: Locale;
  /** A UI label, with `{name}` placeholders filled. */
  readonly t: (id: UiTextId, values?: Readonly<Record<string, string | number>>) => string;
  /** A bilingual data text (method data, labels from the core). */
  readonly tx: (value: Text) => string;
}

export function localeTools(locale: Locale): LocaleTools {
  return {
    locale,
    t: (id, values) => (values ? fill(UI_TEXT[id][locale], values) : UI_TEXT[id][locale]),
    tx: (value) => value[locale],
  };
}

const LocaleContext = createContext<LocaleTools>(localeTools('en'));

export function LocaleProvider(props: { locale: Locale; children: ComponentChildren }) {
  return <LocaleContext.Provider value={localeTools(props.locale)}>{props.children}</LocaleContext.Provider>;
}

export function useLocaleTools(): LocaleTools {
  return useContext(LocaleContext);
}

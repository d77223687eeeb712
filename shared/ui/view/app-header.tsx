import type { Locale } from '../../i18n';
import type { Panel } from '../app-state';
import { useLocaleTools } from './locale-context';

/** Title, the way home and the English / 简体中文 switch. */
export function AppHeader(props: { panel: Panel; onHome: () => void; onLocale: (locale: Locale) => void }) {
  const { t, locale } = useLocaleTools();
  return (
    <header class="dk-header">
      <div class="dk-brand">
        {props.panel !== 'home' ? (
          <button type="button" class="dk-link dk-home" onClick={props.onHome} aria-label={t('home')}>
            ← {t('home')}
          </button>
        ) : null}
        <span class="dk-title">{t('appTitle')}</span>
      </div>
      <div class="dk-lang" role="group" aria-label={t('language')}>
        <button type="button" class="dk-lang-button" lang="en" aria-pressed={locale === 'en'} onClick={() => props.onLocale('en')}>
          English
        </button>
        <button type="button" class="dk-lang-button" lang="zh-CN" aria-pressed={locale === 'zh-CN'} onClick={() => props.onLocale('zh-CN')}>
          简体中文
        </button>
      </div>
    </header>
  );
}

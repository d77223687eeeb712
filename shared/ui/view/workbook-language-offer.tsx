import type { Locale } from '../../i18n';
import { useLocaleTools } from './locale-context';

/**
 * The pane now speaks another language than the workbook's Settings: the formulas on its sheets
 * (verdicts, strategies, their messages) still answer in the workbook's. The rep switches the
 * workbook too, or keeps it as it is.
 */
export function WorkbookLanguageOffer(props: { offer: Locale | null; onSwitch: () => void; onDismiss: () => void; busy: boolean }) {
  const { t } = useLocaleTools();
  if (props.offer === null) return null;
  const workbookLanguage = props.offer === 'en' ? t('chinese') : t('english');
  return (
    <div class="dk-notice" role="status" data-offer="workbook-language">
      <p>{t('workbookLanguageAsk', { language: workbookLanguage })}</p>
      <div class="dk-nav">
        <button type="button" class="dk-button dk-primary" data-action="switch-workbook-language" onClick={props.onSwitch} disabled={props.busy}>
          {t('switchWorkbookLanguage')}
        </button>
        <button type="button" class="dk-button" data-action="pane-language-only" onClick={props.onDismiss} disabled={props.busy}>
          {t('paneLanguageOnly')}
        </button>
      </div>
    </div>
  );
}

import { useLocaleTools } from './locale-context';

/** The busy line, the backend's failure message and the last confirmation — all plain text. */
export function StatusBanner(props: { busy: boolean; error: string | null; notice: string | null; onDismiss: () => void }) {
  const { t } = useLocaleTools();
  return (
    <div class="dk-status">
      <div class="dk-busy" role="status" aria-live="polite">
        {props.busy ? (
          <span class="dk-busy-line">
            <span class="dk-spinner" aria-hidden="true" />
            {t('busy')}
          </span>
        ) : null}
      </div>
      {props.error !== null ? (
        <div class="dk-error" role="alert">
          <strong class="dk-error-title">{t('errorTitle')}</strong>
          <span class="dk-error-message">{props.error}</span>
          <button type="button" class="dk-link" onClick={props.onDismiss}>
            {t('close')}
          </button>
        </div>
      ) : null}
      {props.notice !== null && props.error === null && !props.busy ? (
        <p class="dk-notice" role="status">
          {props.notice}
        </p>
      ) : null}
    </div>
  );
}

import type { ComponentChildren } from 'preact';
import { useLocaleTools } from './locale-context';

/** Back / Next (and any extra action) at the foot of a step. */
export function WizardNav(props: { onBack?: () => void; onNext?: () => void; nextLabel?: string; disabled?: boolean; children?: ComponentChildren }) {
  const { t } = useLocaleTools();
  return (
    <div class="dk-nav">
      {props.onBack ? (
        <button type="button" class="dk-button" onClick={props.onBack} disabled={props.disabled}>
          {t('back')}
        </button>
      ) : null}
      {props.children}
      {props.onNext ? (
        <button type="button" class="dk-button dk-primary" onClick={props.onNext} disabled={props.disabled}>
          {props.nextLabel ?? t('next')}
        </button>
      ) : null}
    </div>
  );
}

export function StepCounter(props: { index: number; total: number }) {
  const { t } = useLocaleTools();
  return <p class="dk-counter">{t('stepOf', { n: props.index + 1, total: props.total })}</p>;
}

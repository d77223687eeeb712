import { LADDER_NAMES } from '../../methods/method-names';
import { VERDICT_LABELS } from '../../scoring/assessment';
import { LADDER_IDS, type LadderId } from '../../methods/types';
import type { Locale } from '../../i18n';
import type { SettingsAction, SettingsState } from '../wizard-settings';
import { settingsChanged } from '../wizard-settings';
import { ConflictChoice } from './conflict-choice';
import { useLocaleTools } from './locale-context';
import { StageProbabilityReview } from './stage-probability-review';
import { StepHeading } from './step-heading';

export function SettingsPanel(props: {
  state: SettingsState;
  send: (action: SettingsAction) => void;
  onSave: () => void;
  onKeep: () => void;
  onOverwrite: () => void;
  onReviewStageProbabilities: () => void;
  onAdoptStageProbabilities: () => void;
  busy: boolean;
}) {
  const { t, tx } = useLocaleTools();
  const draft = props.state.draft;
  return (
    <section class="dk-panel" aria-label={t('panelSettings')}>
      <StepHeading stepKey="settings">{t('settingsTitle')}</StepHeading>
      {draft ? (
        <form
          class="dk-form"
          onSubmit={(event) => {
            event.preventDefault();
            props.onSave();
          }}
        >
          <label class="dk-field" for="dk-setting-locale">
            <span>{t('language')}</span>
            <select
              id="dk-setting-locale"
              class="dk-input"
              value={draft.locale}
              onChange={(event) => props.send({ type: 'edit', patch: { locale: (event.currentTarget as HTMLSelectElement).value as Locale } })}
            >
              <option value="en">English</option>
              <option value="zh-CN">简体中文</option>
            </select>
          </label>
          <label class="dk-field" for="dk-setting-ladder">
            <span>{t('ladder')}</span>
            <select
              id="dk-setting-ladder"
              class="dk-input"
              aria-describedby="dk-ladder-hint"
              disabled={props.state.saved?.sheetName != null}
              value={draft.ladder}
              onChange={(event) => props.send({ type: 'edit', patch: { ladder: (event.currentTarget as HTMLSelectElement).value as LadderId } })}
            >
              {LADDER_IDS.map((id) => (
                <option key={id} value={id}>
                  {tx(LADDER_NAMES[id])}
                </option>
              ))}
            </select>
            <span id="dk-ladder-hint" class="dk-hint">
              {props.state.saved?.sheetName != null ? t('ladderFixed', { sheet: props.state.saved.sheetName }) : t('ladderNew')}
            </span>
          </label>
          <label class="dk-field dk-narrow" for="dk-setting-currency">
            <span>{t('currency')}</span>
            <input
              id="dk-setting-currency"
              class="dk-input"
              value={draft.currency}
              onInput={(event) => props.send({ type: 'edit', patch: { currency: (event.currentTarget as HTMLInputElement).value } })}
            />
          </label>
          <p class="dk-hint" data-hint="knock-outs">
            {t('knockOutHint', { walkAway: tx(VERDICT_LABELS.walkAway), qualifyFurther: tx(VERDICT_LABELS.qualifyFurther) })}
          </p>
          <ConflictChoice conflicts={props.state.conflicts ?? []} onKeep={props.onKeep} onOverwrite={props.onOverwrite} busy={props.busy} />
          <div class="dk-nav">
            <button type="submit" class="dk-button dk-primary" disabled={props.busy || !settingsChanged(props.state) || (props.state.conflicts?.length ?? 0) > 0}>
              {t('saveSettings')}
            </button>
          </div>
        </form>
      ) : null}
      {/* The team's probabilities go into a Settings sheet's stage table: without one there is nothing to adopt into. */}
      {props.state.saved?.sheetName != null ? (
        <StageProbabilityReview
          state={props.state}
          onReview={props.onReviewStageProbabilities}
          onAdopt={props.onAdoptStageProbabilities}
          onClose={() => props.send({ type: 'calibrationClosed' })}
          busy={props.busy}
        />
      ) : null}
    </section>
  );
}

import type { FunnelReview } from '../../workbook/backend';
import type { DealAction, DealState } from '../wizard-deal';
import { checkStageClaim, dealClaim, dealSteps, nextStepChange, selectedDeal, stageChanges, stageIndex } from '../wizard-deal';
import { funnelReviewQuestion, lostStageLabel } from '../../workbook/method-data';
import { ConflictChoice } from './conflict-choice';
import { useLocaleTools } from './locale-context';
import { StepHeading } from './step-heading';
import { StepCounter, WizardNav } from './wizard-nav';
import { SheetChangedNotice } from './sheet-changed-notice';
import { ActionFields, AddActionButton, type ActionOfferProps } from './action-offer';
import { ACTION_TEXT } from '../action-texts';
import { fill } from '../texts';
import { BuyingStepChange, BuyingStepField } from './buying-step-field';
import { BuyingStepBehindNote } from './buying-step-behind-note';

type Send = (action: DealAction) => void;

const REVIEW_FIELDS: readonly { field: keyof FunnelReview; question: Parameters<typeof funnelReviewQuestion>[0] }[] = [
  { field: 'finished', question: 'justFinished' },
  { field: 'evidence', question: 'evidence' },
  { field: 'doingNow', question: 'doingNow' },
  { field: 'preparingNext', question: 'preparingNext' },
];

/** The row's Next step about to be replaced by the review's answer: shown as old → new, with a way to keep the old one. */
function NextStepChange(props: { state: DealState; send: Send }) {
  const { t } = useLocaleTools();
  const change = nextStepChange(props.state);
  if (!change) return null;
  return (
    <>
      <dt>{t('nextStepLabel')}</dt>
      <dd data-confirm="next-step">
        <span data-next-step="before">{change.before === '' ? t('nextStepEmpty') : change.before}</span>
        {' → '}
        <span data-next-step="after" class={change.kept ? 'dk-muted' : undefined}>
          {change.kept ? <s>{change.after}</s> : change.after}
        </span>
        <label class="dk-check">
          <input
            type="checkbox"
            data-action="keep-next-step"
            checked={change.kept}
            onChange={(event) => props.send({ type: 'keepNextStep', keep: (event.currentTarget as HTMLInputElement).checked })}
          />
          <span>{t('keepNextStep')}</span>
        </label>
      </dd>
    </>
  );
}

function ClaimWarning(props: { state: DealState }) {
  const { t } = useLocaleTools();
  const check = checkStageClaim(props.state);
  if (!check) return null;
  return (
    <div class="dk-claim">
      <p>
        {t('evidencedStage')}: <strong data-evidenced={check.evidenced ?? ''}>{check.evidenced ?? t('noEvidence')}</strong>
      </p>
      {check.claimedAboveEvidence ? (
        <p class="dk-warning" role="status" data-warning="claimed-above-evidence">
          {t('claimedAbove', { claimed: check.claimed, evidenced: check.evidenced ?? t('noEvidence') })}
        </p>
      ) : null}
    </div>
  );
}

export function DealPanel(props: {
  state: DealState;
  send: Send;
  onUpdate: () => void;
  onOverwrite: () => void;
  onReload: () => void;
  onReloadFromSheet: () => void;
  busy: boolean;
  today: string;
  /** Offers each review answer as an action for the deal's action list. */
  actions?: ActionOfferProps;
}) {
  const { t, tx } = useLocaleTools();
  const actions = props.actions;
  const state = props.state;
  const view = state.view;
  const deal = selectedDeal(state);
  const steps = dealSteps(state);
  const index = Math.max(0, steps.indexOf(state.step));
  let body;
  if (!state.loaded) {
    body = <StepHeading stepKey="loading">{t('pickDeal')}</StepHeading>;
  } else if (!view) {
    body = (
      <div>
        <StepHeading stepKey="no-pipeline">{t('pickDeal')}</StepHeading>
        <p class="dk-hint">{t('noPipeline')}</p>
        <button type="button" class="dk-button" data-action="reload-deals" onClick={props.onReload} disabled={props.busy}>
          {t('reloadDeals')}
        </button>
      </div>
    );
  } else if (state.step === 'pick' || !deal) {
    body = (
      <div>
        <StepHeading stepKey="pick" hint={t('pickDealHint', { sheet: view.sheetName })}>
          {t('pickDeal')}
        </StepHeading>
        <ul class="dk-menu dk-deals">
          {view.deals.map((candidate) => (
            <li key={candidate.row}>
              <button
                type="button"
                class={`dk-menu-item${candidate.row === state.row ? ' is-selected' : ''}`}
                data-row={candidate.row}
                data-deal-id={candidate.id}
                onClick={() => props.send({ type: 'pick', row: candidate.row, today: props.today })}
              >
                <span class="dk-menu-title">
                  {candidate.opportunity || candidate.id}
                  {candidate.account ? ` · ${candidate.account}` : ''}
                </span>
                <span class="dk-menu-hint">
                  {candidate.id} · {t('dealStage')}: {candidate.stage}
                  {candidate.amount !== null ? ` · ${candidate.amount.toLocaleString('en-US')}` : ''}
                </span>
                {(() => {
                  const claim = dealClaim(view, candidate);
                  return claim.claimedAboveEvidence ? (
                    <span class="dk-menu-warning" data-warning="claimed-above-evidence">
                      {t('claimedAbove', { claimed: claim.claimed, evidenced: claim.evidenced ?? t('noEvidence') })}
                    </span>
                  ) : null;
                })()}
                <BuyingStepBehindNote view={view} deal={candidate} />
              </button>
            </li>
          ))}
        </ul>
      </div>
    );
  } else if (state.step === 'stage') {
    const options = [...view.stages.map((stage) => ({ code: stage.code, label: tx(stage.label) })), { code: 'LOST', label: tx(lostStageLabel()) }];
    body = (
      <div>
        <StepHeading stepKey="stage" hint={t('currentStage', { stage: deal.stage })}>
          {deal.opportunity || deal.id}
        </StepHeading>
        <label class="dk-field" for="dk-stage">
          <span>{t('chooseStage')}</span>
          <select
            id="dk-stage"
            class="dk-input"
            value={
              options.some((option) => option.code.toLowerCase() === state.stage.toLowerCase()) ? options.find((o) => o.code.toLowerCase() === state.stage.toLowerCase())?.code : state.stage
            }
            onChange={(event) => props.send({ type: 'chooseStage', stage: (event.currentTarget as HTMLSelectElement).value })}
          >
            {stageIndex(view, state.stage) < 0 && state.stage.toUpperCase() !== 'LOST' ? <option value={state.stage}>{state.stage}</option> : null}
            {options.map((option) => (
              <option key={option.code} value={option.code}>
                {option.code} — {option.label}
              </option>
            ))}
          </select>
        </label>
        <ClaimWarning state={state} />
        <BuyingStepField state={state} send={props.send} />
      </div>
    );
  } else if (state.step === 'proof') {
    const target = stageIndex(view, state.stage);
    body = (
      <div>
        <StepHeading stepKey="proof" hint={t('proofHint')}>
          {t('proofTitle')} {state.stage}
        </StepHeading>
        <fieldset class="dk-fieldset">
          <legend class="dk-visually-hidden">{t('proofTitle')}</legend>
          {view.stages.map((stage, i) => (
            <label class={`dk-check${i === target ? ' is-target' : ''}`} key={stage.code}>
              <input type="checkbox" checked={state.proofs[i] === true} onChange={() => props.send({ type: 'toggleProof', index: i })} />
              <span>
                <strong>{stage.code}</strong> {tx(stage.proof)}
              </span>
            </label>
          ))}
        </fieldset>
        <ClaimWarning state={state} />
      </div>
    );
  } else if (state.step === 'review') {
    body = (
      <div>
        <StepHeading stepKey="review">{t('reviewTitle')}</StepHeading>
        {REVIEW_FIELDS.map((entry) => (
          <label class="dk-field" for={`dk-review-${entry.field}`} key={entry.field}>
            <span>{tx(funnelReviewQuestion(entry.question))}</span>
            <textarea
              id={`dk-review-${entry.field}`}
              class="dk-input"
              rows={2}
              value={state.review[entry.field]}
              onInput={(event) => props.send({ type: 'review', field: entry.field, text: (event.currentTarget as HTMLTextAreaElement).value })}
            />
            {actions ? (
              <AddActionButton
                offerKey={`review:${entry.question}:${state.review[entry.field].trim()}`}
                state={actions.state}
                busy={actions.busy}
                disabled={state.review[entry.field].trim() === ''}
                onAdd={() =>
                  actions.onAdd({
                    key: `review:${entry.question}:${state.review[entry.field].trim()}`,
                    action: state.review[entry.field].trim(),
                    source: fill(tx(ACTION_TEXT.reviewSource), { question: tx(funnelReviewQuestion(entry.question)) }),
                  })
                }
              />
            ) : null}
          </label>
        ))}
        {actions ? <ActionFields state={actions.state} send={actions.send} today={actions.today} askDeal={false} /> : null}
        <label class="dk-field dk-narrow" for="dk-entered">
          <span>{t('stageEntered')}</span>
          <input
            id="dk-entered"
            class="dk-input"
            type="date"
            value={state.stageEntered}
            onInput={(event) => props.send({ type: 'setEntered', date: (event.currentTarget as HTMLInputElement).value })}
          />
        </label>
      </div>
    );
  } else {
    body = (
      <div>
        <StepHeading stepKey="confirm">{t('confirmTitle')}</StepHeading>
        <dl class="dk-summary">
          <dt>{t('dealStage')}</dt>
          <dd data-confirm="stage">
            {deal.stage} → {state.stage}
          </dd>
          {stageChanges(state) ? (
            <>
              <dt>{t('stageEntered')}</dt>
              <dd>{state.stageEntered}</dd>
            </>
          ) : null}
          <NextStepChange state={state} send={props.send} />
          <BuyingStepChange state={state} />
        </dl>
        <ClaimWarning state={state} />
        <ConflictChoice conflicts={state.conflicts ?? []} onKeep={props.onReload} onOverwrite={props.onOverwrite} busy={props.busy} />
        <div class="dk-nav">
          <button type="button" class="dk-button dk-primary" data-action="update-deal" onClick={props.onUpdate} disabled={props.busy || state.updated || (state.conflicts?.length ?? 0) > 0}>
            {state.updated ? t('dealUpdated') : t('updateDeal')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <section class="dk-panel" aria-label={t('panelDeal')}>
      <p class="dk-panel-title">{t('panelDeal')}</p>
      <SheetChangedNotice shown={state.sheetChanged === true} onReload={props.onReloadFromSheet} busy={props.busy} />
      {view ? <StepCounter index={index} total={steps.length} /> : null}
      {body}
      {view && deal && state.step !== 'pick' ? (
        <WizardNav onBack={() => props.send({ type: 'back' })} onNext={index < steps.length - 1 ? () => props.send({ type: 'next' }) : undefined} disabled={props.busy} />
      ) : null}
    </section>
  );
}

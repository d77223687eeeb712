import { criterionGuidance } from '../../methods/criteria-guidance';
import { QUESTION_SET_NAMES } from '../../methods/method-names';
import type { MethodId } from '../../methods/types';
import type { RatingValue, StrategyInputId } from '../../workbook/backend';
import type { QualifyAction, QualifyState } from '../wizard-qualify';
import { currentQualifyStep, qualifySteps } from '../wizard-qualify';
import { qualifyLive, type LeadView, type QualifyLive } from '../qualify-live';
import { qualifyStepGuidance, type StepGuidance } from '../qualify-guidance';
import { keyQuestionLabel, METHOD_CHOICES, notInControlSigns, questionSetFor } from '../../workbook/method-data';
import { ChoiceGroup, type Choice } from './choice-group';
import { useLocaleTools, type LocaleTools } from './locale-context';
import { StepHeading } from './step-heading';
import { StepCounter, WizardNav } from './wizard-nav';
import { ConflictChoice } from './conflict-choice';
import { SheetChangedNotice } from './sheet-changed-notice';
import type { ActionOffer } from '../action-offer';
import { ACTION_TEXT } from '../action-texts';
import { fill } from '../texts';
import type { Criterion } from '../../methods/types';
import { ActionFields, AddActionButton, type ActionOfferProps as GapActions } from './action-offer';

/** A gap as an action: what to do, and the gap it came from, in the pane's language. */
function gapOffer(gap: Criterion, tx: LocaleTools['tx']): ActionOffer {
  const label = tx(gap.label);
  return { key: `gap:${gap.id}`, action: fill(tx(ACTION_TEXT.gapAction), { gap: label }), source: fill(tx(ACTION_TEXT.gapSource), { number: gap.number, gap: label }) };
}
import { DealIdPicker } from './deal-id-picker';

type Send = (action: QualifyAction) => void;

function ratingChoices(tools: LocaleTools, yesNo: boolean): Choice<RatingValue>[] {
  return [
    { value: 'favourable', label: yesNo ? tools.t('yes') : tools.t('favourable'), tone: 'good' },
    { value: 'unfavourable', label: yesNo ? tools.t('no') : tools.t('unfavourable'), tone: 'bad' },
    { value: 'unknown', label: tools.t('unknown'), tone: 'unknown' },
  ];
}

function formatScore(score: number | null): string {
  return score === null ? '—' : score.toFixed(2);
}

/** Whether the 3:1 lead holds, with the counts it compared, so a rep sees how far off it is. */
function LeadLine(props: { lead: LeadView }) {
  const { t, tx } = useLocaleTools();
  const { lead } = props;
  return (
    <p class="dk-lead" data-lead={lead.hasLead ? 'yes' : 'no'}>
      {t('lead3to1')}: <strong>{lead.hasLead ? t('yes') : t('no')}</strong>
      {' — '}
      <span data-lead-counts={`${lead.ours}:${lead.theirs}`}>{t('leadCounts', { ours: lead.ours, theirs: lead.theirs, ratio: lead.ratio, needed: lead.needed })}</span>
      {lead.groups.map((group) => (
        <span key={tx(group.label)} data-lead-group="">
          {'; '}
          {t('leadWithin', { group: tx(group.label), ours: group.ours, theirs: group.theirs, needed: group.needed })}
        </span>
      ))}
    </p>
  );
}

/** The verdict, key-question table and gaps, shown beside every question step and at the end. */
function LiveSummary(props: { live: QualifyLive; showGaps: boolean; actions?: GapActions }) {
  const tools = useLocaleTools();
  const { t, tx } = tools;
  const live = props.live;
  return (
    <aside class="dk-live" aria-label={t('liveVerdict')}>
      <p class="dk-verdict-line">
        {t('liveVerdict')}:{' '}
        <strong class={`dk-verdict dk-verdict-${live.verdictId}`} data-verdict={live.verdictId}>
          {tx(live.verdict)}
        </strong>
      </p>
      <table class="dk-table dk-score-table">
        <thead>
          <tr>
            <th scope="col" />
            <th scope="col">{t('score')}</th>
            <th scope="col">{t('answer')}</th>
            {live.ratesCompetitor ? <th scope="col">{t('advantage')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {live.rows.map((row) => (
            <tr key={row.group}>
              <th scope="row">{tx(row.label)}</th>
              <td>{formatScore(row.score)}</td>
              <td class={`dk-answer-${row.answerId}`}>{tx(row.answer)}</td>
              {live.ratesCompetitor ? <td>{formatScore(row.advantage)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {live.ratesCompetitor && live.lead !== null ? <LeadLine lead={live.lead} /> : null}
      {props.showGaps ? (
        <div class="dk-gaps">
          <h3>{t('gaps')}</h3>
          {live.gaps.length === 0 ? (
            <p>{t('noGaps')}</p>
          ) : (
            <ol>
              {live.gaps.slice(0, 8).map((gap) => {
                const actions = props.actions;
                return (
                  <li key={gap.id} data-gap={gap.id}>
                    {tx(gap.label)}
                    {actions ? <AddActionButton offerKey={`gap:${gap.id}`} state={actions.state} busy={actions.busy} onAdd={() => actions.onAdd(gapOffer(gap, tx))} /> : null}
                  </li>
                );
              })}
            </ol>
          )}
          {props.actions && live.gaps.length > 0 ? <ActionFields state={props.actions.state} send={props.actions.send} today={props.actions.today} askDeal={true} /> : null}
        </div>
      ) : null}
    </aside>
  );
}

function MethodStep(props: { state: QualifyState; send: Send }) {
  const { t, tx } = useLocaleTools();
  return (
    <div>
      <StepHeading stepKey="method" hint={t('chooseMethodHint')}>
        {t('chooseMethod')}
      </StepHeading>
      <ul class="dk-menu">
        {METHOD_CHOICES.map((method: MethodId) => (
          <li key={method}>
            <button
              type="button"
              class={`dk-menu-item${props.state.method === method ? ' is-selected' : ''}`}
              data-method={method}
              aria-pressed={props.state.method === method}
              onClick={() => props.send({ type: 'chooseMethod', method })}
            >
              <span class="dk-menu-title">{tx(QUESTION_SET_NAMES[questionSetFor(method).id])}</span>
              <span class="dk-menu-hint">
                {method} · {questionSetFor(method).criteria.length}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The method's own content for this step: what to write down first, what to look for. */
function MethodGuidance(props: { guidance: readonly StepGuidance[] }) {
  const { tx } = useLocaleTools();
  if (props.guidance.length === 0) return null;
  return (
    <div class="dk-method-guidance">
      {props.guidance.map((block) => (
        <section key={block.id} data-guidance={block.id}>
          <h3 class="dk-guidance-title">{tx(block.title)}</h3>
          <ul>
            {block.items.map((item) => (
              <li key={item.id} data-guidance-item={item.id}>
                <strong>{tx(item.label)}</strong>
                {item.description ? ` — ${tx(item.description)}` : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function QuestionStep(props: { state: QualifyState; send: Send; criteria: readonly number[]; groupLabel: string; live: QualifyLive }) {
  const tools = useLocaleTools();
  const { t, tx } = tools;
  const method = props.state.method as MethodId;
  const set = questionSetFor(method);
  const yesNo = set.scale === 'yesNo';
  const choices = ratingChoices(tools, yesNo);
  return (
    <div>
      <StepHeading stepKey={`question-${props.groupLabel}`}>{props.groupLabel}</StepHeading>
      <MethodGuidance guidance={qualifyStepGuidance(props.state)} />
      <ol class="dk-criteria">
        {props.criteria.map((index) => {
          const criterion = set.criteria[index];
          const label = tx(criterion.label);
          const noteId = `dk-note-${index}`;
          return (
            <li key={criterion.id} class="dk-criterion" data-criterion={criterion.id}>
              <h3 class="dk-criterion-title">
                <span class="dk-criterion-number">{criterion.number}.</span> {label}
              </h3>
              <p class="dk-guidance">
                <span class="dk-guidance-label">{t('guidance')}: </span>
                {tx(criterionGuidance(criterion.id))}
              </p>
              <div class="dk-rating-row">
                <span class="dk-rating-label">{t('ourRating')}</span>
                <ChoiceGroup
                  name={`ours-${index}`}
                  label={`${t('ourRating')}: ${label}`}
                  choices={choices}
                  value={props.state.ours[index] ?? 'unknown'}
                  onChange={(rating) => props.send({ type: 'rate', index, side: 'ours', rating })}
                />
              </div>
              {set.ratesCompetitor ? (
                <div class="dk-rating-row">
                  <span class="dk-rating-label">{t('theirRating')}</span>
                  <ChoiceGroup
                    name={`theirs-${index}`}
                    label={`${t('theirRating')}: ${label}`}
                    choices={choices}
                    value={props.state.theirs[index] ?? 'unknown'}
                    onChange={(rating) => props.send({ type: 'rate', index, side: 'theirs', rating })}
                  />
                </div>
              ) : null}
              <label class="dk-field" for={noteId}>
                <span>{t('evidence')}</span>
                <input
                  id={noteId}
                  class="dk-input"
                  type="text"
                  value={props.state.notes[index] ?? ''}
                  onInput={(event) => props.send({ type: 'note', index, text: (event.currentTarget as HTMLInputElement).value })}
                />
              </label>
            </li>
          );
        })}
      </ol>
      <LiveSummary live={props.live} showGaps={false} />
    </div>
  );
}

function ControlStep(props: { state: QualifyState; send: Send; live: QualifyLive }) {
  const { t, tx } = useLocaleTools();
  return (
    <div>
      <StepHeading stepKey="control" hint={t('controlHint')}>
        {t('controlTitle')}
      </StepHeading>
      <fieldset class="dk-fieldset">
        <legend class="dk-visually-hidden">{t('controlTitle')}</legend>
        {notInControlSigns().map((sign, index) => (
          <label class="dk-check" key={sign.id}>
            <input type="checkbox" checked={props.state.signs[index] === true} onChange={() => props.send({ type: 'toggleSign', index })} />
            <span>{tx(sign.label)}</span>
          </label>
        ))}
      </fieldset>
      <p class="dk-control-status">
        {t('controlStatus')}: <strong data-control={props.live.controlId}>{tx(props.live.control)}</strong>
      </p>
    </div>
  );
}

function StrategyStep(props: { state: QualifyState; send: Send; live: QualifyLive }) {
  const tools = useLocaleTools();
  const { t, tx } = tools;
  const yesNo: Choice<'yes' | 'no'>[] = [
    { value: 'yes', label: t('yes'), tone: 'good' },
    { value: 'no', label: t('no'), tone: 'bad' },
  ];
  const answer = (input: StrategyInputId, value: 'yes' | 'no') => props.send({ type: 'answerStrategy', input, value: value === 'yes' });
  return (
    <div>
      <StepHeading stepKey="strategy" hint={t('strategyHint')}>
        {t('strategyTitle')}
      </StepHeading>
      <ol class="dk-strategy-inputs">
        {props.live.strategyInputs.map((input) => (
          <li key={input.id} class="dk-strategy-input" data-input={input.id}>
            <p class="dk-question">
              {tx(input.question)}
              {input.source === 'assessment' ? <span class="dk-badge">{t('fromAssessment')}</span> : null}
            </p>
            {input.id === 'lead3to1' && props.live.lead !== null ? (
              <p class="dk-hint" data-lead-counts={`${props.live.lead.ours}:${props.live.lead.theirs}`}>
                {t('leadCounts', { ours: props.live.lead.ours, theirs: props.live.lead.theirs, ratio: props.live.lead.ratio, needed: props.live.lead.needed })}
              </p>
            ) : null}
            <ChoiceGroup
              name={`strategy-${input.id}`}
              label={tx(input.question)}
              choices={yesNo}
              value={input.value === null ? null : input.value ? 'yes' : 'no'}
              onChange={(value) => answer(input.id, value)}
            />
          </li>
        ))}
      </ol>
      <p class="dk-recommended">
        {t('recommended')}: <strong data-strategy={props.live.strategyId ?? 'unanswered'}>{tx(props.live.strategy)}</strong>
      </p>
      <StrategyCaveat live={props.live} />
    </div>
  );
}

/** What stands between the answers and a strategy, or why the verdict and the strategy disagree: one line each. */
function StrategyCaveat(props: { live: QualifyLive }) {
  const { tx } = useLocaleTools();
  if (props.live.strategyMissing) {
    return (
      <p class="dk-warning" data-warning="strategy-unanswered" data-input={props.live.strategyMissing.id}>
        {tx(props.live.strategyDescription)}
      </p>
    );
  }
  if (props.live.disagreement) {
    return (
      <p class="dk-warning" data-warning="verdict-strategy">
        {tx(props.live.disagreement)}
      </p>
    );
  }
  return null;
}

function ResultStep(props: { state: QualifyState; live: QualifyLive; onSave: () => void; onKeep: () => void; onOverwrite: () => void; busy: boolean; actions?: GapActions }) {
  const { t, tx } = useLocaleTools();
  return (
    <div>
      <StepHeading stepKey="result">{t('resultTitle')}</StepHeading>
      <div class="dk-result">
        <p class="dk-recommended dk-big">
          {t('recommended')}: <strong data-strategy={props.live.strategyId ?? 'unanswered'}>{tx(props.live.strategy)}</strong>
        </p>
        {props.live.strategyMissing ? <StrategyCaveat live={props.live} /> : <p class="dk-strategy-description">{tx(props.live.strategyDescription)}</p>}
        {props.live.strategyNeeds ? (
          <p class="dk-strategy-needs">
            {t('strategyNeeds')}: {tx(props.live.strategyNeeds)}
          </p>
        ) : null}
        {props.live.strategyMissing ? null : <StrategyCaveat live={props.live} />}
        <p>
          {t('controlStatus')}: <strong>{tx(props.live.control)}</strong>
        </p>
      </div>
      <LiveSummary live={props.live} showGaps={true} {...(props.actions ? { actions: props.actions } : {})} />
      <p class="dk-hint">{props.state.sheetName !== null ? t('resumedFrom', { sheet: props.state.sheetName }) : t('newAssessment')}</p>
      <ConflictChoice conflicts={props.state.conflicts ?? []} onKeep={props.onKeep} onOverwrite={props.onOverwrite} busy={props.busy} />
      <div class="dk-nav">
        <button type="button" class="dk-button dk-primary" data-action="save-assessment" onClick={props.onSave} disabled={props.busy || (props.state.conflicts?.length ?? 0) > 0}>
          {t('save')}
        </button>
      </div>
    </div>
  );
}

export function QualifyPanel(props: {
  state: QualifyState;
  send: Send;
  onSave: () => void;
  onKeep: () => void;
  onOverwrite: () => void;
  onReloadFromSheet: () => void;
  busy: boolean;
  /** Offers each gap on the result step as an action for the deal's action list. */
  actions?: GapActions;
}) {
  const { t, tx } = useLocaleTools();
  const state = props.state;
  const steps = qualifySteps(state.method);
  const step = currentQualifyStep(state);
  const live = qualifyLive(state);
  const back = () => props.send({ type: 'back' });
  const next = () => props.send({ type: 'next' });
  let body;
  if (step.kind === 'method' || live === null) {
    body = <MethodStep state={state} send={props.send} />;
  } else if (step.kind === 'question') {
    body = <QuestionStep state={state} send={props.send} criteria={step.criteria} groupLabel={tx(keyQuestionLabel(step.group))} live={live} />;
  } else if (step.kind === 'control') {
    body = <ControlStep state={state} send={props.send} live={live} />;
  } else if (step.kind === 'strategy') {
    body = <StrategyStep state={state} send={props.send} live={live} />;
  } else {
    body = (
      <ResultStep
        state={state}
        live={live}
        onSave={props.onSave}
        onKeep={props.onKeep}
        onOverwrite={props.onOverwrite}
        busy={props.busy}
        {...(props.actions ? { actions: props.actions } : {})}
      />
    );
  }
  const last = state.step >= steps.length - 1;
  return (
    <section class="dk-panel" aria-label={t('panelQualify')}>
      <p class="dk-panel-title">{t('panelQualify')}</p>
      <SheetChangedNotice shown={state.sheetChanged === true} onReload={props.onReloadFromSheet} busy={props.busy} />
      <DealIdPicker dealId={state.dealId} options={state.dealOptions} onChoose={(dealId) => props.send({ type: 'chooseDeal', dealId })} disabled={props.busy} />
      {state.method !== null ? <StepCounter index={Math.min(state.step, steps.length - 1)} total={steps.length} /> : null}
      {state.resumed && state.sheetName !== null && state.step === 1 ? <p class="dk-notice">{t('resumedFrom', { sheet: state.sheetName })}</p> : null}
      {body}
      {state.method !== null ? <WizardNav onBack={state.step > 0 ? back : undefined} onNext={last ? undefined : next} disabled={props.busy} /> : null}
    </section>
  );
}

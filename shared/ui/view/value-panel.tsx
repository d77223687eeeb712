import type { ValueAction, ValueState } from '../wizard-value';
import { MAX_PERIODS, MIN_PERIODS, valueSteps } from '../wizard-value';
import { slotKey } from '../../workbook/value-sheet';
import { valueLive, type Figure, type ValueLive } from '../value-live';
import { valueStatements } from '../../workbook/method-data';
import { useLocaleTools } from './locale-context';
import { StepHeading } from './step-heading';
import { StepCounter, WizardNav } from './wizard-nav';
import { ConflictChoice } from './conflict-choice';
import { SheetChangedNotice } from './sheet-changed-notice';
import { DealIdPicker } from './deal-id-picker';

type Send = (action: ValueAction) => void;

function FigureText(props: { figure: Figure; format: (value: number) => string }) {
  const { t, tx } = useLocaleTools();
  if (props.figure.ok) return <span>{props.format(props.figure.value)}</span>;
  return <span class="dk-muted">{props.figure.reason ? tx(props.figure.reason) : t('notComputable')}</span>;
}

const money = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 2 });
const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const periods = (value: number): string => value.toFixed(2);

function ValueFigures(props: { live: ValueLive }) {
  const { t } = useLocaleTools();
  const other = props.live.otherRows;
  const shown = other !== null && (other.benefits !== 0 || other.costs !== 0 || other.risks !== 0);
  return (
    <>
      {shown ? (
        <p class="dk-hint" data-figure="other-rows">
          {t('figuresOtherRows', { benefits: money(other.benefits), costs: money(other.costs), risks: money(other.risks) })}
        </p>
      ) : null}
      <dl class="dk-figures-live" aria-live="polite">
        <dt>{t('netValue')}</dt>
        <dd data-figure="net-value">
          <FigureText figure={props.live.netValue} format={money} />
        </dd>
        <dt>{t('roi')}</dt>
        <dd data-figure="roi">
          <FigureText figure={props.live.roi} format={percent} />
        </dd>
        <dt>{t('payback')}</dt>
        <dd data-figure="payback">
          <FigureText figure={props.live.payback} format={periods} />
        </dd>
      </dl>
    </>
  );
}

export function ValuePanel(props: { state: ValueState; send: Send; onSave: () => void; onKeep: () => void; onOverwrite: () => void; onReloadFromSheet: () => void; busy: boolean }) {
  const { t, tx, locale } = useLocaleTools();
  const state = props.state;
  const steps = valueSteps();
  const index = Math.min(state.step, steps.length - 1);
  const step = steps[index];
  const live = valueLive(state, locale);
  let body;
  if (step.kind === 'statement') {
    const statement = valueStatements().find((candidate) => candidate.id === step.statementId);
    const preview = live.statements.find((candidate) => candidate.id === step.statementId);
    body = statement ? (
      <div>
        <StepHeading stepKey={`statement-${statement.id}`}>
          {t('statementStep', { n: statement.id })}: {tx(statement.title)}
        </StepHeading>
        {statement.slots.map((slot) => {
          const id = `dk-slot-${statement.id}-${slot.id}`;
          return (
            <label class="dk-field" for={id} key={slot.id}>
              <span>{tx(slot.label)}</span>
              <input
                id={id}
                class="dk-input"
                type="text"
                value={state.slots[slotKey(statement.id, slot.id)] ?? ''}
                onInput={(event) => props.send({ type: 'slot', statementId: statement.id, slotId: slot.id, text: (event.currentTarget as HTMLInputElement).value })}
              />
            </label>
          );
        })}
        <div class="dk-live" aria-live="polite">
          <p class="dk-live-label">{t('statementPreview')}</p>
          {preview && preview.sentence !== null ? (
            <p class="dk-statement">{preview.sentence}</p>
          ) : (
            <p class="dk-muted">{t('missingSlots', { slots: (preview?.missing ?? []).map(tx).join(', ') })}</p>
          )}
        </div>
      </div>
    ) : null;
  } else if (step.kind === 'figures') {
    body = (
      <div>
        <StepHeading stepKey="figures" hint={t('figuresHint')}>
          {t('figuresTitle')}
        </StepHeading>
        <label class="dk-field dk-narrow" for="dk-periods">
          <span>{t('periods')}</span>
          <input
            id="dk-periods"
            class="dk-input"
            type="number"
            min={MIN_PERIODS}
            max={MAX_PERIODS}
            value={state.benefits.length}
            onInput={(event) => props.send({ type: 'periods', count: Number((event.currentTarget as HTMLInputElement).value) })}
          />
        </label>
        <table class="dk-table dk-figures">
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{t('benefit')}</th>
              <th scope="col">{t('cost')}</th>
            </tr>
          </thead>
          <tbody>
            {state.benefits.map((benefit, period) => (
              <tr key={period}>
                <th scope="row">{t('period', { n: period })}</th>
                <td>
                  <input
                    class="dk-input"
                    inputMode="decimal"
                    aria-label={`${t('benefit')} ${t('period', { n: period })}`}
                    value={benefit}
                    onInput={(event) => props.send({ type: 'figure', kind: 'benefits', period, text: (event.currentTarget as HTMLInputElement).value })}
                  />
                </td>
                <td>
                  <input
                    class="dk-input"
                    inputMode="decimal"
                    aria-label={`${t('cost')} ${t('period', { n: period })}`}
                    value={state.costs[period] ?? ''}
                    onInput={(event) => props.send({ type: 'figure', kind: 'costs', period, text: (event.currentTarget as HTMLInputElement).value })}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <label class="dk-field" for="dk-risks">
          <span>{t('risks')}</span>
          <input
            id="dk-risks"
            class="dk-input"
            inputMode="decimal"
            value={state.risks}
            onInput={(event) => props.send({ type: 'risks', text: (event.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <ValueFigures live={live} />
      </div>
    );
  } else {
    body = (
      <div>
        <StepHeading stepKey="summary">{t('summaryTitle')}</StepHeading>
        <ValueFigures live={live} />
        <ol class="dk-statements">
          {live.statements.map((statement) => (
            <li key={statement.id}>
              <strong>{tx(statement.title)}: </strong>
              {statement.sentence !== null ? (
                <span class="dk-statement">{statement.sentence}</span>
              ) : (
                <span class="dk-muted">{t('missingSlots', { slots: statement.missing.map(tx).join(', ') })}</span>
              )}
            </li>
          ))}
        </ol>
        <ConflictChoice conflicts={state.conflicts ?? []} onKeep={props.onKeep} onOverwrite={props.onOverwrite} busy={props.busy} />
        <div class="dk-nav">
          <button type="button" class="dk-button dk-primary" data-action="save-value" onClick={props.onSave} disabled={props.busy || (state.conflicts?.length ?? 0) > 0}>
            {t('save')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <section class="dk-panel" aria-label={t('panelValue')}>
      <p class="dk-panel-title">{t('panelValue')}</p>
      <SheetChangedNotice shown={state.sheetChanged === true} onReload={props.onReloadFromSheet} busy={props.busy} />
      <DealIdPicker dealId={state.dealId} options={state.dealOptions} onChoose={(dealId) => props.send({ type: 'chooseDeal', dealId })} disabled={props.busy} />
      <StepCounter index={index} total={steps.length} />
      {body}
      <WizardNav
        onBack={index > 0 ? () => props.send({ type: 'back' }) : undefined}
        onNext={index < steps.length - 1 ? () => props.send({ type: 'next' }) : undefined}
        disabled={props.busy}
      />
    </section>
  );
}

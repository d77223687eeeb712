import { buyingStepWord } from '../../methods/buying-process';
import { fill } from '../texts';
import { DEAL_BUYING_TEXT } from '../deal-buying-texts';
import { buyingStepCheck, buyingStepChoices } from '../deal-buying-step';
import type { DealAction, DealState } from '../wizard-deal';
import { buyingStepChanges, selectedDeal } from '../wizard-deal';
import { useLocaleTools } from './locale-context';

/** The buying step the chosen stage expects, and a dropdown for the step the rep has evidence of. */
export function BuyingStepField(props: { state: DealState; send: (action: DealAction) => void }) {
  const { tx, locale } = useLocaleTools();
  const view = props.state.view;
  const deal = selectedDeal(props.state);
  if (!view || !deal || !view.buying) return null;
  const recorded = props.state.buyingStep ?? deal.buyingStep ?? '';
  const check = buyingStepCheck(view, props.state.stage, recorded);
  const choices = buyingStepChoices(view);
  const known = choices.some((choice) => choice.value === recorded);
  return (
    <div class="dk-buying-step">
      {check.expected ? (
        <p>
          {tx(DEAL_BUYING_TEXT.expected)}: <strong data-buying-expected={check.expected.number}>{buyingStepWord(check.expected, locale)}</strong>
        </p>
      ) : null}
      {view.buying.recordable ? (
        <label class="dk-field" for="dk-buying-step">
          <span>{tx(DEAL_BUYING_TEXT.evidenced)}</span>
          <select
            id="dk-buying-step"
            class="dk-input"
            data-action="choose-buying-step"
            value={recorded}
            onChange={(event) => props.send({ type: 'chooseBuyingStep', step: (event.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{tx(DEAL_BUYING_TEXT.notRecorded)}</option>
            {!known && recorded !== '' ? <option value={recorded}>{recorded}</option> : null}
            {choices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {buyingStepWord(choice.step, locale)}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <p class="dk-hint">{tx(DEAL_BUYING_TEXT.noColumn)}</p>
      )}
      {check.behind > 0 ? (
        <p class="dk-warning" role="status" data-warning="buying-step-behind">
          {fill(tx(DEAL_BUYING_TEXT.behind), { n: check.behind })}
        </p>
      ) : null}
    </div>
  );
}

/** On the confirm step: the buying step cell as the update changes it, old → new. */
export function BuyingStepChange(props: { state: DealState }) {
  const { tx } = useLocaleTools();
  const deal = selectedDeal(props.state);
  if (!deal || !buyingStepChanges(props.state)) return null;
  return (
    <>
      <dt>{tx(DEAL_BUYING_TEXT.change)}</dt>
      <dd data-confirm="buying-step">
        {deal.buyingStep || tx(DEAL_BUYING_TEXT.notRecorded)} → {props.state.buyingStep || tx(DEAL_BUYING_TEXT.notRecorded)}
      </dd>
    </>
  );
}

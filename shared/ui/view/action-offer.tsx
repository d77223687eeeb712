import { defaultDue, type ActionOffer, type ActionOfferAction, type ActionOfferState } from '../action-offer';
import { ACTION_TEXT } from '../action-texts';
import { useLocaleTools } from './locale-context';

/** What a wizard step needs to offer actions for the deal's action list. */
export interface ActionOfferProps {
  readonly state: ActionOfferState;
  readonly send: (action: ActionOfferAction) => void;
  readonly onAdd: (offer: ActionOffer) => void;
  readonly today: string;
  readonly busy: boolean;
}

/**
 * The fields above a wizard's "Add as action" buttons: the deal (when the wizard cannot tell it), the
 * owner and the due date. Everything typed is shown as text; nothing read from a cell becomes markup.
 */
export function ActionFields(props: { state: ActionOfferState; send: (action: ActionOfferAction) => void; today: string; askDeal: boolean }) {
  const { tx } = useLocaleTools();
  const field = (name: 'dealId' | 'owner' | 'due') => (event: Event) => props.send({ type: 'field', field: name, value: (event.currentTarget as HTMLInputElement).value });
  return (
    <div class="dk-action-fields" data-action-fields="">
      <p class="dk-hint">{tx(ACTION_TEXT.hint)}</p>
      {props.askDeal ? (
        <label class="dk-field dk-narrow" for="dk-action-deal">
          <span>{tx(ACTION_TEXT.dealId)}</span>
          <input id="dk-action-deal" class="dk-input" type="text" value={props.state.dealId} placeholder={tx(ACTION_TEXT.dealIdHint)} onInput={field('dealId')} />
        </label>
      ) : null}
      <label class="dk-field dk-narrow" for="dk-action-owner">
        <span>{tx(ACTION_TEXT.owner)}</span>
        <input id="dk-action-owner" class="dk-input" type="text" value={props.state.owner} placeholder={tx(ACTION_TEXT.ownerHint)} onInput={field('owner')} />
      </label>
      <label class="dk-field dk-narrow" for="dk-action-due">
        <span>{tx(ACTION_TEXT.due)}</span>
        <input id="dk-action-due" class="dk-input" type="date" value={props.state.due || defaultDue(props.today)} onInput={field('due')} />
      </label>
    </div>
  );
}

/** One offer's button: it says once the action is added, so a second click does not add it twice. */
export function AddActionButton(props: { offerKey: string; state: ActionOfferState; onAdd: () => void; busy: boolean; disabled?: boolean }) {
  const { tx } = useLocaleTools();
  const added = props.state.added.includes(props.offerKey);
  return (
    <button
      type="button"
      class="dk-button dk-small"
      data-action="add-action"
      data-offer={props.offerKey}
      data-added={added ? 'yes' : 'no'}
      onClick={props.onAdd}
      disabled={props.busy || added || props.disabled === true}
    >
      {added ? tx(ACTION_TEXT.added) : tx(ACTION_TEXT.add)}
    </button>
  );
}

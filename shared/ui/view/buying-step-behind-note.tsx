import type { PipelineDeal, PipelineView } from '../../workbook/backend';
import { fill } from '../texts';
import { DEAL_BUYING_TEXT } from '../deal-buying-texts';
import { buyingStepCheck } from '../deal-buying-step';
import { useLocaleTools } from './locale-context';

/** In the list of deals: a deal whose customer lags the buying step its stage expects. */
export function BuyingStepBehindNote(props: { view: PipelineView; deal: PipelineDeal }) {
  const { tx } = useLocaleTools();
  const check = buyingStepCheck(props.view, props.deal.stage, props.deal.buyingStep);
  if (check.behind === 0) return null;
  return (
    <span class="dk-menu-warning" data-warning="buying-step-behind">
      {fill(tx(DEAL_BUYING_TEXT.behind), { n: check.behind })}
    </span>
  );
}

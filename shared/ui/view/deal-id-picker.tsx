import { text } from '../../i18n';
import { freshDealId } from '../../deals/fresh-deal-id';
import type { DealOption } from '../deal-choice';
import { fill } from '../texts';
import { useLocaleTools } from './locale-context';

/**
 * The Deal ID a wizard's sheet carries: one of the rep's pipeline deals, or a new deal with an id no
 * pipeline row uses. Ids and names come from cells: option text only, never markup.
 */

const T = {
  label: text('Deal ID', '商机编号'),
  hint: text('Joins this sheet to its pipeline row, so the team roll-up shows what it concludes.', '将本表与商机管道中的对应行关联，团队汇总即可显示其结论。'),
  none: text('— choose the deal —', '— 请选择商机 —'),
  fresh: text('New deal: {id}', '新商机：{id}'),
  notListed: text('{id} (not in your pipeline)', '{id}（不在您的商机管道中）'),
};

export function DealIdPicker(props: { dealId: string; options: readonly DealOption[]; onChoose: (dealId: string) => void; disabled?: boolean }) {
  const { tx } = useLocaleTools();
  const { dealId, options } = props;
  const fresh = freshDealId(options.map((option) => option.id));
  const listed = dealId === '' || dealId === fresh || options.some((option) => option.id === dealId);
  return (
    <label class="dk-field dk-deal-id" for="dk-deal-id">
      <span>{tx(T.label)}</span>
      <select
        id="dk-deal-id"
        class="dk-input"
        data-deal-id=""
        value={dealId}
        disabled={props.disabled}
        onChange={(event) => props.onChoose((event.currentTarget as HTMLSelectElement).value)}
      >
        <option value="">{tx(T.none)}</option>
        {listed ? null : <option value={dealId}>{fill(tx(T.notListed), { id: dealId })}</option>}
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name === '' ? option.id : `${option.id} — ${option.name}`}
          </option>
        ))}
        <option value={fresh} data-new-deal="">
          {fill(tx(T.fresh), { id: fresh })}
        </option>
      </select>
      <span class="dk-hint">{tx(T.hint)}</span>
    </label>
  );
}

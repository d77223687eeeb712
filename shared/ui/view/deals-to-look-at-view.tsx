import { text } from '../../i18n';
import type { DealsToLookAt, TopRepsFigure } from '../../workbook/deals-to-look-at-report';
import { fill } from '../texts';
import { useLocaleTools } from './locale-context';

/**
 * The Team panel's "Deals to look at": one count per Dashboard list, each with the heading the list
 * has on the Dashboard sheet, and the 80/20 figure. Rep names and headings are text nodes.
 */

const T = {
  title: text('Deals to look at', '需关注的商机'),
  hint: text('Counts from this roll-up. The Dashboard sheet lists the deals behind each count.', '以下为本次汇总的数量。各数量对应的商机列在仪表板工作表中。'),
  overdue: text('Overdue open actions: {count}', '逾期未完成的行动：{count} 项'),
  rep: text('Rep', '销售代表'),
  overdueColumn: text('Overdue', '已逾期'),
  noRep: text('(no rep)', '（无销售代表）'),
  buyingBehind: text('Deals whose customer’s buying step is behind their stage: {count}', '客户购买步骤落后于销售阶段的商机：{count} 个'),
  notRecorded: text('Open deals with no buying step recorded, not counted as behind: {count}', '未记录购买步骤的进行中商机（不计为落后）：{count} 个'),
  decisionMakers: text(
    'Deals whose decision maker is neutral or worse, or not contacted for more than {days} days: {count}',
    '决策人为中立者或更差，或超过 {days} 天未接触的商机：{count} 个',
  ),
  where: text('Dashboard sheet, under “{heading}”.', '见仪表板工作表中的“{heading}”。'),
  topWon: text('{reps} of {of} reps make 80 % of the revenue won in {period}.', '{of} 名销售代表中的 {reps} 名创造了 {period} 已赢单金额的 80%。'),
  topWeighted: text(
    '{reps} of {of} reps make 80 % of the weighted pipeline (open deals at their probability): nothing won in {period} yet.',
    '{of} 名销售代表中的 {reps} 名创造了加权商机金额（进行中商机按其概率）的 80%：{period} 尚无赢单。',
  ),
  noRevenue: text('No revenue to share out: nothing won in {period} and no open pipeline.', '没有可分摊的收入：{period} 无赢单，也没有进行中的商机。'),
};

/** A sidebar is 300 px wide: the browser's 40 px list indent would take an eighth of it. */
const LIST = { paddingLeft: '1.2em', margin: '0.25em 0' } as const;

/** Keeps a rep's long unbroken name inside the 300 px sidebar. */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere' } as const;

function topRepsLine(figure: TopRepsFigure): typeof T.topWon {
  if (figure.basis === 'wonInPeriod') return T.topWon;
  if (figure.basis === 'weightedPipeline') return T.topWeighted;
  return T.noRevenue;
}

export function DealsToLookAtView(props: { look: DealsToLookAt }) {
  const { tx } = useLocaleTools();
  const { look } = props;
  const where = (heading: string) => (
    <span class="dk-hint" style={{ display: 'block' }} data-where="">
      {fill(tx(T.where), { heading })}
    </span>
  );
  return (
    <div class="dk-deals-to-look-at" data-deals-to-look-at="">
      <h4 class="dk-subtitle">{tx(T.title)}</h4>
      <p class="dk-hint">{tx(T.hint)}</p>
      <ul class="dk-look-list" style={LIST}>
        <li data-look="overdueActions" data-count={look.overdue}>
          {fill(tx(T.overdue), { count: look.overdue })}
          {where(look.headings.overdueActions)}
          {look.overdueByRep.length > 0 ? (
            <table class="dk-table" data-overdue-reps="">
              <thead>
                <tr>
                  <th scope="col">{tx(T.rep)}</th>
                  <th scope="col">{tx(T.overdueColumn)}</th>
                </tr>
              </thead>
              <tbody>
                {look.overdueByRep.map((line) => (
                  <tr key={line.rep}>
                    <th scope="row" style={WRAP_ANYWHERE}>
                      {line.rep === '' ? tx(T.noRep) : line.rep}
                    </th>
                    <td>{line.overdue}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
        <li data-look="buyingBehind" data-count={look.buyingBehind}>
          {fill(tx(T.buyingBehind), { count: look.buyingBehind })}
          {look.buyingNotRecorded > 0 ? (
            <span class="dk-hint" style={{ display: 'block' }} data-not-recorded="">
              {fill(tx(T.notRecorded), { count: look.buyingNotRecorded })}
            </span>
          ) : null}
          {where(look.headings.buyingBehind)}
        </li>
        <li data-look="decisionMakers" data-count={look.decisionMakers}>
          {fill(tx(T.decisionMakers), { count: look.decisionMakers, days: look.contactDays })}
          {where(look.headings.decisionMakers)}
        </li>
        <li data-look="topReps" data-basis={look.topReps.basis ?? 'none'}>
          {fill(tx(topRepsLine(look.topReps)), { reps: look.topReps.reps, of: look.topReps.of, period: look.topReps.period })}
          {where(look.headings.healthyTeam)}
        </li>
      </ul>
    </div>
  );
}

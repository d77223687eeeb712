import { text } from '../../i18n';
import type { DealHealthCounts } from '../../workbook/deal-health-report';
import { fill } from '../texts';
import { useLocaleTools } from './locale-context';

/** The Team panel's deal-health lines: each flag with the deals it catches; the table itself is on the Dashboard. */

const T = {
  title: text('Deal health', '商机健康度'),
  hint: text(
    'From each deal’s assessment and value proposition, joined by Deal ID. The Dashboard lists every deal and the sheets not joined.',
    '依据各商机的机会评估表和价值主张表，按商机编号对应。仪表板列出了每个商机以及未对应的工作表。',
  ),
  flag: text('Flag', '预警'),
  deals: text('Deals', '商机数'),
  withoutAssessment: text('No assessment', '无评估'),
  notJoined: text('{count} deal sheets not joined to a pipeline row (listed on the Dashboard).', '{count} 张商机工作表未与商机行对应（见仪表板）。'),
};

export function DealHealthView(props: { counts: DealHealthCounts }) {
  const { tx } = useLocaleTools();
  const { counts } = props;
  return (
    <div class="dk-deal-health" data-deal-health="">
      <h4 class="dk-subtitle">{tx(T.title)}</h4>
      <p class="dk-hint">{tx(T.hint)}</p>
      <table class="dk-table" data-deal-flags="">
        <thead>
          <tr>
            <th scope="col">{tx(T.flag)}</th>
            <th scope="col">{tx(T.deals)}</th>
          </tr>
        </thead>
        <tbody>
          {counts.flags.map((flag) => (
            <tr key={flag.id} data-flag={flag.id}>
              <th scope="row">{tx(flag.label)}</th>
              <td>{flag.deals}</td>
            </tr>
          ))}
          <tr data-flag="withoutAssessment">
            <th scope="row">{tx(T.withoutAssessment)}</th>
            <td>{counts.withoutAssessment}</td>
          </tr>
        </tbody>
      </table>
      {counts.sheetsNotJoined > 0 ? <p class="dk-warning">{fill(tx(T.notJoined), { count: counts.sheetsNotJoined })}</p> : null}
    </div>
  );
}

import { money } from '../../pipeline/rollup-plan';
import type { RepRangeLine, TeamReport } from '../../workbook/team-report';
import { TEAM_TEXT, type TeamTextId } from '../team-texts';
import { fill } from '../texts';
import { useLocaleTools } from './locale-context';
import { ForecastHonestyView } from './forecast-honesty-view';
import { DealHealthView } from './deal-health-view';
import { DealsToLookAtView } from './deals-to-look-at-view';

/**
 * The account of a roll-up: the reconciliation line, every set-aside row, the reps' figures and the
 * forecast range. Sheet names, ids and reps come from cells: they are text nodes, never markup.
 */

/** Names typed by reps can be long and unbroken: let them wrap rather than push the figures out of the pane. */
const WRAP_ANYWHERE = { overflowWrap: 'anywhere', minWidth: '4.5em' } as const;

/** A table wider than a 300 px sidebar scrolls on its own instead of pushing the pane sideways. */
const SCROLL_X = { overflowX: 'auto' } as const;

/** Whole amounts in the tables (a sidebar is 300 px wide); the reconciliation line keeps the cents. */
const whole = (value: number): string => money(Math.round(value)).replace(/\.00$/, '');

const percent = (value: number | null): string | null => (value === null ? null : `${Math.round(value * 100)} %`);

function useTeamText() {
  const { locale } = useLocaleTools();
  return (id: TeamTextId, values?: Readonly<Record<string, string | number>>): string => (values ? fill(TEAM_TEXT[id][locale], values) : TEAM_TEXT[id][locale]);
}

function RepRow(props: { line: RepRangeLine; label: string; team?: boolean }) {
  const tt = useTeamText();
  const { line } = props;
  const Cell = props.team ? 'th' : 'td';
  return (
    <tr class={props.team ? 'dk-team-total' : undefined} data-rep={props.team ? '' : line.rep}>
      <th scope="row" style={WRAP_ANYWHERE}>
        {props.label}
      </th>
      <Cell>{whole(line.openAmount)}</Cell>
      <Cell>{whole(line.weighted)}</Cell>
      <Cell>{line.quota === null ? tt('none') : whole(line.quota)}</Cell>
      <Cell>{line.coverage === null ? tt('none') : `${line.coverage.toFixed(1)}×`}</Cell>
    </tr>
  );
}

function RangeRow(props: { line: RepRangeLine; label: string; team?: boolean }) {
  const tt = useTeamText();
  const { line } = props;
  return (
    <tr class={props.team ? 'dk-team-total' : undefined}>
      <th scope="row" style={WRAP_ANYWHERE}>
        {props.label}
      </th>
      <td>{whole(line.p10)}</td>
      <td>{whole(line.p50)}</td>
      <td>{whole(line.p90)}</td>
      <td>{percent(line.chanceOfQuota) ?? tt('none')}</td>
    </tr>
  );
}

export function TeamReportView(props: { report: TeamReport }) {
  const { tx } = useLocaleTools();
  const tt = useTeamText();
  const { report } = props;
  return (
    <div class="dk-team-report" data-team-report="">
      <h3 class="dk-section-title">{tt('reconciliationTitle')}</h3>
      <p class="dk-reconciliation" data-balanced={String(report.balanced)}>
        {tt('reconciliation', {
          read: report.read.deals,
          readAmount: money(report.read.amount),
          counted: report.counted.deals,
          countedAmount: money(report.counted.amount),
          setAside: report.setAside.deals,
          setAsideAmount: money(report.setAside.amount),
        })}
      </p>
      {report.balanced ? null : <p class="dk-warning">{tt('unbalanced')}</p>}
      {report.tables === 0 ? (
        <p class="dk-warning" data-no-tables="">
          {tt('noTables')}
        </p>
      ) : null}

      <h4 class="dk-subtitle">{tt('setAsideTitle')}</h4>
      {report.setAsideRows.length === 0 ? (
        <p class="dk-hint">{tt('noneSetAside')}</p>
      ) : (
        <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
          <table class="dk-table" data-set-aside="">
            <thead>
              <tr>
                <th scope="col">{tt('sheet')}</th>
                <th scope="col">{tt('row')}</th>
                <th scope="col">{tt('dealId')}</th>
                <th scope="col">{tt('reason')}</th>
              </tr>
            </thead>
            <tbody>
              {report.setAsideRows.map((row) => (
                <tr key={`${row.sheet}!${row.row}`}>
                  <td style={WRAP_ANYWHERE}>{row.sheet}</td>
                  <td>{row.row}</td>
                  <td style={WRAP_ANYWHERE}>{row.id}</td>
                  <td>{row.reasons.map((reason) => tx(reason)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4 class="dk-subtitle">{tt('repsTitle', { period: report.period })}</h4>
      <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
        <table class="dk-table" data-reps="">
          <thead>
            <tr>
              <th scope="col">{tt('rep')}</th>
              <th scope="col">{tt('open')}</th>
              <th scope="col">{tt('weighted')}</th>
              <th scope="col">{tt('quota')}</th>
              <th scope="col">{tt('coverage')}</th>
            </tr>
          </thead>
          <tbody>
            {report.reps.map((line) => (
              <RepRow key={line.rep} line={line} label={line.rep} />
            ))}
            <RepRow line={report.team} label={tt('team')} team />
          </tbody>
        </table>
      </div>

      <h4 class="dk-subtitle">{tt('rangeTitle', { period: report.period })}</h4>
      <p class="dk-hint">{tt('rangeHint', { resolution: money(report.team.resolution).replace(/\.00$/, '') })}</p>
      <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
        <table class="dk-table" data-range="">
          <thead>
            <tr>
              <th scope="col">{tt('rep')}</th>
              <th scope="col">{tt('p10')}</th>
              <th scope="col">{tt('p50')}</th>
              <th scope="col">{tt('p90')}</th>
              <th scope="col">{tt('chance')}</th>
            </tr>
          </thead>
          <tbody>
            {report.reps.map((line) => (
              <RangeRow key={line.rep} line={line} label={line.rep} />
            ))}
            <RangeRow line={report.team} label={tt('team')} team />
          </tbody>
        </table>
      </div>

      {report.dealHealth ? <DealHealthView counts={report.dealHealth} /> : null}
      {report.dealsToLookAt ? <DealsToLookAtView look={report.dealsToLookAt} /> : null}
      {report.honesty ? <ForecastHonestyView honesty={report.honesty} /> : null}
    </div>
  );
}

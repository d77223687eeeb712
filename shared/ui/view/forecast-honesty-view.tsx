import type { ForecastHonesty, ForecastViewLine, OverrideLine } from '../../workbook/forecast-honesty-report';
import { TEAM_TEXT } from '../team-texts';
import { percentOf, SCROLL_X, signedAmount, signedPoints, useHonestyText, wholeAmount, WRAP_ANYWHERE } from './honesty-format';
import { useLocaleTools } from './locale-context';

/**
 * In the roll-up report: which probabilities reps typed over their stage's default and why, and the
 * rep view beside the manager view. Deal ids, names and reasons come from cells: text nodes only.
 */

/** Room for an opportunity name to break between words rather than inside them. */
const DEAL_CELL = { ...WRAP_ANYWHERE, minWidth: '7em' } as const;

function OverrideRow(props: { line: OverrideLine }) {
  const ht = useHonestyText();
  const { line } = props;
  const name = line.opportunity || line.account;
  return (
    <tr data-override={line.id} data-flagged={String(line.flagged)} class={line.flagged ? 'dk-flagged' : undefined}>
      <th scope="row" style={DEAL_CELL}>
        {line.id}
        {name ? (
          <span class="dk-hint" style={{ display: 'block' }}>
            {name}
          </span>
        ) : null}
      </th>
      <td>{percentOf(line.stageDefault)}</td>
      <td>{percentOf(line.override)}</td>
      <td data-points={line.points}>{ht('pointsValue', { points: signedPoints(line.points) })}</td>
      {/* A mark and a word, so the flag is not told by colour alone. */}
      <td data-flag="">{line.flagged ? `⚑ ${ht('flagged')}` : ht('notFlagged')}</td>
      <td style={WRAP_ANYWHERE} data-reason="">
        {line.reason === '' ? <em>{ht('noReason')}</em> : line.reason}
      </td>
    </tr>
  );
}

function ViewRow(props: { line: ForecastViewLine; label: string; team?: boolean }) {
  const ht = useHonestyText();
  const { line } = props;
  const Cell = props.team ? 'th' : 'td';
  const mark = (adjusted: boolean): string => (adjusted ? ` (${ht('adjusted')})` : '');
  return (
    <tr class={props.team ? 'dk-team-total' : undefined} data-view-rep={props.team ? '' : line.rep}>
      <th scope="row" style={WRAP_ANYWHERE}>
        {props.label}
      </th>
      <Cell>{wholeAmount(line.repCommit)}</Cell>
      <Cell>{`${wholeAmount(line.managerCommit)}${mark(line.commitAdjusted)}`}</Cell>
      <Cell data-commit-difference={line.commitDifference}>{signedAmount(line.commitDifference)}</Cell>
      <Cell>{wholeAmount(line.repBestCase)}</Cell>
      <Cell>{`${wholeAmount(line.managerBestCase)}${mark(line.bestCaseAdjusted)}`}</Cell>
      <Cell data-best-case-difference={line.bestCaseDifference}>{signedAmount(line.bestCaseDifference)}</Cell>
    </tr>
  );
}

export function ForecastHonestyView(props: { honesty: ForecastHonesty }) {
  const ht = useHonestyText();
  const { tx } = useLocaleTools();
  const { honesty } = props;
  const notes = honesty.forecastViews.filter((line) => line.note.trim() !== '');
  return (
    <div class="dk-forecast-honesty">
      <h4 class="dk-subtitle">{ht('overridesTitle')}</h4>
      <p class="dk-hint">{ht('overridesHint', { points: honesty.overrideFlagPoints })}</p>
      {honesty.overrides.length === 0 ? (
        <p class="dk-hint" data-no-overrides="">
          {ht('noOverrides')}
        </p>
      ) : (
        <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
          <table class="dk-table" data-overrides="">
            <thead>
              <tr>
                <th scope="col">{ht('deal')}</th>
                <th scope="col">{ht('stageDefault')}</th>
                <th scope="col">{ht('override')}</th>
                <th scope="col">{ht('difference')}</th>
                <th scope="col">{ht('flag')}</th>
                <th scope="col">{ht('overrideReason')}</th>
              </tr>
            </thead>
            <tbody>
              {honesty.overrides.map((line) => (
                <OverrideRow key={`${line.sheet}!${line.row}`} line={line} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      <h4 class="dk-subtitle">{ht('viewsTitle', { period: honesty.period })}</h4>
      <p class="dk-hint">{ht('viewsHint')}</p>
      <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
        <table class="dk-table" data-forecast-views="">
          <thead>
            <tr>
              <th scope="col">{tx(TEAM_TEXT.rep)}</th>
              <th scope="col">{ht('repCommit')}</th>
              <th scope="col">{ht('managerCommit')}</th>
              <th scope="col">{ht('commitDifference')}</th>
              <th scope="col">{ht('repBestCase')}</th>
              <th scope="col">{ht('managerBestCase')}</th>
              <th scope="col">{ht('bestCaseDifference')}</th>
            </tr>
          </thead>
          <tbody>
            {honesty.forecastViews.map((line) => (
              <ViewRow key={line.rep} line={line} label={line.rep} />
            ))}
            <ViewRow line={honesty.teamView} label={tx(TEAM_TEXT.team)} team />
          </tbody>
        </table>
      </div>
      {notes.length === 0 ? null : (
        <ul class="dk-hint" data-manager-notes="">
          {notes.map((line) => (
            <li key={line.rep} style={WRAP_ANYWHERE}>
              {ht('managerNote', { rep: line.rep, note: line.note })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

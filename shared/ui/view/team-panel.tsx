import type { Text } from '../../i18n';
import { CHANGE_CATEGORY_LABELS, type ChangeCategory } from '../../scoring/snapshot-diff';
import type { CsvFormat } from '../../workbook/backend';
import type { TeamAction, TeamState } from '../wizard-team';
import { canCompare } from '../wizard-team';
import { ChoiceGroup } from './choice-group';
import { useLocaleTools } from './locale-context';
import { StepHeading } from './step-heading';
import { CsvHandOver, RepWorkbookPicker, RollUpProgress, type PickedFile } from './team-extras';
import { TeamReportView } from './team-report-view';
import { ForecastAccuracySection } from './forecast-accuracy-view';

const money = (value: number): string => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

function categoryLabel(category: string): Text | null {
  return (CHANGE_CATEGORY_LABELS as Readonly<Record<string, Text>>)[category as ChangeCategory] ?? null;
}

export function TeamPanel(props: {
  state: TeamState;
  send: (action: TeamAction) => void;
  busy: boolean;
  onRollUp: () => void;
  onSnapshot: () => void;
  onCompare: () => void;
  onExport: () => void;
  /** Given only where the host can insert a rep's workbook (Excel). */
  onAddWorkbook?: (file: PickedFile) => void;
  /** Given where the host can work out forecast accuracy (all three of DealKit's). */
  onForecastAccuracy?: () => void;
}) {
  const { t, tx } = useLocaleTools();
  const state = props.state;
  const change = state.change;
  return (
    <section class="dk-panel" aria-label={t('panelTeam')}>
      <StepHeading stepKey="team" hint={t('panelTeamHint')}>
        {t('panelTeam')}
      </StepHeading>

      {props.onAddWorkbook ? <RepWorkbookPicker busy={props.busy} onPick={props.onAddWorkbook} /> : null}

      <h3 class="dk-section-title">{t('rollUpTitle')}</h3>
      <p class="dk-hint">{t('rollUpHint')}</p>
      <label class="dk-field dk-narrow" for="dk-team-period">
        <span>{t('teamPeriod')}</span>
        <input
          id="dk-team-period"
          class="dk-input"
          value={state.period}
          onInput={(event) => props.send({ type: 'setPeriod', period: (event.currentTarget as HTMLInputElement).value })}
          onKeyDown={(event) => {
            // Enter in the period field rolls up, as it would submit a one-field form.
            if (event.key === 'Enter' && !props.busy) {
              event.preventDefault();
              props.onRollUp();
            }
          }}
        />
      </label>
      <div class="dk-nav">
        <button type="button" class="dk-button dk-primary" data-action="roll-up" onClick={props.onRollUp} disabled={props.busy}>
          {t('rollUp')}
        </button>
      </div>
      <RollUpProgress progress={state.progress} />
      {state.rolledUp?.report ? <TeamReportView report={state.rolledUp.report} /> : null}

      <h3 class="dk-section-title">{t('snapshotTitle')}</h3>
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="take-snapshot" onClick={props.onSnapshot} disabled={props.busy}>
          {t('takeSnapshot')}
        </button>
      </div>

      {props.onForecastAccuracy ? (
        <ForecastAccuracySection state={state.accuracy} send={(action) => props.send({ type: 'accuracy', action })} busy={props.busy} onRun={props.onForecastAccuracy} />
      ) : null}

      <h3 class="dk-section-title">{t('compareTitle')}</h3>
      {state.dates.length < 2 ? <p class="dk-hint">{t('noSnapshots')}</p> : null}
      <div class="dk-row">
        <label class="dk-field" for="dk-earlier">
          <span>{t('earlier')}</span>
          <select id="dk-earlier" class="dk-input" value={state.earlier} onChange={(event) => props.send({ type: 'setEarlier', date: (event.currentTarget as HTMLSelectElement).value })}>
            {state.dates.map((date) => (
              <option key={date} value={date}>
                {date}
              </option>
            ))}
          </select>
        </label>
        <label class="dk-field" for="dk-later">
          <span>{t('later')}</span>
          <select id="dk-later" class="dk-input" value={state.later} onChange={(event) => props.send({ type: 'setLater', date: (event.currentTarget as HTMLSelectElement).value })}>
            {state.dates.map((date) => (
              <option key={date} value={date}>
                {date}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="compare" onClick={props.onCompare} disabled={props.busy || !canCompare(state)}>
          {t('compare')}
        </button>
      </div>
      {change ? (
        <div class="dk-live" aria-live="polite">
          <p class="dk-live-label">{t('changeTotal', { earlier: change.earlierDate, later: change.laterDate })}</p>
          <p class="dk-change-bridge" data-earlier-total={change.earlierTotal} data-later-total={change.laterTotal}>
            {`${money(change.earlierTotal)} → ${money(change.laterTotal)}`}
          </p>
          <table class="dk-table" data-change-table="">
            <thead>
              <tr>
                <th scope="col" />
                <th scope="col">{t('deals')}</th>
                <th scope="col">{t('change')}</th>
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{change.earlierDate}</th>
                <td />
                <td>{money(change.earlierTotal)}</td>
              </tr>
              {change.lines
                .filter((line) => line.deals > 0)
                .map((line) => {
                  const label = categoryLabel(line.category);
                  return (
                    <tr key={line.category} data-change-line={line.category} data-change={line.change}>
                      <th scope="row">{label ? tx(label) : line.category}</th>
                      <td>{line.deals}</td>
                      <td>{money(line.change)}</td>
                    </tr>
                  );
                })}
              <tr>
                <th scope="row">{change.laterDate}</th>
                <td />
                <td>{money(change.laterTotal)}</td>
              </tr>
            </tbody>
          </table>
        </div>
      ) : null}

      <h3 class="dk-section-title">{t('exportTitle')}</h3>
      <div class="dk-rating-row">
        <ChoiceGroup<CsvFormat>
          name="csv-format"
          label={t('exportTitle')}
          choices={[
            { value: 'salesforce', label: 'Salesforce' },
            { value: 'hubspot', label: 'HubSpot' },
          ]}
          value={state.format}
          onChange={(format) => props.send({ type: 'setFormat', format })}
        />
      </div>
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="export-csv" onClick={props.onExport} disabled={props.busy}>
          {t('exportCsv')}
        </button>
      </div>
      {state.csv ? <CsvHandOver csv={state.csv.csv} fileName={state.csv.fileName} /> : null}
    </section>
  );
}

import type { AccuracyPeriodKind } from '../../pipeline/forecast-accuracy';
import type { AccuracyPeriodLine, AccuracyRepLine } from '../../workbook/accuracy-report';
import { TEAM_TEXT } from '../team-texts';
import { figureAt, type AccuracyAction, type AccuracyFigure, type AccuracyState } from '../wizard-accuracy';
import { ChoiceGroup } from './choice-group';
import { errorPercent, SCROLL_X, useHonestyText, wholeAmount, WRAP_ANYWHERE } from './honesty-format';
import { useLocaleTools } from './locale-context';

/**
 * The Team panel's Forecast accuracy section: pick quarters or months, run it (the host rebuilds the
 * Forecast accuracy sheet), then per closed period each rep's and the team's actual and the forecasts
 * 8, 4 and 1 weeks before the end with their errors. An unknown forecast is a blank cell, never 0.
 */

function AccuracyRow(props: { line: AccuracyRepLine; label: string; figure: AccuracyFigure; team?: boolean }) {
  const { line, figure } = props;
  const Cell = props.team ? 'th' : 'td';
  return (
    <tr class={props.team ? 'dk-team-total' : undefined} data-accuracy-rep={props.team ? '' : line.rep}>
      <th scope="row" style={WRAP_ANYWHERE}>
        {props.label}
      </th>
      <Cell data-actual={line.actual}>{wholeAmount(line.actual)}</Cell>
      {line.points.map((point) => {
        const { forecast, error } = figureAt(point, figure);
        return [
          <Cell key={`f${point.weeks}`} data-weeks={point.weeks} data-forecast={forecast ?? ''}>
            {forecast === null ? '' : wholeAmount(forecast)}
          </Cell>,
          <Cell key={`e${point.weeks}`} data-weeks={point.weeks} data-error={error ?? ''}>
            {errorPercent(error)}
          </Cell>,
        ];
      })}
    </tr>
  );
}

function PeriodTable(props: { period: AccuracyPeriodLine; figure: AccuracyFigure }) {
  const ht = useHonestyText();
  const { tx } = useLocaleTools();
  const { period } = props;
  const weeks = period.team.points.map((p) => p.weeks);
  return (
    <div class="dk-accuracy-period" data-accuracy-period={period.period}>
      <h4 class="dk-subtitle">{ht('periodTitle', { period: period.period, date: period.actualSnapshot })}</h4>
      <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
        <table class="dk-table" data-accuracy-table="">
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                {tx(TEAM_TEXT.rep)}
              </th>
              <th scope="col" rowSpan={2}>
                {ht('actual')}
              </th>
              {weeks.map((w) => (
                <th key={w} scope="colgroup" colSpan={2}>
                  {ht('weeksBefore', { weeks: w })}
                </th>
              ))}
            </tr>
            <tr>
              {weeks.map((w) => [
                <th key={`f${w}`} scope="col">
                  {ht(figureLabel(props.figure))}
                </th>,
                <th key={`e${w}`} scope="col">
                  {ht('error')}
                </th>,
              ])}
            </tr>
          </thead>
          <tbody>
            {period.reps.map((line) => (
              <AccuracyRow key={line.rep} line={line} label={line.rep} figure={props.figure} />
            ))}
            <AccuracyRow line={period.team} label={tx(TEAM_TEXT.team)} figure={props.figure} team />
          </tbody>
        </table>
      </div>
    </div>
  );
}

function figureLabel(figure: AccuracyFigure): 'figureCommit' | 'figureWeighted' | 'figureManager' {
  return figure === 'commit' ? 'figureCommit' : figure === 'weighted' ? 'figureWeighted' : 'figureManager';
}

export function ForecastAccuracySection(props: { state: AccuracyState; send: (action: AccuracyAction) => void; busy: boolean; onRun: () => void }) {
  const ht = useHonestyText();
  const { state } = props;
  const report = state.report;
  return (
    <div class="dk-forecast-accuracy" data-forecast-accuracy="">
      <h3 class="dk-section-title">{ht('accuracyTitle')}</h3>
      <p class="dk-hint">{ht('accuracyHint')}</p>
      <div class="dk-rating-row">
        <ChoiceGroup<AccuracyPeriodKind>
          name="accuracy-kind"
          label={ht('accuracyKind')}
          choices={[
            { value: 'quarter', label: ht('quarters') },
            { value: 'month', label: ht('months') },
          ]}
          value={state.kind}
          onChange={(kind) => props.send({ type: 'setKind', kind })}
        />
      </div>
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="forecast-accuracy" onClick={props.onRun} disabled={props.busy}>
          {ht('runAccuracy')}
        </button>
      </div>
      {report === null ? null : report.periods.length === 0 ? (
        <p class="dk-hint" data-no-closed-period="" aria-live="polite">
          {ht('noClosedPeriod')}
        </p>
      ) : (
        <div class="dk-live" aria-live="polite" data-accuracy-report={report.kind}>
          <div class="dk-rating-row">
            <ChoiceGroup<AccuracyFigure>
              name="accuracy-figure"
              label={ht('accuracyFigure')}
              choices={[
                { value: 'commit', label: ht('figureCommit') },
                { value: 'weighted', label: ht('figureWeighted') },
                { value: 'manager', label: ht('figureManager') },
              ]}
              value={state.figure}
              onChange={(figure) => props.send({ type: 'setFigure', figure })}
            />
          </div>
          <p class="dk-hint">{ht('accuracyErrorHint')}</p>
          {report.periods.map((period) => (
            <PeriodTable key={period.period} period={period} figure={state.figure} />
          ))}
        </div>
      )}
    </div>
  );
}

import { fill } from '../texts';
import { CALIBRATION_TEXT } from '../calibration-texts';
import type { StageConversion } from '../../pipeline/stage-conversion';
import { adoptionRequest, type SettingsState } from '../wizard-settings';
import { SCROLL_X } from './honesty-format';
import { useLocaleTools } from './locale-context';

const percent = (value: number): string => `${Math.round(value * 100)}%`;

/**
 * The Settings panel's "Adopt the team's stage probabilities": first a button, then the ladder's
 * probability beside the team's per stage with the deals behind each figure, and the manager's two
 * choices. Only the confirm button writes; a stage no deal has closed from says it keeps its own.
 */
export function StageProbabilityReview(props: { state: SettingsState; onReview: () => void; onAdopt: () => void; onClose: () => void; busy: boolean }) {
  const { tx } = useLocaleTools();
  const calibration = props.state.calibration;
  if (!calibration) {
    return (
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="review-stage-probabilities" onClick={props.onReview} disabled={props.busy}>
          {tx(CALIBRATION_TEXT.review)}
        </button>
      </div>
    );
  }
  const canAdopt = adoptionRequest(props.state).length > 0;
  return (
    <div class="dk-field" data-stage-probabilities="">
      <h3 class="dk-subtitle">{tx(CALIBRATION_TEXT.title)}</h3>
      <p class="dk-hint">{calibration.snapshots === 0 ? tx(CALIBRATION_TEXT.noHistory) : fill(tx(CALIBRATION_TEXT.intro), { snapshots: calibration.snapshots })}</p>
      {calibration.snapshots > 0 ? <ReviewTable calibration={calibration} /> : null}
      {canAdopt ? null : <p class="dk-hint">{tx(CALIBRATION_TEXT.nothingToAdopt)}</p>}
      <div class="dk-nav">
        <button type="button" class="dk-button" data-action="keep-stage-probabilities" onClick={props.onClose} disabled={props.busy}>
          {tx(CALIBRATION_TEXT.cancel)}
        </button>
        <button type="button" class="dk-button dk-primary" data-action="adopt-stage-probabilities" onClick={props.onAdopt} disabled={props.busy || !canAdopt}>
          {tx(CALIBRATION_TEXT.confirm)}
        </button>
      </div>
    </div>
  );
}

function ReviewTable(props: { calibration: StageConversion }) {
  const { tx } = useLocaleTools();
  return (
    <div class="dk-table-scroll" style={SCROLL_X} tabIndex={0}>
      <table class="dk-table">
        <thead>
          <tr>
            {CALIBRATION_TEXT.headers.map((header, i) => (
              <th key={i} scope="col">
                {tx(header)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.calibration.lines.map((line) => {
            const closed = line.won + line.lost;
            const after =
              line.calibrated === null
                ? fill(tx(CALIBRATION_TEXT.keeps), { probability: percent(line.probability) })
                : line.calibrated === line.probability
                  ? tx(CALIBRATION_TEXT.unchanged)
                  : percent(line.calibrated);
            return (
              <tr key={line.code} data-stage={line.code}>
                <th scope="row">{`${line.code} ${line.label}`}</th>
                <td data-ladder={line.probability}>{percent(line.probability)}</td>
                <td data-team={line.conversion ?? ''}>{line.conversion === null ? '—' : percent(line.conversion)}</td>
                <td>{line.reached}</td>
                <td>{line.won}</td>
                <td>{line.lost}</td>
                <td data-after={line.calibrated ?? ''}>
                  {after}
                  {line.calibrated !== null && line.fewDeals ? <span class="dk-hint">{` (${fill(tx(CALIBRATION_TEXT.fewDeals), { closed })})`}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

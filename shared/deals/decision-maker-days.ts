import { DealKitError } from '../errors';
import { text } from '../i18n';
import { isBlankCell } from '../pipeline/find-tables';
import { settingPlace, type NamedValues } from '../pipeline/named-values';
import { amountFromCell } from '../pipeline/rollup';
import { decimalMarkFromNamedValues } from '../pipeline/team-settings';
import { SETTINGS_NAMES } from '../settings/names';

/**
 * How long a deal's decision maker may go without contact before the Dashboard lists the deal
 * (DK_DM_CONTACT_DAYS). A month is the default: long enough for a normal cadence, short enough that
 * a quarter's deal is not lost in silence. A Settings sheet made before the setting uses the default.
 */

export const DEFAULT_DECISION_MAKER_CONTACT_DAYS = 30;

export function decisionMakerContactDays(values: NamedValues): number {
  const name = SETTINGS_NAMES.decisionMakerContactDays;
  const raw = values[name]?.[0]?.[0];
  if (isBlankCell(raw)) return DEFAULT_DECISION_MAKER_CONTACT_DAYS;
  const days = amountFromCell(raw, decimalMarkFromNamedValues(values));
  if (days === undefined || !Number.isInteger(days) || days < 1) {
    const place = settingPlace(values, name, undefined, 0);
    throw new DealKitError(
      text(
        `${place.en}: "${String(raw)}" is not a whole number of days (30 lists a decision maker not contacted for more than 30 days).`,
        `${place.zh}：“${String(raw)}”不是整数天数（填 30 表示决策人超过 30 天未接触即列出）。`,
      ),
      place.subject,
    );
  }
  return days;
}

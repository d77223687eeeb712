/**
 * The DealKit functions read the Settings sheet's language, thresholds, weights and knock-outs inside
 * the call (as in Excel and Sheets), so HyperFormula sees no changed input when they are edited. After
 * every change the playground reads the settings again and, only when they differ from the ones the
 * functions use, recalculates the whole workbook.
 */
import { isDealKitError } from '../shared/errors';
import { dealKitLanguage, readDealKitSettings } from './dealkit-plugin';
import type { PlaygroundWorkbook } from './playground-workbook';

function signature(): string {
  return JSON.stringify({ locale: dealKitLanguage.locale, settings: dealKitLanguage.settings });
}

/** True when the settings changed and the workbook was recalculated. */
export function followWorkbookSettings(workbook: PlaygroundWorkbook): boolean {
  const before = signature();
  const kept = { locale: dealKitLanguage.locale, settings: dealKitLanguage.settings };
  try {
    readDealKitSettings(workbook.hf);
  } catch (error) {
    // A half-typed setting: keep computing with the last good ones until it reads again.
    if (!isDealKitError(error)) throw error;
    dealKitLanguage.locale = kept.locale;
    dealKitLanguage.settings = kept.settings;
    return false;
  }
  if (signature() === before) return false;
  workbook.hf.rebuildAndRecalculate();
  return true;
}

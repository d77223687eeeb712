/**
 * The DealKit functions read the Settings sheet's language, thresholds, weights and knock-outs inside
 * the call (as in Excel and Sheets), so HyperFormula sees no changed input when they are edited. After
 * every change the playground reads the settings again and, only when they differ from the ones the
 * functions use, enters every DealKit formula again so HyperFormula computes it anew. (Not
 * rebuildAndRecalculate: the rebuilt workbook holds the spilled values as typed cells, so every
 * spilling function — FUNNEL, ASSESSMENT, GAPS — would then show #SPILL!.)
 */
import { CATALOG } from '../shared/functions/catalog';
import { isDealKitError } from '../shared/errors';
import { dealKitLanguage, readDealKitSettings } from './dealkit-plugin';
import type { PlaygroundWorkbook } from './playground-workbook';

const escaped = CATALOG.map((entry) => entry.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
const DEALKIT_CALL = new RegExp(`(?:^|[^A-Za-z0-9_.])(?:${escaped.join('|')})\\s*\\(`, 'i');

/** Re-enters every DealKit formula of the workbook, in one batch; returns how many. */
export function reenterDealKitFormulas(workbook: PlaygroundWorkbook): number {
  const hf = workbook.hf;
  let count = 0;
  hf.batch(() => {
    for (const name of hf.getSheetNames()) {
      const sheet = hf.getSheetId(name);
      if (sheet === undefined) continue;
      hf.getSheetFormulas(sheet).forEach((row, r) =>
        row.forEach((formula, c) => {
          if (typeof formula !== 'string' || !DEALKIT_CALL.test(formula)) return;
          hf.setCellContents({ sheet, row: r, col: c }, formula);
          count += 1;
        }),
      );
    }
  });
  return count;
}

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
  reenterDealKitFormulas(workbook);
  return true;
}

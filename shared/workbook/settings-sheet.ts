import { DealKitError } from '../errors';
import { text } from '../i18n';
import type { ValueBlock, WritePlan } from '../plan';
import { SETTINGS_NAMES } from '../settings/names';
import { buildTemplatePlan } from '../templates';
import type { WorkbookSettings } from './backend';
import { saveConflicts, SaveConflictError, type SaveConflict } from './save-conflict';

/**
 * The plan that saves the Settings panel: into the workbook's Settings sheet (found by its named
 * ranges, whatever the sheet is called), or a new Settings sheet when the workbook has none.
 */
export function settingsSavePlan(wanted: WorkbookSettings, current: WorkbookSettings, names: { namedCell(name: string): { readonly sheet: string; readonly a1: string } | null }): WritePlan {
  if (current.sheetName === null) {
    return buildTemplatePlan('settings', { locale: wanted.locale, ladder: wanted.ladder, ...(wanted.currency.trim() ? { currency: wanted.currency.trim() } : {}) });
  }
  if (wanted.ladder !== current.ladder) {
    // The stage table, its probabilities and stall limits, and every stage dropdown hang off the ladder:
    // switching it under live sheets would silently re-read their stages.
    throw new DealKitError(
      text(
        `ladder: this workbook's Settings sheet uses ${current.ladder}; insert a new Settings template in a new workbook to use ${wanted.ladder}`,
        `ladder：本工作簿的设置表使用 ${current.ladder}；如需使用 ${wanted.ladder}，请在新工作簿中插入设置模板`,
      ),
      'ladder',
    );
  }
  const values: ValueBlock[] = [];
  const compared: SaveConflict[] = [];
  const language = names.namedCell(SETTINGS_NAMES.language);
  const currency = names.namedCell(SETTINGS_NAMES.currency);
  if (language) {
    values.push({ at: language.a1, rows: [[wanted.locale]] });
    compared.push({ cell: `${language.sheet}!${language.a1}`, field: 'locale', read: wanted.read?.locale ?? null, now: current.locale, wizard: wanted.locale });
  }
  if (currency) {
    values.push({ at: currency.a1, rows: [[wanted.currency.trim()]] });
    compared.push({ cell: `${currency.sheet}!${currency.a1}`, field: 'currency', read: wanted.read?.currency.trim() ?? null, now: current.currency.trim(), wizard: wanted.currency.trim() });
  }
  // Another manager may have saved the panel since it was read: their change is not silently replaced.
  if (wanted.read && wanted.overwrite !== true) {
    const conflicts = saveConflicts(compared);
    if (conflicts.length > 0) throw new SaveConflictError(conflicts);
  }
  return { sheets: [{ key: 'settings', target: { kind: 'existing', name: current.sheetName }, values }] };
}

import { DealKitError } from '../errors';
import { text } from '../i18n';
import type { ValueBlock, WritePlan } from '../plan';
import { buildTemplatePlan, SETTINGS_NAMES } from '../templates';
import type { WorkbookSettings } from './backend';

/**
 * The plan that saves the Settings panel: into the workbook's Settings sheet (found by its named
 * ranges, whatever the sheet is called), or a new Settings sheet when the workbook has none.
 */
export function settingsSavePlan(
  wanted: WorkbookSettings,
  current: WorkbookSettings,
  names: { namedCell(name: string): { readonly sheet: string; readonly a1: string } | null },
): WritePlan {
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
  const language = names.namedCell(SETTINGS_NAMES.language);
  const currency = names.namedCell(SETTINGS_NAMES.currency);
  if (language) values.push({ at: language.a1, rows: [[wanted.locale]] });
  if (currency) values.push({ at: currency.a1, rows: [[wanted.currency.trim()]] });
  return { sheets: [{ key: 'settings', target: { kind: 'existing', name: current.sheetName }, values }] };
}

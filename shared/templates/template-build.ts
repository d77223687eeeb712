import { LOCALES, tr, type Locale } from '../i18n';
import type { A1, ConditionalFormat, SheetPlan } from '../plan';
import { lightColours } from './palette';
import type { LabelLight } from './result-labels';
import type { TemplateInput } from './sheet-builder';

/** One template sheet, ready to go into a plan beside the Settings sheet. */
export interface TemplateSheetBuild<Layout> {
  readonly sheet: SheetPlan;
  /** Where the inputs and results are, for the wizards to read and write. */
  readonly layout: Layout;
  /** Every input range, with its validation (none for free text). */
  readonly inputs: readonly TemplateInput[];
}

/**
 * Traffic-light rules for a cell showing a DealKit text result. Rules for both languages are added
 * because the result follows the host's language, which a user may switch after inserting the sheet.
 */
export function lightRules(range: A1, lights: readonly LabelLight[]): ConditionalFormat[] {
  const seen = new Set<string>();
  const rules: ConditionalFormat[] = [];
  for (const locale of LOCALES) {
    for (const { label, light } of lights) {
      const value = tr(label, locale);
      if (seen.has(value)) continue;
      seen.add(value);
      rules.push({ range, rule: { kind: 'textEquals', text: value }, ...lightColours(light) });
    }
  }
  return rules;
}

/** The sheet's base name in the workbook's language. */
export type SheetName = (locale: Locale) => string;

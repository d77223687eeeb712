import { LOCALES } from '../../shared/i18n';
import { parseRangeNumbers } from '../../shared/a1';
import { buildTemplatePlan } from '../../shared/templates/catalog';
import { settingsTemplate } from '../../shared/templates/settings';
import { SETTINGS_NAMES } from '../../shared/settings/names';
import { teamSettingsFromNamedValues } from '../../shared/pipeline/team-settings';
import { TemplateBook } from '../templates/hf-workbook';

describe('the decimal mark on the Settings sheet', () => {
  it.each(LOCALES)('is a "." / "," dropdown set to "." in a new section after every setting that came before it (%s)', (locale) => {
    const { namedRanges, layout, inputs } = settingsTemplate({ locale });
    const range = (name: string) => parseRangeNumbers(namedRanges.find((n) => n.name === name)!.range);
    const mark = range(SETTINGS_NAMES.decimalMark);
    // Sections are appended in the order they were added, so an older Settings sheet's rows never move.
    const addedLater: readonly string[] = [SETTINGS_NAMES.decisionMakerContactDays];
    const markNames: readonly string[] = [SETTINGS_NAMES.decimalMark, SETTINGS_NAMES.decimalMarkChoices];
    const lastOther = Math.max(...namedRanges.filter((n) => !markNames.includes(n.name) && !addedLater.includes(n.name)).map((n) => parseRangeNumbers(n.range).lastRow));
    expect(mark.row).toBeGreaterThan(lastOther);
    for (const later of addedLater) expect(range(later).row).toBeGreaterThan(range(SETTINGS_NAMES.decimalMarkChoices).row);
    expect(layout.decimalMark).toBe(`B${mark.row}`);
    expect(inputs.find((input) => input.range === layout.decimalMark)?.validation).toMatchObject({ kind: 'listFromRange', source: SETTINGS_NAMES.decimalMarkChoices });

    const book = new TemplateBook(buildTemplatePlan('settings', { locale }));
    expect(book.get('settings', layout.decimalMark)).toBe('.');
    const choices = range(SETTINGS_NAMES.decimalMarkChoices);
    expect(book.range('settings', `B${choices.row}:C${choices.row}`)).toEqual([['.', ',']]);
    book.destroy();
  });

  it('is what the roll-up reads text by', () => {
    expect(teamSettingsFromNamedValues({}).decimalMark).toBe('.');
    expect(teamSettingsFromNamedValues({ DK_DECIMAL_MARK: [[',']] }).decimalMark).toBe(',');
    expect(teamSettingsFromNamedValues({ DK_DECIMAL_MARK: [[',']], DK_QUOTAS: [['Ann', '2026-Q3', '1.500.000,50']] }).quotas[0].amount).toBe(1500000.5);
    expect(() => teamSettingsFromNamedValues({ DK_DECIMAL_MARK: [['point']] })).toThrow(/DK_DECIMAL_MARK.*the decimal mark is "point"; choose \./);
  });
});

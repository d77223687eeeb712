import { DEFAULT_SETTINGS } from '../../shared/scoring/settings';
import { invokeFunction } from '../../shared/functions/invoke';
import { contextFromNamedRanges, settingsFromNamedRanges } from '../../shared/functions/workbook-settings';
import { column, ratingColumn } from './helpers';

function reader(values: Record<string, unknown[][]>) {
  return (name: string) => values[name];
}

describe('settings read from the Settings sheet’s named ranges', () => {
  it('keeps the defaults when the workbook has no Settings sheet or blank cells', () => {
    expect(settingsFromNamedRanges(reader({}))).toEqual(DEFAULT_SETTINGS);
    expect(settingsFromNamedRanges(reader({ DK_YES_THRESHOLD: [[null]], DK_LEAD_RATIO: [['']] }))).toEqual(DEFAULT_SETTINGS);
  });

  it('applies a manager’s thresholds to the verdict, control and forecast bands', () => {
    const context = contextFromNamedRanges(
      reader({ DK_LANGUAGE: [['zh-CN']], DK_YES_THRESHOLD: [[0.2]], DK_CONTROL_LIMIT: [[5]], DK_COMMIT_FROM: [['75%']] }),
    );
    expect(context.locale).toBe('zh-CN');
    // "Can we compete?" scores 0.2: Unknown by default, Yes at a 0.2 threshold.
    expect(invokeFunction('QUALIFY', [ratingColumn('+++++ +???? +++++ +++++')], { ...context, locale: 'en' })).toBe('Pursue');
    expect(invokeFunction('CONTROL', [column('x', 'x', 'x')], { ...context, locale: 'en' })).toBe('At risk');
    expect(invokeFunction('FORECAST_CATEGORY', [column('B75')], { ...context, locale: 'en' })).toEqual(column('Commit'));
  });

  it('takes the lead ratio for the overall and the per-question 3:1 rule alike', () => {
    const settings = settingsFromNamedRanges(reader({ DK_LEAD_RATIO: [[4]] }));
    expect(settings.lead).toEqual({ ratio: 4, groupAdvantageMultiple: 3 });
  });

  it('reads item weights and the knock-out ticks, which replace the default knock-outs', () => {
    const settings = settingsFromNamedRanges(
      reader({
        DK_WEIGHTS: [['TAS.04', 1], ['TAS.05', 2], [null, null]],
        DK_KNOCKOUTS: [[false], [true], [null]],
      }),
    );
    expect(settings.criterionWeights).toEqual({ 'TAS.04': 1, 'TAS.05': 2 });
    expect(settings.knockOutCriteria).toEqual(['TAS.05']);
    expect(settings.knockOutTags).toEqual([]);
    // Access to funds (#4) at '-' no longer knocks the deal out; the compelling event (#5) still does.
    const context = { locale: 'en' as const, settings };
    expect(invokeFunction('QUALIFY', [ratingColumn('+++-+ +++++ +++++ +++++')], context)).toBe('Pursue');
    expect(invokeFunction('QUALIFY', [ratingColumn('++++- +++++ +++++ +++++')], context)).toBe('Walk away');
  });

  it('names the setting a manager mistyped', () => {
    expect(() => settingsFromNamedRanges(reader({ DK_YES_THRESHOLD: [['high']] }))).toThrow("Settings DK_YES_THRESHOLD: 'high' is not a number");
    expect(() => settingsFromNamedRanges(reader({ DK_YES_THRESHOLD: [[-0.5]] }))).toThrow(/answerThresholds/);
  });
});
